import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";
import { FLAG_CATEGORIES, FLAG_CATEGORY_LABELS, FLAG_DETAILS_LIMIT } from "./choices";

export const SELECT_A_CATEGORY = "Select why you are reporting this";
export const OTHER_NEEDS_DETAILS = "Tell us what is wrong, because you chose Something else";
export const NOT_REPORTABLE = "We could not find that. It may have been removed.";

/** A report of a question, or of one of its comments (`commentId`). */
export const reportSchema = z
  .object({
    questionId: z.uuid({ error: NOT_REPORTABLE }),
    // Bound as "" when the question itself is reported.
    commentId: z
      .union([z.literal(""), z.uuid({ error: NOT_REPORTABLE })])
      .optional()
      .transform((id) => (id ? id : null)),
    category: z.enum(FLAG_CATEGORIES, { error: SELECT_A_CATEGORY }),
    details: plainText()
      .trim()
      .max(FLAG_DETAILS_LIMIT, `What you tell us must be ${FLAG_DETAILS_LIMIT} characters or fewer`)
      .optional()
      .transform((details) => (details ? details : null)),
  })
  .refine((report) => report.category !== "other" || report.details !== null, {
    path: ["details"],
    message: OTHER_NEEDS_DETAILS,
  });

export type ReportInput = z.output<typeof reportSchema>;

export { FLAG_CATEGORIES, FLAG_CATEGORY_LABELS, FLAG_DETAILS_LIMIT };
