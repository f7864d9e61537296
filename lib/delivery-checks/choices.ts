// The answers to "Has this been delivered?", in a module free of zod so the browser's form shares them without
// shipping zod (tests/unit/client-bundle-imports.test.ts).
import type { DeliveryAnswer } from "@/lib/generated/prisma/enums";

/** The answers to "Has this been delivered?", in the order the form offers them. */
export const DELIVERY_ANSWERS = ["yes", "partly", "no"] as const satisfies readonly DeliveryAnswer[];

export const DELIVERY_ANSWER_LABELS: Record<DeliveryAnswer, string> = {
  yes: "Yes, it has been delivered",
  partly: "Partly: some of it has been delivered",
  no: "No, it has not been delivered",
};
