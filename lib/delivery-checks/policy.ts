// The row rule for answering "Has this been delivered?": only a person who was asked, that is who has a
// delivery_check row for the commitment, answers it. Used by the answer page and by the service (whose
// UPDATE is scoped to the person's own row, so the rule holds in the statement as well).
import type { Actor } from "@/lib/auth/actor";

export interface DeliveryCheckRow {
  userId: string;
}

export function mayAnswerDeliveryCheck(actor: Actor | null, check: DeliveryCheckRow | null): boolean {
  return actor !== null && check !== null && check.userId === actor.id;
}
