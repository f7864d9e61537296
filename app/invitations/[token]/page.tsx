import type { Metadata } from "next";
import Link from "next/link";
import { JoinOrganisationForm } from "@/components/memberships/team-forms";
import { getActor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/format";
import { findInvitationByToken } from "@/lib/invitations/queries";
import {
  INVITATION_NOT_VALID,
  INVITATION_STATE_MESSAGES,
  invitationAddressAccess,
  ORGANISATION_NOT_ACTIVE,
} from "@/lib/invitations/policy";
import { invitationPath } from "@/lib/invitations/schemas";
import { acceptInvitationAction } from "./actions";

// The address holds the invitation's token: keep the page out of search engines.
export const metadata: Metadata = { title: "Invitation to join a partner organisation", robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

const STATE_HEADINGS = {
  used: "This invitation has already been used",
  withdrawn: "This invitation was withdrawn",
  expired: "This invitation has expired",
} as const;

/**
 * An emailed invitation's page. A visitor reads what it is for and signs in or creates an account, coming back
 * here; the person it was sent to joins with one button. A token that matches nothing gets "not valid" and
 * nothing more, so the page cannot be used to find out which links exist.
 */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const [invitation, actor] = await Promise.all([findInvitationByToken(token), getActor()]);

  if (!invitation) return <Explanation heading="This invitation link is not valid" text={INVITATION_NOT_VALID} />;
  if (invitation.state !== "waiting") {
    return (
      <Explanation heading={STATE_HEADINGS[invitation.state]} text={INVITATION_STATE_MESSAGES[invitation.state]} />
    );
  }
  if (!invitation.organisation.active) {
    return <Explanation heading="This organisation is no longer active" text={ORGANISATION_NOT_ACTIVE} />;
  }

  const { organisation } = invitation;
  const here = invitationPath(token);
  const returnTo = encodeURIComponent(here);
  const addressCheck = actor ? invitationAddressAccess(actor, invitation) : null;
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">Join {organisation.name} on My Smarter Essex</h1>
      <p className="mb-4">
        {invitation.invitedBy} has invited you to join {organisation.name} as{" "}
        {invitation.role === "lead" ? "a lead" : "a member"}.
      </p>
      <p className="mb-4">
        {invitation.role === "lead"
          ? "As a lead you will answer residents' questions for your organisation in the partner inbox, and look after its team: invite people to it and remove them."
          : "As a member you will answer residents' questions for your organisation in the partner inbox."}
      </p>
      <p className="mb-8">The invitation expires on {formatDate(invitation.expiresAt)}. The link works once.</p>

      {!actor ? (
        <>
          <p className="mb-4">
            To join, sign in with the email address the invitation was sent to. If you do not have an account with that
            address yet, create one. Either way you will come back to this page.
          </p>
          <ul className="list-disc space-y-2 pl-6">
            <li>
              <Link href={`/sign-in?returnTo=${returnTo}`}>Sign in</Link>
            </li>
            <li>
              <Link href={`/sign-up?returnTo=${returnTo}`}>Create an account</Link>
            </li>
          </ul>
        </>
      ) : addressCheck && !addressCheck.allowed ? (
        <div className="border-l-4 border-danger pl-4">
          <p className="font-bold">{addressCheck.reason}</p>
        </div>
      ) : (
        <JoinOrganisationForm action={acceptInvitationAction} token={token} organisationName={organisation.name} />
      )}
    </div>
  );
}

function Explanation({ heading, text }: { heading: string; text: string }) {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">{heading}</h1>
      <p className="mb-4">{text}</p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </div>
  );
}
