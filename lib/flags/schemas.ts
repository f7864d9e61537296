import { z } from "zod";
import type { FlagCategory } from "@/lib/generated/prisma/enums";
import { plainText } from "@/lib/text/plain-text";

/** The reasons a person may give for reporting a post, in the order the form offers them. */
export const FLAG_CATEGORIES = [
  "spam",
  "offensive",
  "personal_information",
  "off_topic",
  "other",
] as const satisfies readonly FlagCategory[];

export const FLAG_CATEGORY_LABELS: Record<FlagCategory, string> = {
  spam: "It is spam or advertising",
  offensive: "It is offensive, abusive or hateful",
  personal_information: "It shares someone's personal information",
  off_topic: "It is not about this question",
  other: "Something else",
};

/** What a report may say in "Tell us more" (the column holds 1,000; a moderator reads it at a glance). */
export const FLAG_DETAILS_LIMIT = 500;

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
