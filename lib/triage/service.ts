import { holderOf, lockPublishedQuestion } from "@/lib/questions/lock";
import "server-only";
import { db } from "@/lib/db";
import { Forbidden, Invalid } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed, isAdmin } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/service";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { recordStatusMove, tellStatusMove } from "@/lib/questions/status-move";
import { workspaceAccess } from "@/lib/questions/policy";
import { checkStatusTransition, statusLabel } from "@/lib/questions/status";

import { STATUS_NOTE_LIMIT } from "./status-limits";

export { STATUS_NOTE_LIMIT } from "./status-limits";

export const ANSWER_BY_RESPONDING = "A question is answered when a partner publishes an official response to it.";
export const MERGE_SEPARATELY = "Merging needs the question to merge into. Use “Merge” instead.";
export const REVIEW_BY_CLAIMING = "A question is under review when an organisation claims it. Use “Claim” instead.";
export const OPEN_BY_RELEASING = "Release the question to send it back to the pool, with your reason.";

/**
 * Moves a published question's public status along the legal transitions (lib/questions/status.ts, DESIGN's
 * table): members of the organisation the question is assigned to, and admins (workspaceAccess). Declining,
 * delivering and reopening need a public note; reopening a closed question is for admins only. Writes the
 * timeline entry and the audit entry, and tells the author and the followers, in one transaction.
 */
export async function changeQuestionStatus(
  actor: Actor | null,
  input: { questionId: string; to: QuestionStatus; note?: string | null },
): Promise<{ status: QuestionStatus }> {
  requirePermission(actor, "question.changeStatus");
  const note = input.note?.trim() || null;
  if (note && note.length > STATUS_NOTE_LIMIT)
    throw new Invalid(`The note must be ${STATUS_NOTE_LIMIT.toLocaleString("en-GB")} characters or fewer.`, {
      note: `The note must be ${STATUS_NOTE_LIMIT.toLocaleString("en-GB")} characters or fewer.`,
    });
  const { questionId, to } = input;

  return db.$transaction(async (tx) => {
    // Locked, so two partners changing the status at once apply one after the other, each from the status
    // the other left.
    const question = await lockPublishedQuestion(tx, questionId);
    assertAllowed(workspaceAccess(holderOf(question), actor));

    const from = question.status;
    const verdict = checkStatusTransition(from, to, { isAdmin: isAdmin(actor) });
    if (!verdict.allowed) {
      // Legal for an admin (reopening a closed question): the person may not; otherwise the move is illegal.
      if (checkStatusTransition(from, to, { isAdmin: true }).allowed) throw new Forbidden(verdict.reason);
      throw new Invalid(verdict.reason, { to: verdict.reason });
    }
    if (to === "answered" && (await tx.response.count({ where: { questionId } })) === 0)
      throw new Invalid(ANSWER_BY_RESPONDING, { to: ANSWER_BY_RESPONDING });
    if (to === "merged") throw new Invalid(MERGE_SEPARATELY, { to: MERGE_SEPARATELY });
    // Claiming and releasing change who holds the question too (lib/assignments), so they are not status changes.
    if (to === "under_review") throw new Invalid(REVIEW_BY_CLAIMING, { to: REVIEW_BY_CLAIMING });
    if (from === "under_review" && to === "open") throw new Invalid(OPEN_BY_RELEASING, { to: OPEN_BY_RELEASING });
    if (verdict.needsNote && !note) {
      const message = `Write a public note saying why the question is now ${statusLabel(to).toLowerCase()}.`;
      throw new Invalid(message, { note: message });
    }

    // Reopening a merged question undoes the merge.
    await recordStatusMove(tx, question, actor.id, to, {
      note,
      data: from === "merged" ? { mergedIntoId: null } : undefined,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "question.changeStatus",
      targetType: "question",
      targetId: questionId,
      before: { status: from },
      after: { status: to, note },
    });
    await tellStatusMove(tx, question, actor.id, to, note);
    return { status: to };
  });
}
