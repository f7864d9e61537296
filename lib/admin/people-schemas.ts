import { z } from "zod";

const userId = z.uuid({ error: "Choose a person" });
const organisationId = z.coerce.number({ error: "Select an organisation from the list" }).int().positive("Select an organisation from the list");

export const changePlatformRoleSchema = z.object({
  userId,
  platformRole: z.enum(["citizen", "moderator", "admin"], { error: "Select a role from the list" }),
});

export const addMembershipSchema = z.object({
  userId,
  organisationId,
  role: z.enum(["member", "lead"], { error: "Select member or lead" }),
});

export const removeMembershipSchema = z.object({ userId, organisationId });

export const findPersonSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).optional(),
});
