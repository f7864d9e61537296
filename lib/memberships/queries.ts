import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed, isAdmin } from "@/lib/auth/policy";
import { newestFirstPage, olderThan, type KeysetPage } from "@/lib/keyset";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { teamManagementAccess } from "./policy";

const PAGE_SIZE = 50;

/**
 * The organisations whose team this person may look after: every organisation for an administrator, those
 * they lead for anyone else (none for a member who leads nothing).
 */
export const teamsManagedBy = cache(function teamsManagedBy(actor: Actor) {
  return db.organisation.findMany({
    where: isAdmin(actor)
      ? {}
      : { id: { in: actor.memberships.filter((m) => m.role === "lead").map((m) => m.organisationId) } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, deactivatedAt: true },
  });
});

export interface TeamMember {
  userId: string;
  displayName: string;
  email: string | null;
  role: MembershipRole;
  since: Date;
}

export interface WaitingInvitation {
  id: string;
  email: string;
  role: MembershipRole;
  invitedBy: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface Team {
  members: KeysetPage<TeamMember>;
  invitations: KeysetPage<WaitingInvitation>;
}

/**
 * An organisation's members (newest first) and the invitations still waiting to be used, a keyset page of
 * each: for its leads and administrators only (the same rule as inviting).
 */
export async function getTeam(
  actor: Actor | null,
  organisationId: number,
  cursors: { members?: string; invitations?: string } = {},
  now = new Date(),
): Promise<Team> {
  requirePermission(actor, "membership.invite");
  assertAllowed(teamManagementAccess(actor, organisationId));
  const [members, invitations] = await Promise.all([
    db.organisationMembership.findMany({
      where: { organisationId, ...olderThan(cursors.members, "userId") },
      orderBy: [{ createdAt: "desc" }, { userId: "desc" }],
      take: PAGE_SIZE + 1,
      select: { userId: true, role: true, createdAt: true, user: { select: { displayName: true, email: true } } },
    }),
    db.organisationInvitation.findMany({
      where: {
        organisationId,
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: now },
        ...olderThan(cursors.invitations, "id"),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PAGE_SIZE + 1,
      select: {
        id: true,
        email: true,
        role: true,
        createdAt: true,
        expiresAt: true,
        invitedBy: { select: { displayName: true } },
      },
    }),
  ]);
  return {
    members: newestFirstPage(
      members.map((m) => ({
        userId: m.userId,
        displayName: m.user.displayName,
        email: m.user.email,
        role: m.role,
        since: m.createdAt,
      })),
      PAGE_SIZE,
      (m) => ({ at: m.since, id: m.userId }),
    ),
    invitations: newestFirstPage(
      invitations.map((i) => ({
        id: i.id,
        email: i.email,
        role: i.role,
        invitedBy: i.invitedBy.displayName,
        createdAt: i.createdAt,
        expiresAt: i.expiresAt,
      })),
      PAGE_SIZE,
      (i) => ({ at: i.createdAt, id: i.id }),
    ),
  };
}

/** One member of the organisation, for the "are you sure?" step before removing them; null when not a member. */
export const findMember = cache(function findMember(organisationId: number, userId: string) {
  return db.organisationMembership.findUnique({
    where: { userId_organisationId: { userId, organisationId } },
    select: { role: true, user: { select: { id: true, displayName: true } } },
  });
});
