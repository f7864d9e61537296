// Who may hand a question over, and to whom: the row rules of claim, release, transfer and reassign. Pure, so
// the triage page that offers an action, the sub-page that shows its form and the service that does it ask
// the same function (the service on the row it has locked).
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import {
  allow,
  organisationAccess,
  organisationLeadAccess,
  refuse,
  type PolicyActor,
  type PolicyDecision,
} from "@/lib/auth/policy";
import { formatDateTime } from "@/lib/format";
import { workspaceAccess } from "@/lib/questions/policy";

/** What the rules read of a published question: its status, and who holds it (null: in the pool). */
export interface AssignmentRow {
  status: QuestionStatus;
  assignment: {
    organisationId: number;
    organisation: string;
    claimedBy: { id: string; name: string } | null;
    claimedAt: Date | null;
  } | null;
}

/** A question is in play until an organisation has answered it: claimed and released only then. */
export function awaitingAnswer(status: QuestionStatus): boolean {
  return status === "open" || status === "under_review";
}

export const CLAIM_CLOSED = "This question has already been answered or closed, so it can no longer be claimed.";
export const RELEASE_CLOSED =
  "This question has been answered or closed, so it can no longer go back to the pool. Change its status instead.";
export const IN_THE_POOL = "Nobody holds this question: it is waiting in the pool.";
export const TRANSFER_MERGED = "This question was merged into another, so there is nothing to transfer.";

/** "Anglia Ruskin University (Sam Patel) claimed this question on 26 November 2026 at 10:42am." */
export function heldByMessage(assignment: NonNullable<AssignmentRow["assignment"]>): string {
  if (assignment.claimedBy && assignment.claimedAt)
    return `${assignment.organisation} (${assignment.claimedBy.name}) claimed this question on ${formatDateTime(assignment.claimedAt)}.`;
  return `${assignment.organisation} holds this question, so only its members can claim it.`;
}

/**
 * Claiming a question for `organisationId`: members of that organisation (admins for any). The question must
 * still await an answer, and be in the pool, or held by that organisation with nobody claiming it yet (just
 * transferred to it). Anything else is a conflict that says who has it.
 */
export function claimAccess(
  question: AssignmentRow,
  actor: PolicyActor | null,
  organisationId: number,
): PolicyDecision {
  const member = organisationAccess(actor, organisationId);
  if (!member.allowed) return refuse("You can only claim a question for an organisation you belong to.");
  if (!awaitingAnswer(question.status)) return refuse(CLAIM_CLOSED, "conflict");
  const held = question.assignment;
  if (held && (held.organisationId !== organisationId || held.claimedBy))
    return refuse(heldByMessage(held), "conflict");
  return allow();
}

/** The organisations this person may claim the question for: none, and the page offers no claim. */
export function claimableFor<T extends { id: number }>(
  question: AssignmentRow,
  actor: PolicyActor | null,
  organisations: readonly T[],
): T[] {
  return organisations.filter((organisation) => claimAccess(question, actor, organisation.id).allowed);
}

/**
 * Releasing back to the pool: members of the organisation holding it (lead or member) and admins, while it
 * still awaits an answer (an answered question has a public response from them).
 */
export function releaseAccess(question: AssignmentRow, actor: PolicyActor | null): PolicyDecision {
  if (!question.assignment) return refuse(IN_THE_POOL, "conflict");
  const access = workspaceAccess(question.assignment, actor);
  if (!access.allowed) return access;
  if (!awaitingAnswer(question.status)) return refuse(RELEASE_CLOSED, "conflict");
  return allow();
}

/**
 * Transferring to another organisation: members of the organisation holding it and admins, whatever its
 * status (the organisation that will deliver may not be the one that answered), unless merged away.
 */
export function transferAccess(question: AssignmentRow, actor: PolicyActor | null): PolicyDecision {
  if (!question.assignment) return refuse(`${IN_THE_POOL} Claim it for an organisation instead.`, "conflict");
  const access = workspaceAccess(question.assignment, actor);
  if (!access.allowed) return access;
  if (question.status === "merged") return refuse(TRANSFER_MERGED, "conflict");
  return allow();
}

/** Choosing which member of the holding organisation has the question: its leads, and admins. */
export function reassignAccess(question: AssignmentRow, actor: PolicyActor | null): PolicyDecision {
  if (!question.assignment) return refuse(`${IN_THE_POOL} Claim it for an organisation instead.`, "conflict");
  const access = organisationLeadAccess(actor, question.assignment.organisationId);
  if (!access.allowed) return access;
  if (question.status === "merged") return refuse(TRANSFER_MERGED, "conflict");
  return allow();
}
