import "server-only";
import { recordAudit } from "@/lib/audit/service";
import { db } from "@/lib/db";
import { signalEventChanged } from "@/lib/events/live";
import { readSettingValue } from "@/lib/settings/queries";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes the participants of every event that ended longer ago than the retention setting (default 30 days),
 * with their supports (ICO children's code: the least data, kept no longer than needed). The room's questions
 * stay, with their text and stored counts, and no longer point at anyone. One transaction per event, each
 * audited; the event's participants_deleted_at says it is done, so a second run (a retry, another worker)
 * finds nothing to do. Returns the events it cleared. Run daily by the `event-participant-retention` job.
 */
export async function deleteExpiredParticipants(options: { now?: Date } = {}): Promise<string[]> {
  const now = options.now ?? new Date();
  const days = await readSettingValue(db, "eventParticipantRetention");
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  const due = await db.event.findMany({
    where: { endsAt: { lt: cutoff }, participantsDeletedAt: null },
    orderBy: [{ endsAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  const cleared: string[] = [];
  for (const { id } of due) {
    const done = await db.$transaction(async (tx) => {
      // The row lock keeps a concurrent run (or a late join) out until this one has committed.
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM event WHERE id = ${id}::uuid AND participants_deleted_at IS NULL FOR UPDATE`;
      if (!locked[0]) return false;
      // A participant supports only their own event's questions (lib/room/service.ts), so these are all of them.
      const supports = await tx.$executeRaw`
        DELETE FROM event_support s USING event_participant p
        WHERE s.participant_id = p.id AND p.event_id = ${id}::uuid`;
      const unlinked = await tx.$executeRaw`
        UPDATE event_question SET participant_id = NULL
        WHERE event_id = ${id}::uuid AND participant_id IS NOT NULL`;
      const participants = await tx.$executeRaw`DELETE FROM event_participant WHERE event_id = ${id}::uuid`;
      await tx.event.update({ where: { id }, data: { participantsDeletedAt: now } });
      await recordAudit(tx, {
        actorId: null,
        action: "event.participants_deleted",
        targetType: "event",
        targetId: id,
        after: { participants, supports, questionsUnlinked: unlinked, retentionDays: days },
      });
      await signalEventChanged(tx, id);
      return true;
    });
    if (done) cleared.push(id);
  }
  return cleared;
}
