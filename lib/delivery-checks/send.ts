import "server-only";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { clip, MESSAGE_LIMIT } from "@/lib/notifications/messages";
import { notify } from "@/lib/notifications/service";
import { readSettingValue } from "@/lib/settings/queries";

// The send-delivery-checks job: a set time (the delivery_check_delay_days setting) after a commitment is marked
// delivered, everyone who supported one of its questions and still has an active account is asked "Has this
// been delivered?", once. Each commitment is sent in a transaction of its own that locks its row and re-checks
// that it is still unsent, so two workers running the job at once ask nobody twice: the second waits for the
// first, then finds delivery_check_sent_at set and moves on. The (commitment, person) key of delivery_check
// and the (person, event) key of notification would hold even if that check were wrong.

/** Commitments looked at in one read; the job reads again until none is due. */
const BATCH = 50;

export interface DeliveryChecksSent {
  /** Commitments whose supporters were asked in this run. */
  commitments: number;
  /** People asked in this run, over all those commitments. */
  asked: number;
}

/** The words of the notification: what was promised, by whom, and when it was marked delivered. */
export function deliveryCheckMessage(title: string, organisation: string, deliveredAt: Date): string {
  const sentence =
    `${clip(organisation, 120)} marked “${clip(title, 140)}” as delivered on ${formatDate(deliveredAt)}. ` +
    `You supported a question it answers: has it been delivered? Tell us what you see.`;
  return clip(sentence, MESSAGE_LIMIT);
}

/** Asks one commitment's supporters, if it is still due; returns how many people were asked (null: not due). */
async function sendForCommitment(commitmentId: string, cutoff: Date): Promise<number | null> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ title: string; deliveredAt: Date; organisation: string }[]>`
      SELECT c.title, c.delivered_at AS "deliveredAt", o.name AS organisation
      FROM commitment c JOIN organisation o ON o.id = c.organisation_id
      WHERE c.id = ${commitmentId}::uuid AND c.state = 'delivered' AND c.delivery_check_sent_at IS NULL
        AND c.delivered_at <= ${cutoff}
      FOR UPDATE OF c`;
    const commitment = locked[0];
    if (!commitment) return null;
    // Every distinct supporter of its questions whose account is active: a deleted account has no votes left
    // and is not active, and a suspended person could not answer.
    const asked = await tx.$queryRaw<{ userId: string }[]>`
      INSERT INTO delivery_check (commitment_id, user_id)
      SELECT DISTINCT ${commitmentId}::uuid, v.user_id
      FROM commitment_question cq
      JOIN vote v ON v.question_id = cq.question_id
      JOIN "user" u ON u.id = v.user_id
      WHERE cq.commitment_id = ${commitmentId}::uuid AND u.status = 'active'
      ON CONFLICT (commitment_id, user_id) DO NOTHING
      RETURNING user_id AS "userId"`;
    await tx.$executeRaw`UPDATE commitment SET delivery_check_sent_at = now() WHERE id = ${commitmentId}::uuid`;
    if (asked.length > 0) {
      // A notification belongs to a question: the commitment's most supported one, which most of them backed.
      const [question] = await tx.$queryRaw<{ id: string }[]>`
        SELECT q.id FROM commitment_question cq JOIN question q ON q.id = cq.question_id
        WHERE cq.commitment_id = ${commitmentId}::uuid
        ORDER BY q.support_count DESC, q.id LIMIT 1`;
      await notify(tx, {
        kind: "delivery_check",
        eventId: commitmentId,
        questionId: question!.id,
        actorId: null,
        message: deliveryCheckMessage(commitment.title, commitment.organisation, commitment.deliveredAt),
        recipients: asked.map((row) => row.userId),
      });
    }
    return asked.length;
  });
}

/** Sends every delivery check that is due at `now`. Safe to run on several workers at once, and to repeat. */
export async function sendDueDeliveryChecks(now = new Date()): Promise<DeliveryChecksSent> {
  const delayDays = await readSettingValue(db, "deliveryCheckDelay");
  const cutoff = new Date(now.getTime() - delayDays * 86_400_000);
  const sent: DeliveryChecksSent = { commitments: 0, asked: 0 };
  // Past commitments looked at in this run: one another worker is sending is skipped rather than read again.
  let after: { deliveredAt: Date; id: string } | null = null;
  for (;;) {
    const due: { id: string; deliveredAt: Date }[] = await db.$queryRaw`
      SELECT id, delivered_at AS "deliveredAt" FROM commitment
      WHERE state = 'delivered' AND delivery_check_sent_at IS NULL AND delivered_at <= ${cutoff}
        AND (${after?.deliveredAt ?? null}::timestamp IS NULL
             OR (delivered_at, id) > (${after?.deliveredAt ?? null}::timestamp, ${after?.id ?? null}::uuid))
      ORDER BY delivered_at, id
      LIMIT ${BATCH}`;
    for (const commitment of due) {
      const asked = await sendForCommitment(commitment.id, cutoff);
      if (asked === null) continue;
      sent.commitments += 1;
      sent.asked += asked;
    }
    if (due.length < BATCH) return sent;
    after = due[due.length - 1]!;
  }
}
