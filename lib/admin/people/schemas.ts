import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";
import { MembershipRole, PlatformRole } from "@/lib/generated/prisma/enums";

const userId = z.uuid({ error: "Choose a person" });
const organisationId = z.coerce
  .number({ error: "Select an organisation from the list" })
  .int()
  .positive("Select an organisation from the list");

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

export const findPersonSchema = z.object({
  email: plainText().trim().toLowerCase().max(254).optional(),
});
