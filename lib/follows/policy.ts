// Whether a question can be followed, asked by the follow service (to explain a refusal) and the question page.
import type { ModerationState, QuestionStatus } from "@/lib/generated/prisma/enums";
import { allow, refuse, type PolicyDecision } from "@/lib/auth/policy";
import { isPublished, NOT_PUBLISHED } from "@/lib/questions/policy";

export const FOLLOW_MERGED = "This question was merged into another. Follow that one instead.";

/** Published questions can be followed, except one merged into another (its news is on the other one). */
export function followOpen(question: { moderation: ModerationState; status: QuestionStatus } | null): PolicyDecision {
  if (!question || !isPublished(question)) return refuse(NOT_PUBLISHED, "not_found");
  if (question.status === "merged") return refuse(FOLLOW_MERGED, "conflict");
  return allow();
}
