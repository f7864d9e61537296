import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { Forbidden, NotFound } from "@/lib/errors";
import type { DeliveryAnswer } from "@/lib/generated/prisma/enums";
import { NO_SUCH_COMMITMENT, NOT_ASKED, type DeliveryAnswerInput } from "./schemas";

/**
 * Records (or changes) the person's answer to "Has this been delivered?". One statement on the person's own
 * row, keyed by (commitment, person): answering twice at once, or changing the answer, leaves one row with
 * the last answer. Someone who was not asked is refused and nothing changes.
 */
export async function answerDeliveryCheck(
  actor: Actor | null,
  input: DeliveryAnswerInput,
): Promise<{ answer: DeliveryAnswer }> {
  requirePermission(actor, "commitment.answerDeliveryCheck");
  const rows = await db.$queryRaw<{ answer: DeliveryAnswer }[]>`
    UPDATE delivery_check SET answer = ${input.answer}::"DeliveryAnswer", answered_at = now()
    WHERE commitment_id = ${input.commitmentId}::uuid AND user_id = ${actor.id}::uuid
    RETURNING answer`;
  const row = rows[0];
  if (row) return { answer: row.answer };
  const commitment = await db.commitment.findUnique({ where: { id: input.commitmentId }, select: { id: true } });
  if (!commitment) throw new NotFound(NO_SUCH_COMMITMENT);
  throw new Forbidden(NOT_ASKED);
}
