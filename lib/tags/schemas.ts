import { z } from "zod";

/** The longest name of an organisation's own tag (partner_tag.name). */
export const PARTNER_TAG_NAME_LIMIT = 60;

export const NO_THEME = "Select at least one theme";
export const UNKNOWN_QUESTION = "That question does not exist.";

/** Checkboxes arrive as nothing (none ticked), one value or a list. */
const checkboxes = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

/**
 * A question's tags as partners set them: every theme it should have (by slug), every tag of the holding
 * organisation it should carry (by id), and optionally a new tag to create and add by name.
 */
export const questionTagsSchema = z.object({
  questionId: z.uuid({ error: UNKNOWN_QUESTION }),
  themes: checkboxes.pipe(z.array(z.string().max(60, "Select themes from the list")).min(1, NO_THEME)),
  partnerTags: checkboxes.pipe(
    z.array(
      z
        .string()
        .regex(/^[1-9][0-9]{0,8}$/, "Select tags from the list")
        .transform((id) => Number(id)),
    ),
  ),
  newPartnerTag: z
    .string()
    .trim()
    .max(PARTNER_TAG_NAME_LIMIT, `A tag must be ${PARTNER_TAG_NAME_LIMIT} characters or fewer`)
    .optional()
    .transform((value) => (value ? value : null)),
});

export type QuestionTagsInput = z.input<typeof questionTagsSchema>;
