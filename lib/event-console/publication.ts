// After an event, its approved room questions become portal questions: attributed to the event (author_id null,
// event_id set: "Asked by students at …", lib/questions/speaker.ts), approved and published, open, in the partner
// inbox's pool like any other. Their room supports stay in the room (a portal support is one signed-in person's).
// Runs once per event: event.published_at is set in the same transaction, under the event's row lock, so the
// scheduled job, a retry and a facilitator's "End the event now" cannot publish twice.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/service";
import { signalEventChanged } from "@/lib/events/live";
import { titleFromRoomText } from "@/lib/room/question-title";
import { lockEvent, type LockedEvent, type Tx } from "./room";

/**
 * Publishes a locked, ended event's approved, unmerged room questions, in the caller's transaction, which writes the
 * audit entry; returns the new portal questions' ids. Their public timelines credit the event's organiser with
 * opening them.
 */
export async function publishLockedEvent(tx: Tx, event: LockedEvent, now: Date): Promise<string[]> {
  if (event.publishedAt) return [];
  const rows = await tx.$queryRaw<{ id: string; text: string }[]>`
    SELECT id, text
    FROM event_question
    WHERE event_id = ${event.id}::uuid AND moderation = 'approved' AND merged_into_id IS NULL AND question_id IS NULL
    ORDER BY created_at, id`;
  const published = rows.map((row) => ({ ...row, questionId: randomUUID(), title: titleFromRoomText(row.text) }));
  if (published.length > 0) {
    const questionIds = published.map((p) => p.questionId);
    await tx.$executeRaw`
      INSERT INTO question (id, title, body, author_id, event_id, moderation, moderated_by_id, moderated_at, status,
                            published_at, created_at, updated_at)
      SELECT p.question_id, p.title, eq.text, NULL, eq.event_id, 'approved', eq.decided_by_id, eq.decided_at, 'open',
             ${now}, ${now}, ${now}
      FROM unnest(${published.map((p) => p.id)}::uuid[], ${questionIds}::uuid[], ${published.map((p) => p.title)}::text[])
             AS p(room_id, question_id, title)
      JOIN event_question eq ON eq.id = p.room_id`;
    // The theme a facilitator chose, if any still active; otherwise the partners choose in triage.
    await tx.$executeRaw`
      INSERT INTO question_theme (question_id, theme_id)
      SELECT p.question_id, eq.theme_id
      FROM unnest(${published.map((p) => p.id)}::uuid[], ${questionIds}::uuid[]) AS p(room_id, question_id)
      JOIN event_question eq ON eq.id = p.room_id
      JOIN theme t ON t.id = eq.theme_id AND t.archived_at IS NULL`;
    await tx.$executeRaw`
      INSERT INTO status_change (id, question_id, actor_id, from_status, to_status, created_at)
      SELECT gen_random_uuid(), q.id, ${event.organiserId}::uuid, NULL, 'open', ${now}
      FROM unnest(${questionIds}::uuid[]) AS q(id)`;
    await tx.$executeRaw`
      UPDATE event_question eq SET question_id = p.question_id
      FROM unnest(${published.map((p) => p.id)}::uuid[], ${questionIds}::uuid[]) AS p(room_id, question_id)
      WHERE eq.id = p.room_id`;
  }
  await tx.event.update({
    where: { id: event.id },
    data: { publishedAt: now, acceptingQuestions: false, nowAnsweringId: null },
  });
  await signalEventChanged(tx, event.id);
  return published.map((p) => p.questionId);
}

/** The events the scheduled job looks at in one run; the rest wait for the next run. */
const EVENTS_PER_RUN = 50;

/**
 * The scheduled job: every event that has ended and is not yet published, each in its own transaction. An event
 * another worker is publishing right now is skipped (SKIP LOCKED); it will be published by that worker.
 */
export async function publishEndedEvents(now: Date): Promise<{ events: number; questions: number }> {
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM event WHERE ends_at <= ${now} AND published_at IS NULL ORDER BY ends_at, id LIMIT ${EVENTS_PER_RUN}`;
  let events = 0;
  let questions = 0;
  for (const { id } of due) {
    const count = await db.$transaction(async (tx) => {
      const free = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM event WHERE id = ${id}::uuid AND published_at IS NULL FOR UPDATE SKIP LOCKED`;
      if (free.length === 0) return null;
      const event = await lockEvent(tx, id);
      if (!event) return null;
      const questionIds = await publishLockedEvent(tx, event, now);
      await recordAudit(tx, {
        actorId: null,
        action: "event.published",
        targetType: "event",
        targetId: id,
        after: { questionIds },
      });
      return questionIds.length;
    });
    if (count !== null) {
      events += 1;
      questions += count;
    }
  }
  return { events, questions };
}
