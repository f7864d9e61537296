// The admin home's counts (lib/admin/home/queries.ts) against the real database: each counts exactly the rows it
// names (active accounts, active organisations, waiting invitations, items waiting for moderation, open
// safeguarding concerns) and none of their look-alikes; and only administrators may read them.
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Forbidden, Unauthenticated } from "@/lib/errors";
import { getAdminHomeCounts } from "@/lib/admin/home/queries";
import { countWaitingItems } from "@/lib/moderation/queue-queries";
import { createOrganisation, createQuestion, createUser, partnerOf, personWithRole } from "../support/fixtures";

let admin: Actor;
beforeAll(async () => {
  admin = await personWithRole("admin");
});

const DAY = 24 * 3600 * 1000;

async function invitation(organisationId: number, state: "waiting" | "expired" | "accepted" | "revoked") {
  const now = Date.now();
  const createdAt = new Date(state === "expired" ? now - 10 * DAY : now);
  await db.organisationInvitation.create({
    data: {
      organisationId,
      email: `invitee-${randomUUID()}@example.com`,
      tokenHash: randomBytes(32).toString("hex"),
      invitedById: admin.id,
      createdAt,
      expiresAt: new Date(createdAt.getTime() + 7 * DAY),
      ...(state === "accepted" ? { acceptedAt: new Date(), acceptedById: admin.id } : {}),
      ...(state === "revoked" ? { revokedAt: new Date(), revokedById: admin.id } : {}),
    },
  });
}

describe("getAdminHomeCounts", () => {
  it("counts each kind of row it names, and none of their look-alikes", async () => {
    const before = await getAdminHomeCounts(admin);

    // People: two active accounts count; a suspended and a deleted one do not.
    const author = await createUser();
    await createUser();
    const suspended = await createUser();
    await db.user.update({ where: { id: suspended.id }, data: { status: "suspended", suspendedReason: "Spam." } });
    const deleted = await createUser();
    await db.user.update({
      where: { id: deleted.id },
      data: { status: "deleted", email: null, passwordHash: null, deletedAt: new Date() },
    });

    // Organisations: two active count; a deactivated one does not.
    const org = await createOrganisation();
    await createOrganisation();
    const closed = await createOrganisation();
    await db.organisation.update({ where: { id: closed.id }, data: { deactivatedAt: new Date() } });

    // Invitations: two waiting count; expired, used and withdrawn ones do not.
    await invitation(org.id, "waiting");
    await invitation(closed.id, "waiting");
    await invitation(org.id, "expired");
    await invitation(org.id, "accepted");
    await invitation(org.id, "revoked");

    // Moderation: a held question and a held name wait; a published question does not.
    const held = await createQuestion(author.id, { moderation: "pending", title: "A question waiting for review" });
    await db.question.update({ where: { id: held.id }, data: { queuedAt: new Date() } });
    await db.user.update({
      where: { id: author.id },
      data: { pendingDisplayName: "A new name", nameQueuedAt: new Date() },
    });
    const published = await createQuestion(author.id, { title: "A question already published here" });

    // Safeguarding: an open concern counts; a closed one does not.
    const raisedBy = await personWithRole("moderator");
    await db.safeguardingConcern.create({
      data: { questionId: published.id, subjectId: author.id, raisedById: raisedBy.id, note: "Worried." },
    });
    await db.safeguardingConcern.create({
      data: {
        questionId: published.id,
        subjectId: author.id,
        raisedById: raisedBy.id,
        note: "Dealt with.",
        closedAt: new Date(),
        closedById: admin.id,
        closingNote: "School told.",
      },
    });

    const after = await getAdminHomeCounts(admin);
    expect({
      people: after.people - before.people,
      organisations: after.organisations - before.organisations,
      pendingInvitations: after.pendingInvitations - before.pendingInvitations,
      waitingForModeration: after.waitingForModeration - before.waitingForModeration,
      openSafeguardingConcerns: after.openSafeguardingConcerns - before.openSafeguardingConcerns,
    }).toEqual({
      // The two created by createUser above, plus the moderator who raised the concerns.
      people: 3,
      organisations: 2,
      pendingInvitations: 2,
      waitingForModeration: 2,
      openSafeguardingConcerns: 1,
    });
    // The moderation count is the header badge's.
    expect(after.waitingForModeration).toBe(await countWaitingItems());
    // And the totals are the tables' own.
    expect(after.people).toBe(await db.user.count({ where: { status: "active" } }));
    expect(after.organisations).toBe(await db.organisation.count({ where: { deactivatedAt: null } }));
  });

  it("is for administrators only", async () => {
    const org = await createOrganisation();
    await expect(getAdminHomeCounts(null)).rejects.toBeInstanceOf(Unauthenticated);
    for (const reader of [
      await personWithRole("citizen"),
      await personWithRole("moderator"),
      await partnerOf(org.id, "lead"),
    ])
      await expect(getAdminHomeCounts(reader)).rejects.toBeInstanceOf(Forbidden);
  });
});
