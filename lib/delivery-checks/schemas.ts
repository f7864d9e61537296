import { z } from "zod";
import { DELIVERY_ANSWERS, DELIVERY_ANSWER_LABELS } from "./choices";

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

export { DELIVERY_ANSWERS, DELIVERY_ANSWER_LABELS };
