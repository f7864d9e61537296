import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountActionButton } from "@/components/accounts/account-action-button";
import { NotificationBanner } from "@/components/forms/notification-banner";
import { SubmitButton } from "@/components/forms/submit-button";
import { hasPassword } from "@/lib/accounts/queries";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { AccountQuestionPreview } from "@/components/questions/account-question-list";
import { ACCOUNT_PREVIEW_SIZE, listOwnQuestions, listSupportedQuestions } from "@/lib/questions/account-lists";
import { EmailSettingsSummary } from "@/components/accounts/email-settings-summary";
import { getEmailSettings } from "@/lib/notifications/email/queries";
import { listFollowedQuestions } from "@/lib/follows/queries";
import { resendVerificationAction, signOutAction, signOutEverywhereAction } from "./actions";

export const metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ confirmed?: string }> }) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/account");
  const { confirmed } = await searchParams;
  const [withPassword, ownQuestions, supported, following, emailSettings] = await Promise.all([
    hasPassword(actor.id),
    listOwnQuestions(actor.id, undefined, ACCOUNT_PREVIEW_SIZE),
    listSupportedQuestions(actor.id, undefined, ACCOUNT_PREVIEW_SIZE),
    listFollowedQuestions(actor.id, undefined, ACCOUNT_PREVIEW_SIZE),
    getEmailSettings(actor.id),
  ]);
  return (
    <div className="max-w-2xl">
      {confirmed === "1" && actor.verified ? (
        <NotificationBanner title="Success" tone="success">
          <p className="font-bold">Your email address is confirmed. You can now ask and support questions.</p>
        </NotificationBanner>
      ) : null}
      {!actor.verified ? (
        <NotificationBanner title="Important">
          <p className="mb-3 font-bold">Confirm your email address to ask, support, comment or report.</p>
          <p className="mb-3">We sent a link to {actor.email} when you created your account.</p>
          <AccountActionButton action={resendVerificationAction} variant="secondary">
            Send the link again
          </AccountActionButton>
        </NotificationBanner>
      ) : null}
      {actor.verified && !withPassword ? (
        <NotificationBanner title="Important">
          <p className="mb-3 font-bold">You do not have a password.</p>
          <p className="mb-3">
            You can sign in with a link we email to you. If you would like to sign in with a password, you can{" "}
            <Link href="/reset-password">set a password</Link>.
          </p>
          <p>
            If you chose a password when you created your account, we removed it because you confirmed your email
            address on a different device or browser. This stops anyone else who knew your email address from using a
            password they chose.
          </p>
        </NotificationBanner>
      ) : null}
      <h1 className="mb-6 text-4xl">Your account</h1>
      <dl className="mb-8 divide-y divide-line border-y border-line">
        <div className="grid gap-1 py-3 sm:grid-cols-3">
          <dt className="font-bold">Public name</dt>
          <dd className="sm:col-span-2">{actor.displayName}</dd>
        </div>
        <div className="grid gap-1 py-3 sm:grid-cols-3">
          <dt className="font-bold">Email address</dt>
          <dd className="sm:col-span-2 break-words">
            {actor.email} {actor.verified ? "(confirmed)" : "(not confirmed yet)"}
          </dd>
        </div>
      </dl>

      <ul className="mb-10 space-y-3">
        <li>
          <Link href="/account/profile">Change your public name and profile</Link>
        </li>
      </ul>

      <EmailSettingsSummary settings={emailSettings} />

      <h2 className="mb-3 text-2xl">Your questions</h2>
      <AccountQuestionPreview
        page={ownQuestions}
        when="Asked"
        label="Your questions"
        all={{ href: "/account/questions", text: "See all your questions" }}
        empty={
          <>
            You have not asked a question yet. <Link href="/questions/ask">Ask a question</Link>.
          </>
        }
      />

      <h2 className="mt-10 mb-3 text-2xl">Questions you support</h2>
      <AccountQuestionPreview
        page={supported}
        when="Supported"
        label="Questions you support"
        all={{ href: "/account/supported", text: "See all the questions you support" }}
        empty={
          <>
            You do not support any questions yet. <Link href="/questions">Look at questions and ideas</Link>.
          </>
        }
      />

      <h2 className="mt-10 mb-3 text-2xl">Following</h2>
      <p className="mb-3">
        We tell you when a question you follow is answered or its status changes.{" "}
        <Link href="/notifications">
          Your notifications
          {actor.unreadNotifications ? ` (${actor.unreadNotifications.toLocaleString("en-GB")} unread)` : ""}
        </Link>
      </p>
      <AccountQuestionPreview
        page={following}
        when="Followed"
        label="Questions you follow"
        all={{ href: "/account/following", text: "See all the questions you follow" }}
        empty="You do not follow any questions yet. Follow a question from its page to hear when it changes."
      />

      <h2 className="mt-10 mb-3 text-2xl">Your data</h2>
      <p className="mb-3">
        You can download everything we hold about you, or delete your account. Read the{" "}
        <Link href="/privacy">privacy notice</Link> to find out how we use your data.
      </p>
      <ul className="mb-10 space-y-3">
        <li>
          <Link href="/account/data/readable">See your data on a page</Link>
        </li>
        <li>
          <a href="/account/data" download>
            Download your data (JSON file)
          </a>
        </li>
        <li>
          <Link href="/account/delete">Delete your account</Link>
        </li>
      </ul>

      {can(actor, "moderation.decideAgeBandChange") ? (
        <>
          <h2 className="mb-3 text-2xl">Moderation</h2>
          <ul className="mb-10 space-y-3">
            <li>
              <Link href="/moderation/age-band-requests">Age group change requests</Link>
            </li>
            {can(actor, "moderation.suspend") ? (
              <li>
                <Link href="/moderation/people">Find a person (suspend, or hold their posts)</Link>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}

      {can(actor, "admin.changePlatformRole") ? (
        <>
          <h2 className="mb-3 text-2xl">Administration</h2>
          <ul className="mb-10 space-y-3">
            <li>
              <Link href="/admin/people">Roles and organisation memberships</Link>
            </li>
            <li>
              <Link href="/admin/feedback">Feedback sent through the contact page</Link>
            </li>
            {can(actor, "safeguarding.review") ? (
              <li>
                <Link href="/admin/safeguarding">Safeguarding concerns</Link>
              </li>
            ) : null}
            {can(actor, "securityEvent.read") ? (
              <li>
                <Link href="/admin/security">Security events</Link>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}

      <h2 className="mb-3 text-2xl">Signing out</h2>
      <div className="flex flex-wrap gap-6">
        <form action={signOutAction}>
          <SubmitButton variant="secondary">Sign out</SubmitButton>
        </form>
        <div>
          <AccountActionButton action={signOutEverywhereAction} variant="secondary">
            Sign out of all devices
          </AccountActionButton>
          <p className="mt-2 text-base text-muted">Use this if you signed in on a shared or lost device.</p>
        </div>
      </div>
    </div>
  );
}
