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

      <h2 className="pt-4 text-2xl">Cookies</h2>
      <p>
        We do not use advertising, analytics or tracking cookies. We use only these cookies, which are strictly
        necessary for signing in and keeping your account safe, so we do not ask for consent to them:
      </p>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <strong>Session cookie</strong>: keeps you signed in. It ends when you sign out, after 7 days without using
          the site, or at the latest after 30 days (for staff accounts, after 30 minutes and 12 hours).
        </li>
        <li>
          <strong>Security (CSRF) cookie</strong>: proves that a sign-in or sign-out request came from this site and not
          from another one. It lasts until you close your browser.
        </li>
        <li>
          <strong>Return-address cookie</strong>: remembers which page to take you back to after signing in. It lasts
          until you close your browser.
        </li>
        <li>
          <strong>Check-your-email cookie</strong>: after you ask us for an email (to confirm your address, sign in or
          reset your password), remembers the address you typed so that the next page can show it and send the email
          again. It lasts an hour. We keep it out of the page address, which browsers and servers record.
        </li>
        <li>
          <strong>Sign-in device cookie</strong>: recognises this browser when you sign in, so that someone else trying
          wrong passwords for your account cannot lock you out.
        </li>
        <li>
          <strong>Sign-up cookie</strong>: set when you create an account, so that confirming your email from the same
          browser keeps the password you chose. It lasts until the confirmation link expires.
        </li>
        <li>
          <strong>Event room cookie</strong>: when you join an event with its code, lets you ask and support questions
          in that event&apos;s room without an account. It lasts until the day after the event.
        </li>
      </ul>
      <p>None of these cookies is shared with anyone else or used to follow you across other websites.</p>
      <p>
        For each device you sign in on we keep a record of when you signed in, when you last used the site and when you
        signed out, with no other detail, so that signing out really ends that sign-in.
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

      <h2 className="pt-4 text-2xl">At events</h2>
      <p>
        When you join an event with its code you do not give an email address or make an account. We keep a nickname
        (made up for you if you are under 18), your age group, and the questions you ask and support in the room. Your
        nickname is never shown to anyone else, and your questions are shown as asked at the event, not by you. We
        delete your nickname, age group and supports {participantRetentionDays} days after the event ends; the questions
        stay, attributed to the event. A follow-up code, if you take one, is not linked to you.
      </p>

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
        &quot;Former participant&quot;. Sign-in and reset links expire within 24 hours and can only be used once.
      </p>

      <h2 className="pt-4 text-2xl">Your rights</h2>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <strong>See your data</strong>: on your account page, select &quot;Download your data&quot; for a copy of
          everything we hold about you, including the records above. It leaves out only secrets: your password hash,
          unused sign-in and reset links, and the text of emails that contained them.
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
