import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/service";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import { questionDecidedMessage } from "@/lib/notifications/messages";
import { notify } from "@/lib/notifications/service";
import { ALREADY_DECIDED, QUESTION_NOT_FOUND, questionDecisionPolicy } from "./policy";
import { REJECT_NEEDS_REASON, type QuestionDecisionInput } from "./schemas";

/**
 * A moderator (or admin) publishes a question that was held for moderation, or turns it down with a reason
 * the author sees on the question's page. One transaction: the question changes only if it is still pending
 * (a conditional update, so when two moderators decide at once exactly one decision stands and the other is
 * told it was already decided), an audit entry records it, and the author is notified.
 */
export async function decideQuestion(actor: Actor | null, input: QuestionDecisionInput): Promise<void> {
  requirePermission(actor, "moderation.decideQuestion");
  const reason = input.reason?.trim() || null;
  if (input.decision === "reject" && !reason) throw new Invalid(REJECT_NEEDS_REASON, { reason: REJECT_NEEDS_REASON });
  await db.$transaction(async (tx) => {
    const question = await tx.question.findUnique({
      where: { id: input.questionId },
      select: { id: true, title: true, authorId: true, moderation: true },
    });
    assertAllowed(questionDecisionPolicy(actor, question));
    if (!question) throw new NotFound(QUESTION_NOT_FOUND); // refused by the policy already; this narrows the type

    const approved = input.decision === "approve";
    const now = new Date();
    const decided = await tx.question.updateMany({
      where: { id: question.id, moderation: "pending" },
      data: approved
        ? { moderation: "approved", moderationReason: null, publishedAt: now }
        : { moderation: "rejected", moderationReason: reason },
    });
    // Another moderator decided it between the read and this write (their update held the row until it committed).
    if (decided.count !== 1) throw new Conflict(ALREADY_DECIDED);

    await recordAudit(tx, {
      actorId: actor.id,
      action: approved ? "moderation.approveQuestion" : "moderation.rejectQuestion",
      targetType: "question",
      targetId: question.id,
      before: { moderation: "pending" },
      after: { moderation: approved ? "approved" : "rejected", reason },
    });
    await notify(tx, {
      kind: approved ? "question_approved" : "question_rejected",
      questionId: question.id,
      actorId: actor.id,
      recipients: [question.authorId],
      message: questionDecidedMessage(question.title, input.decision, reason),
    });
  });
}
