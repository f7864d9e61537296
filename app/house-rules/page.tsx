import Link from "next/link";
import { SignpostingLinks } from "@/components/moderation/signposting-links";
import { getFlagThreshold } from "@/lib/settings/moderation";
import { getSignpostingLinks } from "@/lib/settings/queries";

export const metadata = { title: "House rules" };

// Written for everyone who takes part, from a Year 9 student at a school event to a retired resident: short
// sentences, the reason for each rule, and what happens when one is broken.
export default async function HouseRulesPage() {
  // The number of reports that hides a post, and the help lines, as an admin last set them.
  const [threshold, signposting] = await Promise.all([getFlagThreshold(), getSignpostingLinks()]);
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
        Moderators are CSES staff and trusted volunteers. They check posts against these rules. A moderator never checks
        their own posts. A moderator can:
      </p>
      <ul className="list-disc space-y-2 pl-6">
        <li>publish a post that was waiting, or turn it down</li>
        <li>hide a published post that breaks the rules, or publish it again</li>
        <li>suspend an account that keeps breaking the rules, or breaks them badly</li>
      </ul>

      <h2 id="why-posts-wait" className="pt-4 text-2xl">
        Why a post may wait for a moderator
      </h2>
      <p>
        Most posts are published straight away. Some wait for a moderator to check them first, usually for less than a
        working day. While a post waits, only you can see it, and its page tells you why it is waiting. A post waits
        when:
      </p>
      <ul className="list-disc space-y-2 pl-6">
        <li>it is one of your first posts here</li>
        <li>you are under 18, or have not told us your age (every post of yours is checked, to keep you safe)</li>
        <li>
          it looks like it holds personal information, like an email address, a phone number, a postcode or an address
        </li>
        <li>it uses a word that is not allowed here</li>
        <li>a moderator has asked to check your posts for a while, after an earlier post broke the rules</li>
      </ul>
      <p>Waiting does not mean you did anything wrong. It is how we keep everyone safe.</p>

      <h2 id="reporting" className="pt-4 text-2xl">
        Reporting a post
      </h2>
      <p>
        If you see a question or comment that breaks these rules, use the &quot;Report&quot; link next to it. You need
        to be signed in. Tell us which rule you think it breaks. We never tell the person who posted it who reported it.
      </p>
      <p>
        A moderator checks every report. If{" "}
        {threshold === 1 ? "anyone reports" : `${threshold} different people report`} the same post, it is hidden
        straight away until a moderator has checked it. Then the moderator either publishes it again or keeps it hidden.
      </p>

      <h2 id="decisions" className="pt-4 text-2xl">
        When a moderator decides about your post
      </h2>
      <p>
        If a moderator turns down or hides your post, they always tell you which of the rules above it breaks, and they
        may add a few words of their own. You can read the decision on the post&apos;s page and in your list of
        questions. Nobody else can see it.
      </p>
      <p>
        If your question was turned down because someone had already asked the same thing, the decision links to that
        question, so you can support it instead.
      </p>

      <h2 id="appeals" className="pt-4 text-2xl">
        Appealing a decision
      </h2>
      <p>
        If you think a moderator got it wrong, you can appeal, once for each post. Use the &quot;Appeal this
        decision&quot; link on the post&apos;s page and tell us why it should be looked at again. A different moderator
        will then look at it: never the one who made the first decision. They will either keep the decision or change
        it, and we will tell you which, with a note.
      </p>
      <p>
        A post that is hidden because several people reported it has not been decided yet, so there is nothing to appeal
        until a moderator has checked it.
      </p>

      <h2 id="who-can-help" className="pt-4 text-2xl">
        If something worries you
      </h2>
      <div>
        <p>
          If something you read here upsets or worries you, talk to someone you trust, like a parent, carer or teacher.
          You can also contact:
        </p>
        <SignpostingLinks links={signposting} />
      </div>

      <p className="pt-4">
        Read our <Link href="/privacy">privacy notice</Link> to find out what we do with your information.
      </p>
    </article>
  );
}
