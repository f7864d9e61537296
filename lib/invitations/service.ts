import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/service";
import { requireFreshProof } from "@/lib/accounts/sessions";
import { hashToken } from "@/lib/accounts/tokens";
import { formatDate } from "@/lib/format";
import { enqueue } from "@/lib/jobs/enqueue";
import { appUrl, invitationMail } from "@/lib/mail/templates";
import { recordSecurityEvent } from "@/lib/security-events/service";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { teamManagementAccess } from "@/lib/memberships/policy";
import { lockOrganisation } from "@/lib/organisations/active";
import {
  INVITATION_NOT_VALID,
  INVITATION_STATE_MESSAGES,
  invitationAddressAccess,
  invitationState,
  ORGANISATION_NOT_ACTIVE,
} from "./policy";
import {
  INVITATION_LIFETIME_MS,
  invitationPath,
  type acceptInvitationSchema,
  type inviteSchema,
  type withdrawInvitationSchema,
} from "./schemas";

/**
 * The organisation's row, locked against a deactivation running at the same moment (which updates it), so an
 * invitation cannot be sent to, or used for, an organisation that is being closed. NO KEY UPDATE, which the
 * new invitation's foreign key check (KEY SHARE) does not wait for, also puts two invitations to the same
 * organisation one after the other, so re-inviting twice at once leaves one waiting invitation.
 */
async function lockInvitingOrganisation(
  tx: Prisma.TransactionClient,
  organisationId: number,
  strength: "NO KEY UPDATE" | "SHARE",
): Promise<{ id: number; name: string }> {
  const organisation = await lockOrganisation(tx, organisationId, strength);
  if (!organisation) throw new NotFound("We could not find that organisation.");
  if (!organisation.active) throw new Conflict(ORGANISATION_NOT_ACTIVE);
  return { id: organisation.id, name: organisation.name };
}

/**
 * Emails an invitation to join an organisation (admins: any; leads: their own). The link's token is 32 random
 * bytes; only its SHA-256 is stored, and the mail is queued in this transaction. An earlier invitation still
 * waiting for the same address and organisation is withdrawn, so only the newest link works.
 */
export async function inviteToOrganisation(
  actor: Actor | null,
  input: z.infer<typeof inviteSchema>,
): Promise<{ invitationId: string }> {
  requirePermission(actor, "membership.invite");
  requireFreshProof(actor);
  assertAllowed(teamManagementAccess(actor, input.organisationId));
  return db.$transaction(async (tx) => {
    const organisation = await lockInvitingOrganisation(tx, input.organisationId, "NO KEY UPDATE");
    const alreadyMember = await tx.organisationMembership.findFirst({
      where: { organisationId: organisation.id, user: { email: input.email, status: { not: "deleted" } } },
      select: { role: true },
    });
    if (alreadyMember) {
      throw new Invalid(`${input.email} is already a ${alreadyMember.role} of ${organisation.name}.`, {
        email: `${input.email} is already a ${alreadyMember.role} of ${organisation.name}.`,
      });
    }
    const now = new Date();
    const replaced = await tx.organisationInvitation.updateManyAndReturn({
      where: {
        organisationId: organisation.id,
        email: input.email,
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: now },
      },
      data: { revokedAt: now, revokedById: actor.id },
      select: { id: true },
    });
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
    const invitation = await tx.organisationInvitation.create({
      data: {
        organisationId: organisation.id,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedById: actor.id,
        createdAt: now,
        expiresAt,
      },
      select: { id: true },
    });
    await enqueue(
      tx,
      "send-mail",
      invitationMail(input.email, {
        organisationName: organisation.name,
        role: input.role,
        invitedBy: actor.displayName,
        expiresOn: formatDate(expiresAt),
        url: appUrl(invitationPath(token)),
      }),
    );
    // The token never goes into the log: the address, the role and what it replaced are enough to follow it.
    await recordAudit(tx, {
      actorId: actor.id,
      action: "invitation.sent",
      targetType: "organisation_invitation",
      targetId: invitation.id,
      after: {
        organisationId: organisation.id,
        email: input.email,
        role: input.role,
        expiresAt: expiresAt.toISOString(),
        ...(replaced.length ? { withdrewEarlier: replaced.map((r) => r.id) } : {}),
      },
    });
    return { invitationId: invitation.id };
  });
}

/** Withdraws an invitation still waiting to be used: its link stops working at once. */
export async function withdrawInvitation(
  actor: Actor | null,
  input: z.infer<typeof withdrawInvitationSchema>,
): Promise<void> {
  requirePermission(actor, "membership.invite");
  requireFreshProof(actor);
  const invitation = await db.organisationInvitation.findUnique({
    where: { id: input.invitationId },
    select: { organisationId: true, email: true },
  });
  if (!invitation) throw new NotFound("We could not find that invitation.");
  assertAllowed(teamManagementAccess(actor, invitation.organisationId));
  await db.$transaction(async (tx) => {
    // Conditional, so a withdrawal racing with the person joining leaves exactly one of the two done.
    const withdrawn = await tx.organisationInvitation.updateMany({
      where: { id: input.invitationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date(), revokedById: actor.id },
    });
    if (withdrawn.count === 0) throw new Conflict("That invitation has already been used or withdrawn.");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "invitation.withdrawn",
      targetType: "organisation_invitation",
      targetId: input.invitationId,
      before: { organisationId: invitation.organisationId, email: invitation.email },
    });
  });
}

/**
 * Joins an organisation from an emailed invitation: the signed-in person's address must be the one it was sent
 * to. The link is used by one conditional UPDATE (unused, not withdrawn, unexpired), so two tabs or two people
 * cannot both use it; the membership (or its new role), the audit row and the security event are written in
 * the same transaction. Returns the organisation joined.
 */
export async function acceptInvitation(
  actor: Actor | null,
  input: z.infer<typeof acceptInvitationSchema>,
): Promise<{ organisationId: number; organisationName: string; role: MembershipRole }> {
  requirePermission(actor, "invitation.accept");
  return db.$transaction(async (tx) => {
    const invitation = await tx.organisationInvitation.findUnique({
      where: { tokenHash: hashToken(input.token) },
      select: {
        id: true,
        organisationId: true,
        email: true,
        role: true,
        expiresAt: true,
        acceptedAt: true,
        revokedAt: true,
      },
    });
    if (!invitation) throw new Invalid(INVITATION_NOT_VALID);
    assertAllowed(invitationAddressAccess(actor, invitation));
    const state = invitationState(invitation, new Date());
    if (state !== "waiting") throw new Invalid(INVITATION_STATE_MESSAGES[state]);
    const organisation = await lockInvitingOrganisation(tx, invitation.organisationId, "SHARE");
    const used = await tx.$executeRaw`
      UPDATE organisation_invitation SET accepted_at = now(), accepted_by_id = ${actor.id}::uuid
      WHERE id = ${invitation.id}::uuid AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`;
    // Another tab (or a withdrawal) got there first, while this one waited for the row.
    if (used === 0) throw new Invalid(INVITATION_STATE_MESSAGES.used);
    const before = await tx.organisationMembership.findUnique({
      where: { userId_organisationId: { userId: actor.id, organisationId: organisation.id } },
      select: { role: true },
    });
    await tx.organisationMembership.upsert({
      where: { userId_organisationId: { userId: actor.id, organisationId: organisation.id } },
      create: { userId: actor.id, organisationId: organisation.id, role: invitation.role },
      update: { role: invitation.role },
    });
    // The token came to this address and the person holding it is signed in to the account with that address:
    // that proves they read the inbox, as a confirmation link does, so an unconfirmed address counts as
    // confirmed from now on.
    await tx.user.updateMany({
      where: { id: actor.id, emailVerifiedAt: null },
      data: { emailVerifiedAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "invitation.accepted",
      targetType: "organisation_invitation",
      targetId: invitation.id,
      before: before ? { role: before.role } : undefined,
      after: { organisationId: organisation.id, userId: actor.id, role: invitation.role },
    });
    await recordSecurityEvent({ kind: "invitation_used", userId: actor.id, email: actor.email }, tx);
    return { organisationId: organisation.id, organisationName: organisation.name, role: invitation.role };
  });
}
