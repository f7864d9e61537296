import Link from "next/link";
import { connection } from "next/server";
import { db } from "@/lib/db";
import { readSettingValue } from "@/lib/settings/queries";

export const metadata = { title: "Privacy notice" };

export default async function PrivacyPage() {
  await connection();
  // The period an administrator set (lib/settings/definitions.ts), so the notice says what the job does.
  const participantRetentionDays = await readSettingValue(db, "eventParticipantRetention");
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="mb-6 text-4xl">Privacy notice</h1>
      <p>
        This notice explains what personal data My Smarter Essex collects, why, how long we keep it, who can see it, and
        your rights. My Smarter Essex is run by CSES with Essex County Council, Anglia Ruskin University and local
        engineering industry.
      </p>

      <h2 className="pt-4 text-2xl">Who is responsible for your data</h2>
      <p>
        CSES runs this website and is the data controller for the personal data it collects. The partner organisations
        see what is public, the questions sent to them and totals; they do not see your email address. To ask about your
        data, use the <Link href="/contact">contact page</Link> and choose &quot;My account, my data or privacy&quot;.
      </p>

      <h2 className="pt-4 text-2xl">What we collect</h2>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <strong>Your email address and password</strong>, to sign you in. We store your password only as a one-way
          hash (argon2id), so nobody, including us, can read it.
        </li>
        <li>
          <strong>Your public name</strong>. We make one up for you (like &quot;Quiet Kingfisher 17&quot;); you can
          change it.
        </li>
        <li>
          <strong>Your age group</strong>, asked when you create an account so that we can protect young people. You can
          choose &quot;Prefer not to say&quot;: you then get the same protections as someone under 18.
        </li>
        <li>
          <strong>Optional profile answers</strong>: your district and whether you are a student, teacher, resident or
          from a business. You do not have to answer.
        </li>
        <li>
          <strong>What you do on the site</strong>: the questions and comments you write, the questions you support and
          follow, the reports (flags) you make, and the notifications we send you.
        </li>
        <li>
          <strong>Emails we send you</strong>: sign-in links, password resets and, if you choose, updates on your
          questions.
        </li>
        <li>
          <strong>Moderation and account records</strong>: if a moderator suspends your account, the reason they gave;
          and a log of changes made to your account by staff (for example a change of role) and of actions you take with
          staff rights, kept so that such changes can be checked later.
        </li>
        <li>
          <strong>If you work for a partner organisation</strong>: which organisations you belong to and your role
          there, and what you write in that role (official responses, status changes, internal notes and commitment
          updates).
        </li>
      </ul>

      <h2 className="pt-4 text-2xl">If you take part in an event</h2>
      <p>
        At a school workshop or public meeting you can join with the event&apos;s code, without an account and without
        giving an email address. We then keep:
      </p>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <strong>Your age group</strong>, so that we can protect young people.
        </li>
        <li>
          <strong>A nickname</strong>, if you choose one. Anyone under 18 is given a made-up nickname instead, so that
          no real names appear.
        </li>
        <li>
          <strong>What you do in the event</strong>: the questions you ask and the questions you support.
        </li>
      </ul>
      <p>
        The event&apos;s facilitators, the people running it, see the questions and nicknames so that they can check the
        questions. Questions from under-18s are checked by a facilitator before anyone else sees them. Nobody else sees
        your nickname, and the projector screen shows no names.
      </p>
      <p>
        After the event, the questions that were approved become questions on this website, shown as asked by the people
        at that event, never by a person. Your participant record (age group, nickname and which questions you
        supported) is deleted {participantRetentionDays} days after the event ends. The questions stay, still attributed
        only to the event.
      </p>
      <p>
        <strong>Follow-up codes</strong>: at the event you can take a code, printed or on screen, that opens a page of
        your event&apos;s questions and their answers, without signing in. The code does not say who you are; anyone who
        has it can see that page, which shows only what is public anyway.
      </p>

      <h2 className="pt-4 text-2xl">Notifications, emails and delivery checks</h2>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <strong>Notifications</strong>: we tell you on the website when your question is approved, turned down,
          answered or changes status, and when a question you follow is answered or changes.
        </li>
        <li>
          <strong>Emails</strong>: we email you about these only if you choose to, straight away or as a daily summary.
          Every email has a link to stop them.
        </li>
        <li>
          <strong>Delivery checks</strong>: some time after a partner says it has delivered a commitment, we ask the
          people who supported one of its questions whether they agree it has been delivered. We keep your answer with
          your account and publish only the totals.
        </li>
      </ul>

      <h2 className="pt-4 text-2xl">Cookies</h2>
      <p>
        We use only cookies that are strictly necessary: to sign you in, to keep your account safe and to keep you in an
        event you joined. We do not use advertising, analytics or tracking cookies, so we do not ask for consent. The{" "}
        <Link href="/cookies">cookies page</Link> lists every cookie, what it is for and when it expires.
      </p>
      <p>
        For each device you sign in on we keep a record of when you signed in, when you last used the site and when you
        signed out, with no other detail, so that signing out really ends that sign-in.
      </p>

      <h2 className="pt-4 text-2xl">Security and audit records</h2>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <strong>Security records</strong>: to protect accounts from people guessing passwords, we record sign-in and
          similar attempts, with the email address typed and the network (IP) address they came from. We delete these
          records after 180 days, unless the administrators set a shorter or longer period.
        </li>
        <li>
          <strong>The audit log</strong>: every action taken with staff rights, such as moderating a post, changing
          someone&apos;s role, changing a question&apos;s status or publishing an answer, is recorded with who did it,
          when, and what changed. The log cannot be changed or deleted, so that these actions can always be checked.
        </li>
        <li>
          <strong>Messages to us</strong>: if you use the <Link href="/contact">contact page</Link>, we keep your
          message, and your name and email address if you give them, so that we can deal with it.
        </li>
      </ul>

      <h2 className="pt-4 text-2xl">Open data</h2>
      <p>
        We publish the public parts of this website as open data, so that anyone can check and reuse them: questions and
        ideas, official answers, statuses, commitments and totals. Open data contains nothing that is not already public
        on this website, and no personal data about the people who take part: no email addresses, no age groups, no
        districts of individual people and nothing about event participants.
      </p>

      <h2 className="pt-4 text-2xl">Why we use it (our lawful basis)</h2>
      <p>
        We use your data to run a public engagement service: to let you take part, to pass your questions to the partner
        organisations that can answer them, and to show the public what was asked, answered and done. Our lawful basis
        is that this is a task carried out in the public interest (UK GDPR Article 6(1)(e)). Where you choose to receive
        emails about your questions, we rely on your consent, which you can withdraw on your profile page at any time.
      </p>

      <h2 className="pt-4 text-2xl">Who can see it</h2>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          Everyone can see your public name next to the questions and comments you publish. Nothing else about you is
          public.
        </li>
        <li>Your email address is never shown to anyone else, including the partner organisations.</li>
        <li>
          Your district, age group and role are only used in totals (for example &quot;12 questions from Harlow&quot;),
          never next to your name, to show the partners who is asking.
        </li>
        <li>CSES moderators and administrators can see account details when they need to keep the site safe.</li>
      </ul>

      <h2 className="pt-4 text-2xl">Children and young people</h2>
      <p>
        Many people who take part are under 18. We follow the Information Commissioner&apos;s Age Appropriate Design
        Code: only your public name is ever shown, we do not email you unless you turn emails on, we never use your data
        to profile you or to show you different content, and questions from under-18s are checked by a moderator before
        they are published. If you prefer not to say your age, you get all of these protections too. To move from an
        under-18 age group (or from &quot;Prefer not to say&quot;) to an adult one, you ask on your profile page and a
        moderator decides.
      </p>

      <h2 className="pt-4 text-2xl">How long we keep it</h2>
      <p>
        We keep your account until you delete it. When you delete it, we remove your email address, password, public
        name and profile answers straight away, together with your support for questions, the questions you follow, your
        notifications and the emails we kept for you. Questions and comments you published stay, shown as by
        &quot;Former participant&quot;. We also remove your name and email address from messages you sent us, and your
        email address from security records, which are then deleted at the end of their usual period. Sign-in and reset
        links expire within 24 hours and can only be used once.
      </p>

      <h2 className="pt-4 text-2xl">Your rights</h2>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <strong>See your data</strong>: on your account page, select &quot;Download your data&quot; for a copy of
          everything we hold about you, including the records above. It leaves out only secrets (your password hash,
          unused sign-in and reset links, and the text of emails that contained them) and the security records of
          sign-in attempts, which you can ask us for through the contact page.
        </li>
        <li>
          <strong>Correct it</strong>: change your public name and profile answers on your profile page.
        </li>
        <li>
          <strong>Delete it</strong>: select &quot;Delete your account&quot; on your account page.
        </li>
        <li>
          <strong>Object or complain</strong>: contact the CSES team. If you are not happy with our answer, you can
          complain to the Information Commissioner&apos;s Office (ICO).
        </li>
      </ul>
    </article>
  );
}
