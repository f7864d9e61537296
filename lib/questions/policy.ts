// The rules about a particular question, each written once and asked by the question page, the read model
// and the service alike. permissions.ts decides first whether this kind of person may edit or support at
// all (signed in, email confirmed); these decide whether they may do it to this question.
import type { ModerationState, QuestionStatus } from "@/lib/generated/prisma/enums";
import {
  allow,
  isAdmin,
  isAuthor,
  organisationAccess,
  refuse,
  type PolicyActor,
  type PolicyDecision,
} from "@/lib/auth/policy";

/** The few columns of a question its rules read. `claimed`: a partner organisation leads on it. */
export interface QuestionPolicyRow {
  authorId: string | null;
  status: QuestionStatus;
  moderation: ModerationState;
  claimed: boolean;
}

/** The moderation state in which a question is published: visible to everyone, listed, open to support. */
export const PUBLISHED_STATE = "approved" satisfies ModerationState;

export function isPublished(question: Pick<QuestionPolicyRow, "moderation">): boolean {
  return question.moderation === PUBLISHED_STATE;
}

export const NOT_AMONG_YOURS = "We could not find that question among yours.";
export const EDIT_CLOSED =
  "A partner organisation has started work on this question, so it can no longer be changed. You can add a comment instead.";
export const EDIT_TAKEN_DOWN = "This question was taken down by a moderator and cannot be edited.";

/**
 * The author may change their question while it is open and no partner has claimed it, and while it is
 * published or waiting for a moderator (not once a moderator has turned it down or hidden it). Null: no
 * such question.
 */
export function questionEditability(
  question: QuestionPolicyRow | null,
  actor: Pick<PolicyActor, "id"> | null,
): PolicyDecision {
  if (!question || !isAuthor(actor, question)) return refuse(NOT_AMONG_YOURS, "not_found");
  if (question.status !== "open" || question.claimed) return refuse(EDIT_CLOSED, "conflict");
  if (question.moderation === "rejected" || question.moderation === "hidden")
    return refuse(EDIT_TAKEN_DOWN, "conflict");
  return allow();
}

export const NOT_PUBLISHED = "That question does not exist or is not published.";
export const SUPPORT_MERGED = "This question was merged into another. Support that one instead.";
export const SUPPORT_OWN = "You cannot support your own question. Share it so others can support it.";

/** Whether a question takes support at all, whoever asks: published and not merged into another. */
export function supportOpen(question: Pick<QuestionPolicyRow, "status" | "moderation"> | null): PolicyDecision {
  if (!question || !isPublished(question)) return refuse(NOT_PUBLISHED, "not_found");
  if (question.status === "merged") return refuse(SUPPORT_MERGED, "conflict");
  return allow();
}

/**
 * Whether this person may support this question: it takes support, and it is not their own. The support
 * statement in service.ts applies the same rule inside its one SQL statement (for race safety) and asks
 * this function to explain a refusal.
 */
export function supportEligibility(
  question: Pick<QuestionPolicyRow, "authorId" | "status" | "moderation"> | null,
  actor: Pick<PolicyActor, "id"> | null,
): PolicyDecision {
  const open = supportOpen(question);
  if (!open.allowed || !question) return open;
  if (isAuthor(actor, question)) return refuse(SUPPORT_OWN, "forbidden");
  return allow();
}

export const NOT_ASSIGNED = "No organisation leads on this question yet.";

/**
 * The partner workspace (assignment, internal notes): members of the organisation leading on the question,
 * lead or member, and admins on any question, assigned or not.
 */
export function workspaceAccess(
  assignment: { organisationId: number } | null,
  actor: PolicyActor | null,
): PolicyDecision {
  if (isAdmin(actor)) return allow();
  if (!assignment) return refuse(NOT_ASSIGNED);
  return organisationAccess(actor, assignment.organisationId);
}
