// Whether this moderator may decide this question now. Pure, so a moderation page can hide what the service
// would refuse.
import type { ModerationState } from "@/lib/generated/prisma/enums";
import { allow, moderationAccess, refuse, type PolicyActor, type PolicyDecision } from "@/lib/auth/policy";

export const QUESTION_NOT_FOUND = "We could not find that question.";
export const ALREADY_DECIDED =
  "Another moderator has already decided this question, or it was never waiting. Reload the page to see its state.";

/**
 * A question waiting for moderation, decided by a moderator or admin who did not write it. Null: no such
 * question. A question that is no longer pending is a conflict (usually another moderator was quicker).
 */
export function questionDecisionPolicy(
  actor: PolicyActor | null,
  question: { authorId: string; moderation: ModerationState } | null,
): PolicyDecision {
  if (!question) return refuse(QUESTION_NOT_FOUND, "not_found");
  const access = moderationAccess(actor, question);
  if (!access.allowed) return access;
  if (question.moderation !== "pending") return refuse(ALREADY_DECIDED, "conflict");
  return allow();
}
