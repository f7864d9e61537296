import { z } from "zod";
import { MAX_SERIAL_ID } from "@/lib/validation";
import { plainText } from "@/lib/text/plain-text";
import { slugField, withSlug } from "@/lib/text/slug";

/** The database's limits (prisma/schema.prisma, model Theme). */
export const THEME_NAME_LIMIT = 80;
export const THEME_SLUG_LIMIT = 60;
export const THEME_DESCRIPTION_LIMIT = 500;

const themeFields = z.object({
  name: plainText({ error: "Enter the theme's name" })
    .trim()
    .min(1, "Enter the theme's name")
    .max(THEME_NAME_LIMIT, `Name must be ${THEME_NAME_LIMIT} characters or fewer`),
  slug: slugField(THEME_SLUG_LIMIT),
  description: plainText({ error: "Enter a description" })
    .trim()
    .min(1, "Enter a description")
    .max(THEME_DESCRIPTION_LIMIT, `Description must be ${THEME_DESCRIPTION_LIMIT} characters or fewer`),
});

const themeId = z.coerce
  .number({ error: "Choose a theme" })
  .int()
  .positive("Choose a theme")
  .max(MAX_SERIAL_ID, "Choose a theme");

/**
 * A new theme: its name, its short name for web addresses (made from the name when left empty) and the
 * description people see when choosing themes. The database's unique keys decide whether either name is taken.
 */
export const themeSchema = themeFields.transform((input, context) => withSlug(input, context, THEME_SLUG_LIMIT));

export type ThemeInput = z.output<typeof themeSchema>;

/** A theme renamed or described anew, named by its id (bound to the form's action). */
export const updateThemeSchema = themeFields
  .extend({ themeId })
  .transform((input, context) => withSlug(input, context, THEME_SLUG_LIMIT));

export type UpdateThemeInput = z.output<typeof updateThemeSchema>;

export const themeIdSchema = z.object({ themeId });

/** The id in a theme page's address; anything else is no theme. */
export const themePageIdSchema = z.coerce.number().int().positive().max(MAX_SERIAL_ID);

/** A form's character limits: the database's. */
export const THEME_LIMITS = { name: THEME_NAME_LIMIT, slug: THEME_SLUG_LIMIT, description: THEME_DESCRIPTION_LIMIT };
