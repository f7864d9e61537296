import { z } from "zod";
import { MAX_SERIAL_ID } from "@/lib/validation";
import { plainText } from "@/lib/text/plain-text";
import { MembershipRole, PlatformRole } from "@/lib/generated/prisma/enums";

const userId = z.uuid({ error: "Choose a person" });
const organisationId = z.coerce
  .number({ error: "Select an organisation from the list" })
  .int()
  .positive("Select an organisation from the list")
  .max(MAX_SERIAL_ID, "Select an organisation from the list");

export const changePlatformRoleSchema = z.object({
  userId,
  platformRole: z.enum(PlatformRole, { error: "Select a role from the list" }),
});

export const addMembershipSchema = z.object({
  userId,
  organisationId,
  role: z.enum(MembershipRole, { error: "Select member or lead" }),
});

export const removeMembershipSchema = z.object({ userId, organisationId });

/** Making a member a lead, or a lead a member (administrators). */
export const changeMembershipRoleSchema = z.object({
  userId,
  organisationId,
  role: z.enum(MembershipRole, { error: "Select member or lead" }),
});

/** The search form, sent by POST so the address never appears in a URL, a log or a Referer. */
export const findPersonSchema = z.object({
  email: plainText({ error: "Enter an email address" })
    .trim()
    .toLowerCase()
    .min(1, "Enter an email address")
    .max(254, "Email address must be 254 characters or fewer"),
});

/**
 * The page's address names the person found by their opaque id only; anything else shows no one. `removed`
 * names the organisation a membership was just removed from, for the banner that says so.
 */
export const personPageSchema = z.object({
  person: z.uuid().optional().catch(undefined),
  removed: z.coerce.number().int().positive().max(MAX_SERIAL_ID).optional().catch(undefined),
});

/** The "are you sure?" page before removing a membership: whose, and from which organisation. */
export const removeMembershipPageSchema = z.object({
  person: z.uuid().optional().catch(undefined),
  organisation: z.coerce.number().int().positive().max(MAX_SERIAL_ID).optional().catch(undefined),
});

export function removeMembershipPath(userId: string, organisationId: number): string {
  return `/admin/people/remove-membership?person=${userId}&organisation=${organisationId}`;
}
