import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isForeignKeyViolation, isUniqueViolation } from "@/lib/db-errors";
import { Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";
import { lockActiveOrganisation, NOT_AN_ACTIVE_ORGANISATION } from "@/lib/organisations/active";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/service";
import { requireFreshProof } from "@/lib/accounts/sessions";
import type {
  addMembershipSchema,
  changePlatformRoleSchema,
  findPersonSchema,
  removeMembershipSchema,
} from "./schemas";

/** What a search that found no one says: what was searched for, and how to search instead. */
export function noOneMatches(email: string): string {
  return `No people match '${email}'. Check the spelling, or search by the person's full email address`;
}

/**
 * The id of the person with this exact email address, for an administrator's search. A POST turns the
 * address into an opaque id, so the page's URL (history, logs, Referer) holds no personal data.
 */
export async function findPersonIdByEmail(
  actor: Actor | null,
  input: z.infer<typeof findPersonSchema>,
): Promise<string> {
  requirePermission(actor, "admin.changePlatformRole");
  const person = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (!person) throw new NotFound(noOneMatches(input.email));
  return person.id;
}

/** Makes a person a citizen, moderator or admin. An admin cannot change their own role (no self-lock-out). */
export async function changePlatformRole(
  actor: Actor | null,
  input: z.infer<typeof changePlatformRoleSchema>,
): Promise<void> {
  requirePermission(actor, "admin.changePlatformRole");
  requireFreshProof(actor);
  if (input.userId === actor.id) throw new Forbidden("You cannot change your own role. Ask another administrator.");
  await db.$transaction(async (tx) => {
    const before = await tx.user.findFirst({
      where: { id: input.userId, status: { not: "deleted" } },
      select: { platformRole: true },
    });
    if (!before) throw new NotFound("We could not find that person.");
    if (before.platformRole === input.platformRole) return;
    await tx.user.update({ where: { id: input.userId }, data: { platformRole: input.platformRole } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.role_changed",
      targetType: "user",
      targetId: input.userId,
      before,
      after: { platformRole: input.platformRole },
    });
  });
}

export async function addMembership(actor: Actor | null, input: z.infer<typeof addMembershipSchema>): Promise<void> {
  requirePermission(actor, "admin.manageMemberships");
  requireFreshProof(actor);
  try {
    await db.$transaction(async (tx) => {
      const person = await tx.user.findFirst({
        where: { id: input.userId, status: { not: "deleted" } },
        select: { id: true },
      });
      if (!person) throw new NotFound("We could not find that person.");
      if (!(await lockActiveOrganisation(tx, input.organisationId)))
        throw new Invalid(NOT_AN_ACTIVE_ORGANISATION, { organisationId: NOT_AN_ACTIVE_ORGANISATION });
      await tx.organisationMembership.create({
        data: { userId: input.userId, organisationId: input.organisationId, role: input.role },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "membership.added",
        targetType: "user",
        targetId: input.userId,
        after: { organisationId: input.organisationId, role: input.role },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict("That person is already a member of that organisation.");
    if (isForeignKeyViolation(error)) throw new NotFound("We could not find that organisation.");
    throw error;
  }
}

/** Removes a membership; the person loses the organisation's inbox on their next request. */
export async function removeMembership(
  actor: Actor | null,
  input: z.infer<typeof removeMembershipSchema>,
): Promise<void> {
  requirePermission(actor, "admin.manageMemberships");
  requireFreshProof(actor);
  await db.$transaction(async (tx) => {
    const removed = await tx.organisationMembership.deleteMany({
      where: { userId: input.userId, organisationId: input.organisationId },
    });
    if (removed.count === 0) throw new NotFound("That person is not a member of that organisation.");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "membership.removed",
      targetType: "user",
      targetId: input.userId,
      before: { organisationId: input.organisationId },
    });
  });
}
