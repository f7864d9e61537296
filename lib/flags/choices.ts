// The report form's choices and limit, in a module free of zod so the browser's form shares them without
// shipping zod (tests/unit/client-bundle-imports.test.ts).
import type { FlagCategory } from "@/lib/generated/prisma/enums";

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
