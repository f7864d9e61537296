// Suspensions and cool-downs: a suspended person keeps their session but is refused every action in the
// permissions table except the four that look after their own account; moderators suspend, lift and hold posts
// within the policy (not themselves, not an admin, a moderator only by an admin); each act is one audit entry.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ACTIONS, ALLOWED_WHILE_SUSPENDED, can, requirePermission } from "@/lib/auth/permissions";
import { Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";
import { hashPassword } from "@/lib/accounts/password";
import { signInWithPassword, signOutEverywhere } from "@/lib/accounts/service";
import { exportPersonalData } from "@/lib/accounts/your-data/queries";
import { deleteAccount } from "@/lib/accounts/your-data/service";
import { askQuestion } from "@/lib/questions/service";
import {
  endCoolDown,
  findPersonIdByEmail,
  liftSuspension,
  setCoolDown,
  suspendAccount,
} from "@/lib/suspensions/service";
import { getPersonForModeration, searchPeopleByName } from "@/lib/suspensions/queries";
import {
  actorOf,
  createOrganisation,
  createQuestion,
  createUser,
  personWithRole,
  signedInActor,
} from "../support/fixtures";

const REASON = "Posted other people's phone numbers after a warning.";
const DAY = 24 * 60 * 60 * 1000;

async function auditCount(targetId: string) {
  return db.auditLog.count({ where: { targetId } });
}

async function accountRow(userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { status: true, suspendedReason: true, suspendedUntil: true, postsHeldUntil: true },
  });
}

async function suspendedPerson(until: Date | null = null) {
  const moderator = await personWithRole("moderator");
  const person = await createUser();
  await suspendAccount(moderator, { userId: person.id, reason: REASON, until });
  return { moderator, person };
}

describe("a suspended person", () => {
  it("is refused every action in the permissions table but their notifications, data, deletion and signing out", async () => {
    const { person } = await suspendedPerson();
    const actor = await actorOf(person.id);
    expect(actor.suspension).toEqual({ reason: REASON, until: null });
    expect([...ALLOWED_WHILE_SUSPENDED].sort()).toEqual([
      "account.delete",
      "account.exportData",
      "account.signOutEverywhere",
      "notification.markRead",
    ]);
    for (const action of ACTIONS) {
      const allowed = ALLOWED_WHILE_SUSPENDED.includes(action);
      expect(can(actor, action), action).toBe(allowed);
      if (allowed) {
        expect(() => requirePermission(actor, action)).not.toThrow();
      } else {
        expect(() => requirePermission(actor, action), action).toThrow(Forbidden);
        // The refusal says why, until when, and who to contact.
        expect(() => requirePermission(actor, action)).toThrow(
          /suspended until a moderator lifts it.*phone numbers.*contact the CSES team/s,
        );
      }
    }
  });

  it("is refused even as a moderator or admin (every staff power too)", async () => {
    const admin = await personWithRole("admin");
    const moderator = await createUser({ platformRole: "moderator" });
    await suspendAccount(admin, { userId: moderator.id, reason: REASON, until: null });
    const actor = await actorOf(moderator.id);
    expect(can(actor, "moderation.decideQuestion")).toBe(false);
    expect(can(actor, "moderation.suspend")).toBe(false);
  });

  it("is refused asking a question on the next request, and nothing is written", async () => {
    const person = await createUser();
    const before = await actorOf(person.id);
    expect(can(before, "question.ask")).toBe(true);
    await suspendAccount(await personWithRole("moderator"), { userId: person.id, reason: REASON, until: null });
    const next = await actorOf(person.id);
    const questions = await db.question.count({ where: { authorId: person.id } });
    await expect(
      askQuestion(next, { title: "Could we have more buses to Harlow?", body: "Please.", themes: [], district: null }),
    ).rejects.toThrow(/phone numbers/);
    expect(await db.question.count({ where: { authorId: person.id } })).toBe(questions);
  });

  it("can still sign in, download their data, sign out everywhere and delete the account", async () => {
    const { person } = await suspendedPerson();
    const password = "a long suspended passphrase";
    await db.user.update({ where: { id: person.id }, data: { passwordHash: await hashPassword(password) } });
    expect((await signInWithPassword({ email: person.email!, password }, { ip: null })).id).toBe(person.id);

    const data = await exportPersonalData(await actorOf(person.id));
    expect(data.profile.suspendedReason).toBe(REASON);
    await signOutEverywhere(await actorOf(person.id));

    const fresh = await signedInActor(person.id, 1);
    await deleteAccount(fresh);
    expect(await accountRow(person.id)).toEqual({
      status: "deleted",
      suspendedReason: null,
      suspendedUntil: null,
      postsHeldUntil: null,
    });
  });

  it("with an end date in the past is no longer suspended, and the account is active again", async () => {
    const { person } = await suspendedPerson(new Date(Date.now() + DAY));
    expect((await actorOf(person.id)).suspension?.until).toBeInstanceOf(Date);
    await db.user.update({ where: { id: person.id }, data: { suspendedUntil: new Date(Date.now() - 1000) } });
    const actor = await actorOf(person.id);
    expect(actor.suspension).toBeNull();
    expect(can(actor, "question.ask")).toBe(true);
    expect((await accountRow(person.id)).status).toBe("active");
  });
});

describe("suspending and lifting", () => {
  it("suspends with a reason and an end date, in one audit entry, and the person is refused from their next request", async () => {
    const moderator = await personWithRole("moderator");
    const person = await createUser();
    const until = new Date(Date.now() + 7 * DAY);
    await suspendAccount(moderator, { userId: person.id, reason: REASON, until });
    expect(await accountRow(person.id)).toEqual({
      status: "suspended",
      suspendedReason: REASON,
      suspendedUntil: until,
      postsHeldUntil: null,
    });
    const entries = await db.auditLog.findMany({ where: { targetId: person.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: moderator.id, action: "account.suspended", targetType: "user" });
    expect((await actorOf(person.id)).suspension).toEqual({ reason: REASON, until });
  });

  it("refuses an end date that is not in the future, and a blank reason, changing nothing", async () => {
    const moderator = await personWithRole("moderator");
    const person = await createUser();
    await expect(
      suspendAccount(moderator, { userId: person.id, reason: REASON, until: new Date(Date.now() - DAY) }),
    ).rejects.toBeInstanceOf(Invalid);
    await expect(suspendAccount(moderator, { userId: person.id, reason: "  ", until: null })).rejects.toBeInstanceOf(
      Invalid,
    );
    expect((await accountRow(person.id)).status).toBe("active");
    expect(await auditCount(person.id)).toBe(0);
  });

  it("lifts a suspension at once, in one audit entry; lifting again is a conflict", async () => {
    const { moderator, person } = await suspendedPerson();
    await liftSuspension(moderator, { userId: person.id });
    expect(await accountRow(person.id)).toMatchObject({
      status: "active",
      suspendedReason: null,
      suspendedUntil: null,
    });
    expect((await actorOf(person.id)).suspension).toBeNull();
    expect(await db.auditLog.count({ where: { targetId: person.id, action: "account.suspensionLifted" } })).toBe(1);
    await expect(liftSuspension(moderator, { userId: person.id })).rejects.toBeInstanceOf(Conflict);
    expect(await auditCount(person.id)).toBe(2);
  });

  it("follows the policy: not yourself, never an admin, a moderator only by an admin; refusals change nothing", async () => {
    const moderator = await personWithRole("moderator");
    const admin = await personWithRole("admin");
    const otherModerator = await createUser({ platformRole: "moderator" });
    const otherAdmin = await createUser({ platformRole: "admin" });
    const partner = await createUser();
    const organisation = await createOrganisation();
    await db.organisationMembership.create({ data: { userId: partner.id, organisationId: organisation.id } });
    const citizen = await personWithRole("citizen");

    const refusals: [() => Promise<void>, string][] = [
      [() => suspendAccount(moderator, { userId: moderator.id, reason: REASON, until: null }), moderator.id],
      [() => suspendAccount(moderator, { userId: otherAdmin.id, reason: REASON, until: null }), otherAdmin.id],
      [() => suspendAccount(admin, { userId: otherAdmin.id, reason: REASON, until: null }), otherAdmin.id],
      [() => suspendAccount(moderator, { userId: otherModerator.id, reason: REASON, until: null }), otherModerator.id],
      [
        () => setCoolDown(moderator, { userId: otherModerator.id, until: new Date(Date.now() + DAY) }),
        otherModerator.id,
      ],
      [() => suspendAccount(citizen, { userId: partner.id, reason: REASON, until: null }), partner.id],
    ];
    for (const [refusal, targetId] of refusals) {
      await expect(refusal()).rejects.toBeInstanceOf(Forbidden);
      expect(await accountRow(targetId)).toMatchObject({ status: "active", postsHeldUntil: null });
      expect(await auditCount(targetId)).toBe(0);
    }
    await expect(
      suspendAccount(moderator, { userId: crypto.randomUUID(), reason: REASON, until: null }),
    ).rejects.toBeInstanceOf(NotFound);

    // An admin may suspend a moderator; a moderator may suspend a partner member or a citizen.
    await suspendAccount(admin, { userId: otherModerator.id, reason: REASON, until: null });
    await suspendAccount(moderator, { userId: partner.id, reason: REASON, until: null });
    expect((await accountRow(otherModerator.id)).status).toBe("suspended");
    expect((await accountRow(partner.id)).status).toBe("suspended");
  });
});

describe("cool-downs", () => {
  it("holds a person's posts until a date, in one audit entry, and ends it in another", async () => {
    const moderator = await personWithRole("moderator");
    const person = await createUser();
    const until = new Date(Date.now() + 30 * DAY);
    await setCoolDown(moderator, { userId: person.id, until });
    expect((await accountRow(person.id)).postsHeldUntil).toEqual(until);
    expect(await db.auditLog.count({ where: { targetId: person.id, action: "account.coolDownSet" } })).toBe(1);
    await endCoolDown(moderator, { userId: person.id });
    expect((await accountRow(person.id)).postsHeldUntil).toBeNull();
    expect(await db.auditLog.count({ where: { targetId: person.id, action: "account.coolDownEnded" } })).toBe(1);
    await expect(endCoolDown(moderator, { userId: person.id })).rejects.toBeInstanceOf(Conflict);
    await expect(setCoolDown(moderator, { userId: person.id, until: new Date(Date.now() - 1) })).rejects.toBeInstanceOf(
      Invalid,
    );
    expect(await auditCount(person.id)).toBe(2);
  });
});

describe("finding people", () => {
  it("finds by exact email (any case) and by the start of a public name, a keyset page at a time", async () => {
    const moderator = await personWithRole("moderator");
    const prefix = `Zq${crypto.randomUUID().slice(0, 6)}`;
    const people = [];
    for (let i = 0; i < 23; i += 1) people.push(await createUser({ displayName: `${prefix} Person ${i}` }));
    expect(await findPersonIdByEmail(moderator, { email: people[0]!.email!.toUpperCase() })).toBe(people[0]!.id);
    await expect(findPersonIdByEmail(moderator, { email: "nobody-here@example.com" })).rejects.toBeInstanceOf(Invalid);
    await expect(
      findPersonIdByEmail(await personWithRole("citizen"), { email: people[0]!.email! }),
    ).rejects.toBeInstanceOf(Forbidden);

    const first = await searchPeopleByName(prefix.toLowerCase());
    expect(first.people).toHaveLength(20);
    expect(first.next).not.toBeNull();
    const second = await searchPeopleByName(prefix, first.next!);
    expect(second.people).toHaveLength(3);
    expect(second.next).toBeNull();
    const found = new Set([...first.people, ...second.people].map((p) => p.id));
    expect(found).toEqual(new Set(people.map((p) => p.id)));
    // LIKE's own wildcards in a name are taken literally.
    expect((await searchPeopleByName("%")).people.every((p) => p.displayName.startsWith("%"))).toBe(true);
  });

  it("shows a moderator the person's counts but not their email; an admin sees the email", async () => {
    const person = await createUser();
    await createQuestion(person.id, { moderation: "pending" });
    await createQuestion(person.id, { moderation: "rejected", moderationReason: "Off topic." });
    const hidden = await createQuestion(person.id, { moderation: "hidden", moderationReason: "Rude." });
    await db.question.update({ where: { id: hidden.id }, data: { openFlagCount: 2 } });
    const view = await getPersonForModeration(person.id, { platformRole: "moderator" });
    expect(view).toMatchObject({
      email: null,
      posts: { questions: 3, comments: 0, held: 1, rejected: 1, hidden: 1 },
      openReports: 2,
      suspension: null,
    });
    expect((await getPersonForModeration(person.id, { platformRole: "admin" }))?.email).toBe(person.email);
  });
});
