import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";

export const REJECT_NEEDS_REASON = "Enter the reason you are not publishing it, which the author will see";
/** Short enough to fit, with the question's title, in the author's notification (500 characters). */
export const DECISION_REASON_LIMIT = 300;

/** A moderator's decision on a question waiting for moderation: publish it, or not (with a reason). */
export const questionDecisionSchema = z
  .object({
    questionId: z.uuid({ error: "This question is no longer waiting. Reload the page." }),
    decision: z.enum(["approve", "reject"], { error: "Select whether to publish the question" }),
    reason: plainText()
      .trim()
      .max(DECISION_REASON_LIMIT, `The reason must be ${DECISION_REASON_LIMIT} characters or fewer`)
      .nullish()
      .transform((reason) => (reason ? reason : null)),
  })
  .refine((input) => input.decision === "approve" || input.reason !== null, {
    path: ["reason"],
    message: REJECT_NEEDS_REASON,
  });

export type QuestionDecisionInput = z.output<typeof questionDecisionSchema>;
