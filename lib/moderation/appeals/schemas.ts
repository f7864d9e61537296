import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";

/** The most an appeal may say (moderation_appeal.body is varchar(2000)). */
export const APPEAL_MAX = 2000;

export const ENTER_APPEAL = "Enter why a different moderator should look at this again";
export const APPEAL_NOT_FOUND = "We could not find that. It may have been removed.";

/** An author's appeal against a moderator's decision on their question, or on their comment (`commentId`). */
export const appealSchema = z.object({
  questionId: z.uuid({ error: APPEAL_NOT_FOUND }),
  // Bound as "" when the question itself is appealed.
  commentId: z
    .union([z.literal(""), z.uuid({ error: APPEAL_NOT_FOUND })])
    .optional()
    .transform((id) => (id ? id : null)),
  body: plainText({ error: ENTER_APPEAL })
    .trim()
    .min(1, ENTER_APPEAL)
    .max(APPEAL_MAX, `Your appeal must be ${APPEAL_MAX.toLocaleString("en-GB")} characters or fewer`),
});

export type AppealInput = z.output<typeof appealSchema>;
