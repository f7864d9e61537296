import Link from "next/link";

export const metadata = { title: "House rules" };

// Written for everyone who takes part, from a Year 9 student at a school event to a retired resident: short
// sentences, the reason for each rule, and what happens when one is broken.
export default function HouseRulesPage() {
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="mb-6 text-4xl">House rules</h1>
      <p>
        My Smarter Essex is a place where people of all ages, including secondary school students, ask questions and
        share ideas about how Essex could work better. Essex County Council, Anglia Ruskin University and local
        engineering companies read what you post and answer in public. These rules keep it a place where everyone feels
        safe to take part. By creating an account, you agree to follow them.
      </p>

      <h2 id="rule-1" className="pt-4 text-2xl">
        1. Be respectful
      </h2>
      <p>
        Disagree with ideas, not with people. Do not insult, threaten, bully or make fun of anyone, including council
        officers, researchers and other people who post here. Write as you would speak to someone face to face.
      </p>

      <h2 id="rule-2" className="pt-4 text-2xl">
        2. Keep personal information private
      </h2>
      <p>Do not post anything that could show who you or anyone else is, or where to find them. That includes:</p>
      <ul className="list-disc space-y-2 pl-6">
        <li>real names (yours or anyone else&apos;s), unless they are a public figure acting in their public role</li>
        <li>home addresses, the name of your school, phone numbers, email addresses or social media accounts</li>
        <li>photos or descriptions that could identify a person</li>
      </ul>
      <p>
        Your public name is the only thing about you that others can see. If you are under 18, do not use your real name
        there either.
      </p>

      <h2 id="rule-3" className="pt-4 text-2xl">
        3. No hate
      </h2>
      <p>
        Nothing that attacks or demeans people because of their race, religion or belief, sex, gender identity, sexual
        orientation, disability, age or any other part of who they are. This includes jokes and coded language.
      </p>

      <h2 id="rule-4" className="pt-4 text-2xl">
        4. No advertising
      </h2>
      <p>
        Do not promote a business, product, service, campaign or fundraiser, and do not post links to sell things. You
        can mention a company when it helps explain your question.
      </p>

      <h2 id="rule-5" className="pt-4 text-2xl">
        5. Stay on topic
      </h2>
      <p>
        Questions and comments should be about how Essex could be smarter: transport, energy, health, housing, the
        environment, jobs and the other themes on the site. Check whether someone has already asked your question; if
        they have, support theirs instead of asking again.
      </p>
      <p>
        This is not the place to report a problem that needs fixing now, like a pothole or missed bin collection. Report
        those to the council that deals with them. If someone is in danger, call 999.
      </p>

      <h2 id="rule-6" className="pt-4 text-2xl">
        6. Nothing illegal or unsafe
      </h2>
      <p>
        Do not post anything that breaks the law, encourages someone to hurt themselves or others, or copies other
        people&apos;s work without permission.
      </p>

      <h2 className="pt-4 text-2xl">What moderators do</h2>
      <p>
        Moderators are CSES staff and trusted volunteers. They check posts against these rules. Every post by someone
        under 18, or by someone who has not said their age, waits for a moderator before anyone else can see it, and so
        does a new member&apos;s first post.
      </p>
      <p>A moderator can:</p>
      <ul className="list-disc space-y-2 pl-6">
        <li>publish a post, or turn it down and tell you which rule it broke</li>
        <li>hide a published post that breaks the rules, with a reason you can see</li>
        <li>suspend an account that keeps breaking the rules, or breaks them badly</li>
      </ul>

      <h2 className="pt-4 text-2xl">Reporting a post and appealing a decision</h2>
      <p>
        We are honest about what is not ready yet: a &quot;report&quot; button next to each post, and a way to appeal a
        moderator&apos;s decision, are coming with the next stage of moderation. Until then, if you see something that
        breaks these rules, or you think a decision about your post was wrong, contact the CSES team and a person will
        look at it. A decision about your post always tells you the reason, and you can write a new post that follows
        the rules.
      </p>

      <h2 className="pt-4 text-2xl">If something worries you</h2>
      <p>
        If something you read here upsets or worries you, talk to someone you trust, like a parent, carer or teacher. If
        you are under 19, you can talk to Childline for free, any time, on 0800 1111 or at childline.org.uk.
      </p>

      <p className="pt-4">
        Read our <Link href="/privacy">privacy notice</Link> to find out what we do with your information.
      </p>
    </article>
  );
}
