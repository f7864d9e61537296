import "server-only";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";
import { emailDeliveryFor } from "./delivery";
import { PENDING_NOTIFICATION_SELECT, toMailRow, type PendingMailRow } from "./rows";
import { digestMail } from "./templates";

/** A notification meant for immediate email still pending after this long missed its job: the digest takes it. */
const STRAGGLER_AFTER_MS = 60 * 60 * 1000;

/** The calendar day in Essex (Europe/London) at `now`, as YYYY-MM-DD: the day a digest belongs to. */
export function digestDay(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);
}

/**
 * The daily digest (the "email-digest" job, and tests with a chosen `now`): for each person with pending
 * notifications, one email gathering those they chose to have daily, which are then marked sent. Nothing is
 * sent to someone with nothing to tell. The email_digest (user, day) key allows one digest per person per day
 * however many runs there are, at once or one after the other; a run that finds today's digest already sent
 * leaves the rest pending for tomorrow's. Each person is one transaction that locks their pending rows, so two
 * runs at once cannot both take the same notification. Returns how many digests were queued.
 */
export async function sendDailyDigests(now: Date): Promise<number> {
  const day = digestDay(now);
  const people = await db.$queryRaw<{ user_id: string }[]>`
    SELECT DISTINCT user_id FROM notification WHERE email_state = 'pending' AND created_at <= ${now}`;
  let sent = 0;
  for (const { user_id: userId } of people) {
    if (await sendDigestTo(userId, day, now)) sent += 1;
  }
  return sent;
}

async function sendDigestTo(userId: string, day: string, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const rows = toMailRow(
      await tx.$queryRawUnsafe<Record<string, unknown>[]>(
        `${PENDING_NOTIFICATION_SELECT}
         WHERE n.user_id = $1::uuid AND n.email_state = 'pending' AND n.created_at <= $2
         ORDER BY n.created_at, n.id
         FOR UPDATE OF n`,
        userId,
        now,
      ),
    );
    const gathered: PendingMailRow[] = [];
    const skipped: string[] = [];
    for (const row of rows) {
      const delivery = emailDeliveryFor(row.person, row.notification.kind);
      if (delivery === "off") skipped.push(row.id);
      else if (delivery === "daily" || now.getTime() - row.createdAt.getTime() > STRAGGLER_AFTER_MS) gathered.push(row);
    }
    if (skipped.length) {
      await tx.notification.updateMany({ where: { id: { in: skipped } }, data: { emailState: "skipped" } });
    }
    if (gathered.length === 0) return false;
    const claimed = await tx.$executeRaw`
      INSERT INTO email_digest (user_id, day) VALUES (${userId}::uuid, ${day}::date) ON CONFLICT DO NOTHING`;
    if (claimed === 0) return false;
    const person = gathered[0]!.person;
    await enqueue(
      tx,
      "send-mail",
      digestMail(
        { id: person.id, email: person.email! },
        gathered.map((row) => row.notification),
      ),
    );
    await tx.notification.updateMany({
      where: { id: { in: gathered.map((row) => row.id) } },
      data: { emailState: "sent" },
    });
    return true;
  });
}
