import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isForeignKeyViolation, isUniqueViolation } from "@/lib/db-errors";
import { Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";
import { lockActiveOrganisation, NOT_AN_ACTIVE_ORGANISATION } from "@/lib/organisations/active";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/service";
import { memberRemovalAccess, teamManagementAccess } from "@/lib/memberships/policy";
import { lockAdministrators } from "./administrators";
import { requireFreshProof } from "@/lib/accounts/sessions";
import type {
  addMembershipSchema,
  changeMembershipRoleSchema,
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

export const LAST_ADMIN =
  "You are the only administrator. Make someone else an administrator first, then you can change your own role.";
export const LAST_ADMIN_TARGET =
  "That person is the only administrator, so their role cannot change. Make someone else an administrator first.";
export const NO_LONGER_ADMIN = "You are no longer an administrator, so you cannot change roles.";

/**
 * Makes a person a citizen, moderator or admin; an administrator may change their own role too (step down to
 * moderator, say). Nobody may take away the last administrator: decided with the administrators' rows locked,
 * so two administrators demoting each other (or themselves) at the same moment cannot leave none.
 */
export async function changePlatformRole(
  actor: Actor | null,
  input: z.infer<typeof changePlatformRoleSchema>,
): Promise<void> {
  requirePermission(actor, "admin.changePlatformRole");
  requireFreshProof(actor);
  await db.$transaction(async (tx) => {
    const admins = await lockAdministrators(tx);
    // The actor was loaded at the start of the request: one demoted a moment ago may no longer change roles.
    if (!admins.includes(actor.id)) throw new Forbidden(NO_LONGER_ADMIN);
    const before = await tx.user.findFirst({
      where: { id: input.userId, status: { not: "deleted" } },
      select: { platformRole: true },
    });
    if (!before) throw new NotFound("We could not find that person.");
    if (before.platformRole === input.platformRole) return;
    if (before.platformRole === "admin" && admins.length <= 1) {
      throw new Conflict(input.userId === actor.id ? LAST_ADMIN : LAST_ADMIN_TARGET);
    }
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

/**
 * Removes a person from an organisation: administrators in any organisation, leads in their own
 * (lib/memberships/policy.ts). The organisation's lead rows are locked first, so two leads removing each other
 * at once run one after the other, and a lead cannot leave an organisation they are the last lead of. The
 * person loses the organisation's inbox on their next request.
 */
export async function removeMembership(
  actor: Actor | null,
  input: z.infer<typeof removeMembershipSchema>,
): Promise<void> {
  requirePermission(actor, "membership.remove");
  requireFreshProof(actor);
  assertAllowed(teamManagementAccess(actor, input.organisationId));
  await db.$transaction(async (tx) => {
    const leads = await tx.$queryRaw<{ user_id: string }[]>`
      SELECT user_id FROM organisation_membership
      WHERE organisation_id = ${input.organisationId} AND role = 'lead' ORDER BY user_id FOR UPDATE`;
    assertAllowed(
      memberRemovalAccess(actor, {
        organisationId: input.organisationId,
        userId: input.userId,
        leadIds: leads.map((lead) => lead.user_id),
      }),
    );
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

/** Makes a member of an organisation a lead, or a lead a member (administrators). */
export async function changeMembershipRole(
  actor: Actor | null,
  input: z.infer<typeof changeMembershipRoleSchema>,
): Promise<void> {
  requirePermission(actor, "admin.manageMemberships");
  requireFreshProof(actor);
  await db.$transaction(async (tx) => {
    const key = { userId_organisationId: { userId: input.userId, organisationId: input.organisationId } };
    const before = await tx.organisationMembership.findUnique({ where: key, select: { role: true } });
    if (!before) throw new NotFound("That person is not a member of that organisation.");
    if (before.role === input.role) return;
    await tx.organisationMembership.update({ where: key, data: { role: input.role } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "membership.role_changed",
      targetType: "user",
      targetId: input.userId,
      before: { organisationId: input.organisationId, role: before.role },
      after: { organisationId: input.organisationId, role: input.role },
    });
  });
}
