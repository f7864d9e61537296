import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { SESSION_POLICY } from "@/lib/auth/session-policy";
import { signOutEverywhere } from "@/lib/accounts/service";
import { confirmIdentity, CONFIRM_WRONG_PASSWORD, endSession, startSession } from "@/lib/accounts/sessions";
import { deleteAccount } from "@/lib/accounts/your-data/service";
import { hashPassword } from "@/lib/accounts/password";
import { addMembership, changePlatformRole, removeMembership } from "@/lib/admin/people/service";
import { Invalid, ProofNeeded, RateLimited } from "@/lib/errors";
import type { PlatformRole } from "@/lib/generated/prisma/enums";
import { createOrganisation, createUser } from "../support/fixtures";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const password = "correct horse battery staple";

async function person(platformRole: PlatformRole = "citizen") {
  const user = await createUser({ platformRole });
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  return user;
}

/** Opens a session as signing in does, and returns the claims its token would carry. */
async function signIn(userId: string) {
  return { userId, sessionVersion: 0, sessionId: await startSession(userId) };
}

async function backdate(
  sessionId: string,
  fields: { lastSeenAt?: number; createdAt?: number; authenticatedAt?: number },
) {
  const ago = (ms: number | undefined) => (ms === undefined ? undefined : new Date(Date.now() - ms));
  await db.session.update({
    where: { id: sessionId },
    data: {
      lastSeenAt: ago(fields.lastSeenAt),
      createdAt: ago(fields.createdAt),
      authenticatedAt: ago(fields.authenticatedAt),
    },
  });
}

async function actorWithProofAged(userId: string, ms: number): Promise<Actor> {
  const claims = await signIn(userId);
  await backdate(claims.sessionId, { authenticatedAt: ms });
  return (await loadActor(claims))!;
}

describe("signing out ends the session on the server", () => {
  it("refuses a copied token after sign-out, while the person's other sessions carry on", async () => {
    const user = await person();
    const laptop = await signIn(user.id);
    const phone = await signIn(user.id);
    const actor = await loadActor(laptop);
    expect(actor?.id).toBe(user.id);

    await endSession(actor);

    expect(await loadActor(laptop)).toBeNull(); // the same cookie, replayed from anywhere
    expect((await loadActor(phone))?.id).toBe(user.id);
  });

  it("refuses a token naming a session of somebody else, or one that never existed", async () => {
    const owner = await person();
    const other = await person();
    const session = await signIn(owner.id);
    expect(await loadActor({ ...session, userId: other.id })).toBeNull();
    expect(await loadActor({ userId: owner.id, sessionVersion: 0, sessionId: randomUUID() })).toBeNull();
  });

  it("signing out everywhere ends every session row as well as moving the version on", async () => {
    const user = await person();
    const laptop = await signIn(user.id);
    const phone = await signIn(user.id);
    await signOutEverywhere(await loadActor(laptop));
    expect(await loadActor(phone)).toBeNull();
    expect(await db.session.count({ where: { userId: user.id, endedAt: null } })).toBe(0);
  });
});

describe("sessions expire", () => {
  it("after a citizen's inactivity limit", async () => {
    const user = await person();
    const idle = await signIn(user.id);
    const recent = await signIn(user.id);
    await backdate(idle.sessionId, { lastSeenAt: SESSION_POLICY.citizen.idleSeconds * 1000 + MINUTE });
    await backdate(recent.sessionId, { lastSeenAt: SESSION_POLICY.citizen.idleSeconds * 1000 - DAY });
    expect(await loadActor(idle)).toBeNull();
    expect(await loadActor(recent)).not.toBeNull();
  });

  it("after a much shorter inactivity for staff: moderators, administrators and partner members", async () => {
    const organisation = await createOrganisation();
    const moderator = await person("moderator");
    const admin = await person("admin");
    const partner = await person();
    await db.organisationMembership.create({ data: { userId: partner.id, organisationId: organisation.id } });
    const citizen = await person();
    const idleFor = SESSION_POLICY.staff.idleSeconds * 1000 + MINUTE;
    expect(idleFor).toBeLessThan(SESSION_POLICY.citizen.idleSeconds * 1000);
    for (const staff of [moderator, admin, partner]) {
      const session = await signIn(staff.id);
      await backdate(session.sessionId, { lastSeenAt: idleFor });
      expect(await loadActor(session)).toBeNull();
    }
    const session = await signIn(citizen.id);
    await backdate(session.sessionId, { lastSeenAt: idleFor });
    expect(await loadActor(session)).not.toBeNull();
  });

  it("at the absolute limit however active, shorter for staff", async () => {
    const citizen = await person();
    const old = await signIn(citizen.id);
    await backdate(old.sessionId, { createdAt: SESSION_POLICY.citizen.absoluteSeconds * 1000 + MINUTE });
    expect(await loadActor(old)).toBeNull();

    const moderator = await person("moderator");
    const shift = await signIn(moderator.id);
    await backdate(shift.sessionId, { createdAt: SESSION_POLICY.staff.absoluteSeconds * 1000 + MINUTE });
    expect(await loadActor(shift)).toBeNull();
    const young = await signIn(moderator.id);
    await backdate(young.sessionId, { createdAt: SESSION_POLICY.staff.absoluteSeconds * 1000 - 60 * MINUTE });
    expect(await loadActor(young)).not.toBeNull();
  });

  it("marks a session as seen at most once a minute", async () => {
    const user = await person();
    const session = await signIn(user.id);
    await backdate(session.sessionId, { lastSeenAt: 5 * MINUTE });
    await loadActor(session);
    const touched = await db.session.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(Date.now() - touched.lastSeenAt.getTime()).toBeLessThan(MINUTE);

    await backdate(session.sessionId, { lastSeenAt: 20_000 });
    const before = await db.session.findUniqueOrThrow({ where: { id: session.sessionId } });
    await loadActor(session);
    const after = await db.session.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(after.lastSeenAt).toEqual(before.lastSeenAt);
  });

  it("the session token's own lifetime never exceeds the longest absolute limit", async () => {
    const { LONGEST_SESSION_SECONDS } = await import("@/lib/auth/session-policy");
    expect(LONGEST_SESSION_SECONDS).toBe(SESSION_POLICY.citizen.absoluteSeconds);
    expect(SESSION_POLICY.staff.absoluteSeconds).toBeLessThan(SESSION_POLICY.citizen.absoluteSeconds);
  });
});

describe("fresh proof of identity before deleting an account or an admin change", () => {
  const stale = SESSION_POLICY.freshProofSeconds * 1000 + MINUTE;

  it("refuses to delete an account on a stale proof and changes nothing; allows it after confirming", async () => {
    const user = await person();
    const actor = await actorWithProofAged(user.id, stale);
    await expect(deleteAccount(actor)).rejects.toThrow(ProofNeeded);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.status).toBe("active");
    expect(after.email).toBe(user.email);

    await confirmIdentity(actor, { password });
    const confirmed = await loadActor({ userId: user.id, sessionVersion: 0, sessionId: actor.sessionId });
    await deleteAccount(confirmed);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe("deleted");
    expect(await db.session.count({ where: { userId: user.id, endedAt: null } })).toBe(0);
  });

  it("refuses every admin change on a stale proof and changes nothing; allows a fresh one", async () => {
    const organisation = await createOrganisation();
    const admin = await person("admin");
    const target = await person();
    await db.organisationMembership.create({ data: { userId: target.id, organisationId: organisation.id } });
    const other = await createOrganisation();
    const staleAdmin = await actorWithProofAged(admin.id, stale);
    const auditBefore = await db.auditLog.count();

    await expect(changePlatformRole(staleAdmin, { userId: target.id, platformRole: "moderator" })).rejects.toThrow(
      ProofNeeded,
    );
    await expect(
      addMembership(staleAdmin, { userId: target.id, organisationId: other.id, role: "member" }),
    ).rejects.toThrow(ProofNeeded);
    await expect(removeMembership(staleAdmin, { userId: target.id, organisationId: organisation.id })).rejects.toThrow(
      ProofNeeded,
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).platformRole).toBe("citizen");
    expect(await db.organisationMembership.count({ where: { userId: target.id } })).toBe(1);
    expect(await db.auditLog.count()).toBe(auditBefore);

    const freshAdmin = await actorWithProofAged(admin.id, MINUTE);
    await changePlatformRole(freshAdmin, { userId: target.id, platformRole: "moderator" });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).platformRole).toBe("moderator");
  });

  it("refuses a wrong password when confirming, then limits the attempts", async () => {
    const user = await person();
    const actor = await actorWithProofAged(user.id, stale);
    const before = await db.session.findUniqueOrThrow({ where: { id: actor.sessionId } });
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(confirmIdentity(actor, { password: "not the password at all" })).rejects.toThrow(
        CONFIRM_WRONG_PASSWORD,
      );
    }
    await expect(confirmIdentity(actor, { password })).rejects.toThrow(RateLimited);
    const after = await db.session.findUniqueOrThrow({ where: { id: actor.sessionId } });
    expect(after.authenticatedAt).toEqual(before.authenticatedAt);
  });

  it("an account without a password cannot confirm by password (it gets an emailed link instead)", async () => {
    const user = await createUser();
    const actor = await actorWithProofAged(user.id, stale);
    await expect(confirmIdentity(actor, { password: "" })).rejects.toThrow(Invalid);
  });
});
