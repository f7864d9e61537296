import { z } from "zod";
import { MAX_SERIAL_ID } from "@/lib/validation";
import { OrganisationKind } from "@/lib/generated/prisma/enums";
import { plainText } from "@/lib/text/plain-text";
import { slugField, withSlug } from "@/lib/text/slug";

/** The database's limits (prisma/schema.prisma, model Organisation). */
export const ORGANISATION_NAME_LIMIT = 120;
export const ORGANISATION_SLUG_LIMIT = 60;
export const ORGANISATION_DESCRIPTION_LIMIT = 1000;

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  council: "Council",
  university: "University",
  industry: "Industry",
};

const organisationFields = z.object({
  name: plainText({ error: "Enter the organisation's name" })
    .trim()
    .min(1, "Enter the organisation's name")
    .max(ORGANISATION_NAME_LIMIT, `Name must be ${ORGANISATION_NAME_LIMIT} characters or fewer`),
  slug: slugField(ORGANISATION_SLUG_LIMIT),
  kind: z.enum(OrganisationKind, { error: "Select the kind of organisation" }),
  description: plainText({ error: "Enter a description" })
    .trim()
    .min(1, "Enter a description")
    .max(ORGANISATION_DESCRIPTION_LIMIT, `Description must be ${ORGANISATION_DESCRIPTION_LIMIT} characters or fewer`),
});

const organisationId = z.coerce
  .number({ error: "Choose an organisation" })
  .int()
  .positive("Choose an organisation")
  .max(MAX_SERIAL_ID, "Choose an organisation");

/**
 * What an administrator types for a new organisation. The short name for web addresses may be left empty: it is
 * then made from the name. Whether the name or the short name is taken is decided by the database's unique keys
 * (lib/organisations/service.ts), not here.
 */
export const organisationSchema = organisationFields.transform((input, context) =>
  withSlug(input, context, ORGANISATION_SLUG_LIMIT),
);

export type OrganisationInput = z.output<typeof organisationSchema>;

/** The same fields for an organisation that exists, named by its id (bound to the form's action). */
export const updateOrganisationSchema = organisationFields
  .extend({ organisationId })
  .transform((input, context) => withSlug(input, context, ORGANISATION_SLUG_LIMIT));

export type UpdateOrganisationInput = z.output<typeof updateOrganisationSchema>;

export const organisationIdSchema = z.object({ organisationId });

/** The id in an organisation page's address; anything else is no organisation. */
export const organisationPageIdSchema = z.coerce.number().int().positive().max(MAX_SERIAL_ID);

/** The kinds an organisation may be, as a form's options. */
export const ORGANISATION_KIND_OPTIONS = Object.entries(ORGANISATION_KIND_LABELS).map(([value, label]) => ({
  value,
  label,
}));

/** A form's character limits: the database's. */
export const ORGANISATION_LIMITS = {
  name: ORGANISATION_NAME_LIMIT,
  slug: ORGANISATION_SLUG_LIMIT,
  description: ORGANISATION_DESCRIPTION_LIMIT,
};
