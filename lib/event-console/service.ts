// The facilitators' console: deciding room questions, merging repeats, the question being answered, opening and
// closing the room, ending the event. Each write locks the event (lockOpenRoom: the facilitator check on the locked
// row), writes its audit entry and signals the event's pages, all in one transaction.
import "server-only";
import { db } from "@/lib/db";
import { parseOrInvalid } from "@/lib/validation";
import { retryOnWriteConflict } from "@/lib/db-errors";
import { Conflict, Invalid } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/service";
import { signalEventChanged } from "@/lib/events/live";
import { approvalCheck, mergeCheck, onScreenCheck, rejectionCheck } from "./policy";
import { publishLockedEvent } from "./publication";
import { lockEventForFacilitator, lockOpenRoom, lockRoomQuestions } from "./room";
import {
  acceptingQuestionsSchema,
  approveRoomQuestionSchema,
  eventTarget,
  mergeRoomQuestionSchema,
  nowAnsweringSchema,
  roomQuestionTarget,
  roomQuestionThemeSchema,
  stepNowAnsweringSchema,
  CHOOSE_THEME,
  type AcceptingQuestionsInput,
  type ApproveRoomQuestionInput,
  type EventTarget,
  type MergeRoomQuestionInput,
  type NowAnsweringInput,
  type RoomQuestionTarget,
  type RoomQuestionThemeInput,
  type StepNowAnsweringInput,
} from "./schemas";

export const EVENT_OVER = "The event has ended, so it cannot take new questions.";
export const NOT_STARTED = "The event has not started yet: it can be ended once it has begun.";

/** Approves a waiting question, as asked or with the facilitator's changes to its words. */
export async function approveRoomQuestion(actor: Actor | null, input: ApproveRoomQuestionInput): Promise<void> {
  requirePermission(actor, "event.facilitate");
  const { eventId, roomQuestionId, text } = parseOrInvalid(approveRoomQuestionSchema, input);
  await db.$transaction(async (tx) => {
    await lockOpenRoom(tx, actor, eventId);
    const question = (await lockRoomQuestions(tx, eventId, [roomQuestionId])).get(roomQuestionId) ?? null;
    assertAllowed(approvalCheck(question));
    const edited = text !== undefined && text !== question!.text;
    await tx.eventQuestion.update({
      where: { id: roomQuestionId },
      data: { moderation: "approved", decidedById: actor.id, decidedAt: new Date(), ...(edited ? { text } : {}) },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "event.approveQuestion",
      targetType: "event_question",
      targetId: roomQuestionId,
      before: { moderation: "pending", ...(edited ? { text: question!.text } : {}) },
      after: { moderation: "approved", ...(edited ? { text } : {}) },
    });
    await signalEventChanged(tx, eventId);
  });
}

/** Turns down a waiting question, or takes an approved one off the screen. */
export async function rejectRoomQuestion(actor: Actor | null, input: RoomQuestionTarget): Promise<void> {
  requirePermission(actor, "event.facilitate");
  const { eventId, roomQuestionId } = parseOrInvalid(roomQuestionTarget, input);
  await db.$transaction(async (tx) => {
    const event = await lockOpenRoom(tx, actor, eventId);
    const question = (await lockRoomQuestions(tx, eventId, [roomQuestionId])).get(roomQuestionId) ?? null;
    assertAllowed(rejectionCheck(question));
    if (event.nowAnsweringId === roomQuestionId) {
      await tx.event.update({ where: { id: eventId }, data: { nowAnsweringId: null } });
    }
    await tx.eventQuestion.update({
      where: { id: roomQuestionId },
      data: { moderation: "rejected", decidedById: actor.id, decidedAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "event.rejectQuestion",
      targetType: "event_question",
      targetId: roomQuestionId,
      before: { moderation: question!.moderation },
      after: { moderation: "rejected" },
    });
    await signalEventChanged(tx, eventId);
  });
}

export interface RoomMergeResult {
  /** The kept question's stored support count after the merge. */
  supportCount: number;
  /** Supports that moved to the kept question. */
  moved: number;
  /** Participants who supported both, counted once. */
  alreadySupporting: number;
  /** The kept question's asker's support of the repeat, dropped. */
  droppedOwnSupport: number;
}

/**
 * "This looks like question N": merges a repeat into an approved question of the same event, in one transaction.
 * The repeat's supports move to the kept question (a participant who supported both is counted once; the kept
 * question's asker's support of the repeat is dropped, as nobody supports their own question), both stored counts
 * are recounted from the rows, and anything merged into the repeat, or the screen's highlight, follows it.
 */
export async function mergeRoomQuestion(actor: Actor | null, input: MergeRoomQuestionInput): Promise<RoomMergeResult> {
  requirePermission(actor, "event.facilitate");
  const { eventId, duplicateId, keepId } = parseOrInvalid(mergeRoomQuestionSchema, input);
  return retryOnWriteConflict(() =>
    db.$transaction(async (tx) => {
      const event = await lockOpenRoom(tx, actor, eventId);
      const locked = await lockRoomQuestions(tx, eventId, [duplicateId, keepId]);
      const duplicate = locked.get(duplicateId) ?? null;
      const kept = locked.get(keepId) ?? null;
      assertAllowed(mergeCheck(duplicate, kept));

      const moved = await tx.$executeRaw`
        INSERT INTO event_support (event_question_id, participant_id, created_at)
        SELECT ${keepId}::uuid, participant_id, created_at FROM event_support
        WHERE event_question_id = ${duplicateId}::uuid AND participant_id IS DISTINCT FROM ${kept!.participantId}::uuid
        ON CONFLICT DO NOTHING`;
      const removedRows = await tx.$queryRaw<{ participantId: string }[]>`
        DELETE FROM event_support WHERE event_question_id = ${duplicateId}::uuid
        RETURNING participant_id AS "participantId"`;
      const removed = removedRows.length;
      const droppedOwnSupport = removedRows.some((row) => row.participantId === kept!.participantId) ? 1 : 0;
      const counts = await tx.$queryRaw<{ id: string; supportCount: number }[]>`
        UPDATE event_question q SET support_count =
          (SELECT count(*)::int FROM event_support s WHERE s.event_question_id = q.id)
        WHERE q.id IN (${duplicateId}::uuid, ${keepId}::uuid)
        RETURNING q.id, q.support_count AS "supportCount"`;
      await tx.$executeRaw`
        UPDATE event_question SET merged_into_id = ${keepId}::uuid WHERE merged_into_id = ${duplicateId}::uuid`;
      const now = new Date();
      await tx.eventQuestion.update({
        where: { id: duplicateId },
        data: { mergedIntoId: keepId, decidedById: actor.id, decidedAt: now },
      });
      if (event.nowAnsweringId === duplicateId) {
        await tx.event.update({ where: { id: eventId }, data: { nowAnsweringId: keepId } });
      }
      const supportCount = counts.find((c) => c.id === keepId)?.supportCount ?? 0;
      await recordAudit(tx, {
        actorId: actor.id,
        action: "event.mergeQuestion",
        targetType: "event_question",
        targetId: duplicateId,
        before: { supportCount: duplicate!.supportCount, keptSupportCount: kept!.supportCount },
        after: { mergedIntoId: keepId, keptSupportCount: supportCount, moved },
      });
      await signalEventChanged(tx, eventId);
      return { supportCount, moved, alreadySupporting: removed - moved - droppedOwnSupport, droppedOwnSupport };
    }),
  );
}

/** Highlights the question the panel is answering now (on the screen and in the room), or clears it (null). */
export async function setNowAnswering(actor: Actor | null, input: NowAnsweringInput): Promise<void> {
  requirePermission(actor, "event.facilitate");
  const { eventId, roomQuestionId } = parseOrInvalid(nowAnsweringSchema, input);
  await db.$transaction(async (tx) => {
    const event = await lockOpenRoom(tx, actor, eventId);
    if (roomQuestionId) {
      const question = (await lockRoomQuestions(tx, eventId, [roomQuestionId])).get(roomQuestionId) ?? null;
      assertAllowed(onScreenCheck(question));
    }
    if (event.nowAnsweringId === roomQuestionId) return;
    await tx.event.update({ where: { id: eventId }, data: { nowAnsweringId: roomQuestionId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "event.nowAnswering",
      targetType: "event",
      targetId: eventId,
      before: { nowAnsweringId: event.nowAnsweringId },
      after: { nowAnsweringId: roomQuestionId },
    });
    await signalEventChanged(tx, eventId);
  });
}

/**
 * The presenter's keys: moves the highlight to the next or previous approved question in the screen's order
 * (questions not yet answered in the room first, then by support). From no highlight, "next" takes the first.
 */
export async function stepNowAnswering(actor: Actor | null, input: StepNowAnsweringInput): Promise<string | null> {
  requirePermission(actor, "event.facilitate");
  const { eventId, direction } = parseOrInvalid(stepNowAnsweringSchema, input);
  return db.$transaction(async (tx) => {
    const event = await lockOpenRoom(tx, actor, eventId);
    const order = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM event_question
      WHERE event_id = ${eventId}::uuid AND moderation = 'approved' AND merged_into_id IS NULL
      ORDER BY answered_in_room_at IS NOT NULL, support_count DESC, created_at, id`;
    const ids = order.map((row) => row.id);
    const at = event.nowAnsweringId ? ids.indexOf(event.nowAnsweringId) : -1;
    const target = direction === "next" ? ids[at + 1] : at > 0 ? ids[at - 1] : undefined;
    if (!target) return event.nowAnsweringId;
    await tx.event.update({ where: { id: eventId }, data: { nowAnsweringId: target } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "event.nowAnswering",
      targetType: "event",
      targetId: eventId,
      before: { nowAnsweringId: event.nowAnsweringId },
      after: { nowAnsweringId: target },
    });
    await signalEventChanged(tx, eventId);
    return target;
  });
}

/** Marks a question answered in the room; if it was highlighted, the highlight goes. */
export async function markAnsweredInRoom(actor: Actor | null, input: RoomQuestionTarget): Promise<void> {
  requirePermission(actor, "event.facilitate");
  const { eventId, roomQuestionId } = parseOrInvalid(roomQuestionTarget, input);
  await db.$transaction(async (tx) => {
    const event = await lockOpenRoom(tx, actor, eventId);
    const question = (await lockRoomQuestions(tx, eventId, [roomQuestionId])).get(roomQuestionId) ?? null;
    assertAllowed(onScreenCheck(question));
    if (question!.answeredInRoomAt) throw new Conflict("That question is already marked answered in the room.");
    const now = new Date();
    await tx.eventQuestion.update({ where: { id: roomQuestionId }, data: { answeredInRoomAt: now } });
    if (event.nowAnsweringId === roomQuestionId) {
      await tx.event.update({ where: { id: eventId }, data: { nowAnsweringId: null } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "event.answeredInRoom",
      targetType: "event_question",
      targetId: roomQuestionId,
      after: { answeredInRoomAt: now.toISOString() },
    });
    await signalEventChanged(tx, eventId);
  });
}

/**
 * Files an approved question under a theme for when it goes on the portal (or clears it), so it reaches the
 * partners already sorted; without one the partners choose in triage.
 */
export async function setRoomQuestionTheme(actor: Actor | null, input: RoomQuestionThemeInput): Promise<void> {
  requirePermission(actor, "event.facilitate");
  const { eventId, roomQuestionId, themeSlug } = parseOrInvalid(roomQuestionThemeSchema, input);
  await db.$transaction(async (tx) => {
    await lockOpenRoom(tx, actor, eventId);
    const question = (await lockRoomQuestions(tx, eventId, [roomQuestionId])).get(roomQuestionId) ?? null;
    assertAllowed(onScreenCheck(question));
    const theme = themeSlug
      ? await tx.theme.findFirst({ where: { slug: themeSlug, archivedAt: null }, select: { id: true } })
      : null;
    if (themeSlug && !theme) throw new Invalid(CHOOSE_THEME, { themeSlug: CHOOSE_THEME });
    const before = await tx.eventQuestion.findUniqueOrThrow({
      where: { id: roomQuestionId },
      select: { themeId: true },
    });
    const themeId = theme?.id ?? null;
    if (before.themeId === themeId) return;
    await tx.eventQuestion.update({ where: { id: roomQuestionId }, data: { themeId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "event.themeQuestion",
      targetType: "event_question",
      targetId: roomQuestionId,
      before: { themeId: before.themeId },
      after: { themeId },
    });
    await signalEventChanged(tx, eventId);
  });
}

/** Opens the event for new questions, or closes it; an ended event cannot be opened again. */
export async function setAcceptingQuestions(actor: Actor | null, input: AcceptingQuestionsInput): Promise<void> {
  requirePermission(actor, "event.facilitate");
  const { eventId, accepting } = parseOrInvalid(acceptingQuestionsSchema, input);
  await db.$transaction(async (tx) => {
    const event = await lockOpenRoom(tx, actor, eventId);
    if (accepting && event.endsAt <= new Date()) throw new Conflict(EVENT_OVER);
    if (event.acceptingQuestions === accepting) return;
    await tx.event.update({ where: { id: eventId }, data: { acceptingQuestions: accepting } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: accepting ? "event.openQuestions" : "event.closeQuestions",
      targetType: "event",
      targetId: eventId,
      before: { acceptingQuestions: !accepting },
      after: { acceptingQuestions: accepting },
    });
    await signalEventChanged(tx, eventId);
  });
}

/**
 * "End the event now": it ends at this moment, takes no more questions, and its approved questions are published
 * on the portal at once rather than at the scheduled job's next run. Ending an event that is already published
 * changes nothing (and says so); one that has not started yet cannot be ended.
 */
export async function endEventNow(actor: Actor | null, input: EventTarget): Promise<{ published: number }> {
  requirePermission(actor, "event.facilitate");
  const { eventId } = parseOrInvalid(eventTarget, input);
  return db.$transaction(async (tx) => {
    const event = await lockEventForFacilitator(tx, actor, eventId);
    if (event.publishedAt) return { published: 0 };
    const now = new Date();
    if (event.startsAt >= now) throw new Conflict(NOT_STARTED);
    const endingEarly = event.endsAt > now;
    if (endingEarly) await tx.event.update({ where: { id: eventId }, data: { endsAt: now } });
    const questionIds = await publishLockedEvent(tx, event, now);
    // One entry: "ended early" when it was still running, else "published" (it had ended; the job had not run yet).
    await recordAudit(tx, {
      actorId: actor.id,
      action: endingEarly ? "event.ended" : "event.published",
      targetType: "event",
      targetId: eventId,
      before: { endsAt: event.endsAt.toISOString() },
      after: { endsAt: (endingEarly ? now : event.endsAt).toISOString(), questionIds },
    });
    return { published: questionIds.length };
  });
}
