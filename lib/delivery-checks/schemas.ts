import { z } from "zod";
import type { DeliveryAnswer } from "@/lib/generated/prisma/enums";

/** The answers to "Has this been delivered?", in the order the form offers them. */
export const DELIVERY_ANSWERS = ["yes", "partly", "no"] as const satisfies readonly DeliveryAnswer[];

export const DELIVERY_ANSWER_LABELS: Record<DeliveryAnswer, string> = {
  yes: "Yes, it has been delivered",
  partly: "Partly: some of it has been delivered",
  no: "No, it has not been delivered",
};

export const CHOOSE_AN_ANSWER = "Select whether this has been delivered";
export const NO_SUCH_COMMITMENT = "We could not find that commitment.";
export const NOT_ASKED =
  "Only people who supported a question this commitment answers are asked whether it was delivered, and you were not asked about this one.";

/** An answer from the person asked; the commitment is bound on the answer page. */
export const deliveryAnswerSchema = z.object({
  commitmentId: z.uuid({ error: NO_SUCH_COMMITMENT }),
  answer: z.enum(DELIVERY_ANSWERS, { error: CHOOSE_AN_ANSWER }),
});

export type DeliveryAnswerInput = z.output<typeof deliveryAnswerSchema>;

/** Fewer answers than this and the counts are not shown: a handful of people is not "the public". */
export const MIN_ANSWERS_SHOWN = 10;
