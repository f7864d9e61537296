import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";
import { SLUG_PATTERN } from "@/lib/text/slug";
import { QuestionStatus } from "@/lib/generated/prisma/enums";
import { BODY_MAX, BODY_MIN, THEMES_MAX, TITLE_MAX, TITLE_MIN } from "./limits";

export { BODY_MAX, TITLE_MAX } from "./limits";

const checkboxList = z
  .union([z.string(), z.array(z.string())], { error: "Select at least one theme" })
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

export const questionSchema = z.object({
  title: plainText({ error: "Enter your question or idea" })
    .trim()
    .min(1, "Enter your question or idea")
    .min(TITLE_MIN, `Your question must be ${TITLE_MIN} characters or more`)
    .max(TITLE_MAX, `Your question must be ${TITLE_MAX} characters or fewer`),
  body: plainText({ error: "Enter the details" })
    .trim()
    .min(1, "Enter the details")
    .min(BODY_MIN, `The details must be ${BODY_MIN} characters or more`)
    .max(BODY_MAX, `The details must be ${BODY_MAX.toLocaleString("en-GB")} characters or fewer`),
  themes: checkboxList.pipe(
    z
      .array(z.string().max(60), { error: "Select at least one theme" })
      .min(1, "Select at least one theme")
      .max(THEMES_MAX, `Select no more than ${THEMES_MAX} themes`),
  ),
  district: z
    .string({ error: "Select a district from the list" })
    .max(60, "Select a district from the list")
    .optional()
    .transform((value) => (value ? value : null)),
});

export type QuestionInput = z.infer<typeof questionSchema>;

export const questionIdSchema = z.object({ questionId: z.uuid({ error: "That question does not exist" }) });

/** What the support button hears back: the count the server now holds, or why it refused. */
export type SupportResult = { ok: true; supportCount: number; supported: boolean } | { ok: false; message: string };

export const SORTS = ["supported", "trending", "newest", "waiting"] as const;
export type Sort = (typeof SORTS)[number];

/** A theme, district or organisation named by its slug; anything not shaped like one (a NUL byte, say) is no filter. */
const slugFilter = z.string().max(60).regex(SLUG_PATTERN).optional().catch(undefined);

/** Browse and search parameters, from the URL. Anything unknown falls back to the default rather than failing. */
export const browseSchema = z.object({
  q: plainText()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((v) => (v ? v : undefined)),
  sort: z.enum(SORTS).optional().catch(undefined),
  theme: slugFilter,
  district: slugFilter,
  status: z.enum(QuestionStatus).optional().catch(undefined),
  /** An organisation's slug: the questions it has answered in public. */
  organisation: slugFilter,
  after: z.string().max(300).optional().catch(undefined),
});

export type BrowseParams = Partial<z.infer<typeof browseSchema>>;
