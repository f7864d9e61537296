// Pure rules about one invitation: what state its link is in, and whether this person may use it.
import { allow, refuse, type PolicyDecision } from "@/lib/auth/policy";

export type InvitationState = "waiting" | "used" | "withdrawn" | "expired";

export interface InvitationRow {
  email: string;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

export function invitationState(invitation: InvitationRow, now: Date): InvitationState {
  if (invitation.acceptedAt) return "used";
  if (invitation.revokedAt) return "withdrawn";
  if (invitation.expiresAt <= now) return "expired";
  return "waiting";
}

/** Said for any token that matches no invitation, and for a malformed one: nothing more about what exists. */
export const INVITATION_NOT_VALID =
  "This invitation link is not valid. Check you copied the whole link from the email, or ask whoever invited you to send a new invitation.";

export const INVITATION_STATE_MESSAGES: Record<Exclude<InvitationState, "waiting">, string> = {
  used: "This invitation has already been used. Each invitation link works once. If you need to join again, ask for a new invitation.",
  withdrawn:
    "This invitation was withdrawn, so it no longer works. If you think you should still join, ask whoever invited you.",
  expired:
    "This invitation has expired. Invitations last 7 days. Ask whoever invited you, or a CSES administrator, to send a new one.",
};

export const ORGANISATION_NOT_ACTIVE =
  "This organisation is no longer active on My Smarter Essex, so nobody can join it. Contact the CSES team if you think this is wrong.";

/**
 * Only the person the invitation was sent to may use it: the address it went to, and the account's own. The
 * refusal does not repeat the address, as whoever holds a forwarded link need not learn it.
 */
export const SENT_TO_ANOTHER_ADDRESS =
  "This invitation was sent to a different email address from the one you are signed in with. Sign out, then sign in (or create an account) with the address the invitation was sent to.";

export function invitationAddressAccess(actor: { email: string }, invitation: { email: string }): PolicyDecision {
  return actor.email.toLowerCase() === invitation.email ? allow() : refuse(SENT_TO_ANOTHER_ADDRESS);
}
