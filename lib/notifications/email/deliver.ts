import "server-only";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";
import { EMAIL_KIND_OF } from "@/lib/notifications/kinds";
import { emailDeliveryFor } from "./delivery";
import { notificationMail } from "./templates";
import { PENDING_NOTIFICATION_SELECT, toMailRow } from "./rows";

/**
 * Emails one event's notifications to the people who chose to hear about that kind at once, and leaves the
 * daily-digest ones for the digest job; the rest (not opted in, that kind off, address not confirmed, account
 * not active) are marked skipped. One transaction locks the event's pending rows, queues each mail and marks
 * it sent, so a retry of this job (or two workers at once) never sends a notification twice. Sending is its
 * own job ("send-mail"), retried when the mail server is down.
 */
export async function deliverNotificationEmails(eventId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const rows = toMailRow(
      await tx.$queryRawUnsafe<Record<string, unknown>[]>(
        `${PENDING_NOTIFICATION_SELECT} WHERE n.event_id = $1::uuid AND n.email_state = 'pending' FOR UPDATE OF n`,
        eventId,
      ),
    );
    const sent: string[] = [];
    const skipped: string[] = [];
    for (const row of rows) {
      const delivery = emailDeliveryFor(row.person, row.notification.kind);
      if (delivery === "daily") continue;
      if (delivery === "off") {
        skipped.push(row.id);
        continue;
      }
      await enqueue(
        tx,
        "send-mail",
        notificationMail(
          { id: row.person.id, email: row.person.email! },
          row.notification,
          EMAIL_KIND_OF[row.notification.kind],
        ),
      );
      sent.push(row.id);
    }
    if (sent.length) await tx.notification.updateMany({ where: { id: { in: sent } }, data: { emailState: "sent" } });
    if (skipped.length) {
      await tx.notification.updateMany({ where: { id: { in: skipped } }, data: { emailState: "skipped" } });
    }
  });
}
