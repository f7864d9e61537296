// Who may merge which question into which: the row rules of a merge, beside question.merge in the permissions
// table. Pure, so the triage page that offers the link, the merge page and the service (on the rows it has
// locked) ask the same functions.
import type { ModerationState, QuestionStatus } from "@/lib/generated/prisma/enums";
import { allow, isAdmin, membershipOf, refuse, type PolicyActor, type PolicyDecision } from "@/lib/auth/policy";
import { NOT_PUBLISHED } from "@/lib/questions/policy";
import { checkStatusTransition } from "@/lib/questions/status";

/** What the rules read of a question: whether it is published, its status, and who holds it (null: the pool). */
export interface MergeRow {
  moderation: ModerationState;
  status: QuestionStatus;
  assignment: { organisationId: number } | null;
}

export const MERGE_NOT_YOURS =
  "Only members of the organisation holding this question can merge it. Ask them, or an administrator.";
export const MERGE_PARTNERS_ONLY = "Only members of a partner organisation can merge questions.";
export const ALREADY_MERGED = "This question has already been merged into another.";
export const KEPT_MERGED =
  "The question you chose was itself merged into another. Choose the question it was merged into.";
export const KEPT_NOT_PUBLISHED = "The question you chose does not exist or is not published.";

/**
 * Merging this question away as a duplicate: admins any; a partner while it waits in the pool or is held by their
 * own organisation. It must be published, not merged already, and at a status that may move to "merged" (open or
 * under review: DESIGN's table), so an answered question keeps its public answer where it is.
 */
export function mergeAccess(duplicate: MergeRow | null, actor: PolicyActor | null): PolicyDecision {
  if (!duplicate || duplicate.moderation !== "approved") return refuse(NOT_PUBLISHED, "not_found");
  if (!isAdmin(actor)) {
    if (!actor?.memberships.length) return refuse(MERGE_PARTNERS_ONLY);
    if (duplicate.assignment && !membershipOf(actor, duplicate.assignment.organisationId))
      return refuse(MERGE_NOT_YOURS);
  }
  if (duplicate.status === "merged") return refuse(ALREADY_MERGED, "conflict");
  const move = checkStatusTransition(duplicate.status, "merged", { isAdmin: isAdmin(actor) });
  if (!move.allowed) return refuse(move.reason, "conflict");
  return allow();
}

/**
 * The question kept in the duplicate's place: published, and not merged itself (its supports would move to a
 * question nobody can support: no chains of merges). Any other status will do; an answered question keeps its
 * answer, which the duplicate's supporters can now read.
 */
export function keptQuestionCheck(kept: Pick<MergeRow, "moderation" | "status"> | null): PolicyDecision {
  if (!kept || kept.moderation !== "approved") return refuse(KEPT_NOT_PUBLISHED, "not_found");
  if (kept.status === "merged") return refuse(KEPT_MERGED, "conflict");
  return allow();
}
