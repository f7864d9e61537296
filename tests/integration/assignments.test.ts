// Claim, release, transfer and reassign against the real database: who may do each to whose question, the
// hand-over history they leave, the due date, the status moves with their timeline entries and notifications,
// twenty people claiming one question at once, and refusals that leave every table as it was.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";
import { getAssignmentPanel } from "@/lib/assignments/queries";
import { claimQuestion, reassignQuestion, releaseQuestion, transferQuestion } from "@/lib/assignments/service";
import { responseDueDate } from "@/lib/assignments/due-date";
import { RESPONSE_TARGET_KEY } from "@/lib/settings/queries";
import { addWorkingDays, DEFAULT_RESPONSE_WORKING_DAYS, isoDate } from "@/lib/triage/working-days";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { getTriageQuestion } from "@/lib/triage/queries";
import { createOrganisation, createQuestion, createUser, partnerOf, personWithRole } from "../support/fixtures";
import { tableDigest } from "../support/table-digest";

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

let people = 0;

/** A published question, by an author of its own, open unless said otherwise. */
async function question(status: QuestionStatus = "open") {
  const author = await createUser();
  return createQuestion(author.id, { status, title: `Could the bus station have live departure boards? ${++people}` });
}

/** A question organisation `organisationId` holds, claimed by `member` (or by nobody), under review. */
async function heldQuestion(organisationId: number, member: Actor | null, status: QuestionStatus = "under_review") {
  const q = await question(status);
  await db.assignment.create({
    data: {
      questionId: q.id,
      organisationId,
      dueOn: new Date("2027-01-15T00:00:00Z"),
      claimedById: member?.id ?? null,
      claimedAt: member ? new Date() : null,
    },
  });
  return q;
}

/** A fingerprint of every table a hand-over writes, to prove a refusal changed nothing. */
const snapshot = () =>
  tableDigest(client, [
    "question",
    "assignment",
    "assignment_event",
    "status_change",
    "notification",
    "audit_log",
    "pgboss.job",
  ]);

/** Expects the call to be refused with `kind`, and every table to be as it was. */
async function expectRefusedUnchanged(call: () => Promise<unknown>, kind: abstract new (...args: never[]) => Error) {
  const before = await snapshot();
  await expect(call()).rejects.toBeInstanceOf(kind);
  expect(await snapshot()).toBe(before);
}

async function holidaysFrom(date: Date): Promise<Set<string>> {
  const rows = await db.bankHoliday.findMany({ where: { date: { gte: date } }, select: { date: true } });
  return new Set(rows.map((r) => isoDate(r.date)));
}

describe("claimQuestion", () => {
  it("claims a pool question for the member's organisation, dates it, moves it under review and tells the author", async () => {
    const org = await createOrganisation();
    const partner = await partnerOf(org.id);
    const q = await question();

    const result = await claimQuestion(partner, { questionId: q.id, organisationId: org.id });

    const assignment = await db.assignment.findUniqueOrThrow({ where: { questionId: q.id } });
    expect(assignment).toMatchObject({ organisationId: org.id, claimedById: partner.id });
    expect(assignment.claimedAt).toBeInstanceOf(Date);
    const expected = responseDueDate(
      assignment.claimedAt!,
      DEFAULT_RESPONSE_WORKING_DAYS,
      await holidaysFrom(new Date(0)),
    );
    expect(isoDate(assignment.dueOn)).toBe(isoDate(expected));
    expect(isoDate(result.dueOn)).toBe(isoDate(expected));
    expect(result.status).toBe("under_review");

    expect((await db.question.findUniqueOrThrow({ where: { id: q.id } })).status).toBe("under_review");
    const timeline = await db.statusChange.findMany({ where: { questionId: q.id } });
    expect(timeline).toEqual([expect.objectContaining({ fromStatus: "open", toStatus: "under_review", note: null })]);
    const events = await db.assignmentEvent.findMany({ where: { questionId: q.id } });
    expect(events).toEqual([
      expect.objectContaining({
        kind: "claimed",
        fromOrganisationId: null,
        toOrganisationId: org.id,
        memberId: partner.id,
        actorId: partner.id,
      }),
    ]);
    const told = await db.notification.findMany({ where: { questionId: q.id } });
    expect(told).toEqual([
      expect.objectContaining({ userId: q.authorId, kind: "question_status_changed", actorId: partner.id }),
    ]);
    expect(told[0]!.message).toContain("Under review");
    expect(await db.auditLog.count({ where: { action: "question.claim", targetId: q.id } })).toBe(1);
  });

  it("dates the claim by the response target in the settings, skipping the bank holidays in the table", async () => {
    const org = await createOrganisation();
    const partner = await partnerOf(org.id);
    const q = await question();
    // The next weekday after today is made a bank holiday: three working days then end one day later.
    const today = new Date(
      `${new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date())}T00:00:00Z`,
    );
    const nextWorkingDay = addWorkingDays(today, 1, new Set());
    await db.bankHoliday.upsert({
      where: { date: nextWorkingDay },
      create: { date: nextWorkingDay, name: "A test holiday" },
      update: {},
    });
    await db.setting.upsert({
      where: { key: RESPONSE_TARGET_KEY },
      create: { key: RESPONSE_TARGET_KEY, value: 3 },
      update: { value: 3 },
    });
    try {
      const { dueOn } = await claimQuestion(partner, { questionId: q.id, organisationId: org.id });
      const holidays = await holidaysFrom(today);
      expect(holidays.has(isoDate(nextWorkingDay))).toBe(true);
      expect(isoDate(dueOn)).toBe(isoDate(addWorkingDays(today, 3, holidays)));
      expect(isoDate(dueOn)).not.toBe(isoDate(addWorkingDays(today, 3, new Set())));
    } finally {
      await db.setting.delete({ where: { key: RESPONSE_TARGET_KEY } });
    }
  });

  it("lets exactly one of twenty people claiming at once win, and tells every other who has it", async () => {
    const [orgA, orgB] = [await createOrganisation(), await createOrganisation()];
    const claimants = await Promise.all(Array.from({ length: 20 }, (_, i) => partnerOf(i % 2 ? orgA.id : orgB.id)));
    const q = await question();

    const results = await Promise.allSettled(
      claimants.map((actor) =>
        claimQuestion(actor, { questionId: q.id, organisationId: actor.memberships[0]!.organisationId }),
      ),
    );

    const winners = results.flatMap((r, i) => (r.status === "fulfilled" ? [claimants[i]!] : []));
    expect(winners).toHaveLength(1);
    const winner = winners[0]!;
    const winnerOrg = winner.memberships[0]!.organisationId === orgA.id ? orgA : orgB;
    const losers = results.filter((r) => r.status === "rejected");
    expect(losers).toHaveLength(19);
    for (const loser of losers) {
      expect(loser.reason).toBeInstanceOf(Conflict);
      expect((loser.reason as Conflict).message).toMatch(
        new RegExp(
          `^${winnerOrg.name} \\(${winner.displayName}\\) claimed this question on .+ at \\d{1,2}:\\d\\d[ap]m\\.$`,
        ),
      );
    }
    const assignment = await db.assignment.findUniqueOrThrow({ where: { questionId: q.id } });
    expect(assignment).toMatchObject({ organisationId: winnerOrg.id, claimedById: winner.id });
    expect(await db.assignmentEvent.count({ where: { questionId: q.id } })).toBe(1);
    expect(await db.statusChange.count({ where: { questionId: q.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "question.claim", targetId: q.id } })).toBe(1);
    expect(await db.notification.count({ where: { questionId: q.id } })).toBe(1);
  });

  it("lets a member claim a question transferred to their organisation, keeping its due date and status", async () => {
    const org = await createOrganisation();
    const q = await heldQuestion(org.id, null);
    const member = await partnerOf(org.id);

    const { dueOn, status } = await claimQuestion(member, { questionId: q.id, organisationId: org.id });

    expect(isoDate(dueOn)).toBe("2027-01-15");
    expect(status).toBe("under_review");
    expect(await db.statusChange.count({ where: { questionId: q.id } })).toBe(0);
    expect(await db.assignmentEvent.findFirst({ where: { questionId: q.id } })).toMatchObject({
      kind: "claimed",
      fromOrganisationId: org.id,
      toOrganisationId: org.id,
      memberId: member.id,
    });
  });

  it("lets an admin claim for any organisation", async () => {
    const org = await createOrganisation();
    const admin = await personWithRole("admin");
    const q = await question();
    await claimQuestion(admin, { questionId: q.id, organisationId: org.id });
    expect(await db.assignment.findUniqueOrThrow({ where: { questionId: q.id } })).toMatchObject({
      organisationId: org.id,
      claimedById: admin.id,
    });
  });

  it("refuses citizens, moderators, other organisations, a question someone holds, an answered and an unpublished one, changing nothing", async () => {
    const [orgA, orgB] = [await createOrganisation(), await createOrganisation()];
    const memberA = await partnerOf(orgA.id);
    const memberB = await partnerOf(orgB.id);
    const pool = await question();
    const claim = (actor: Actor | null, questionId: string, organisationId = orgA.id) =>
      claimQuestion(actor, { questionId, organisationId });

    await expectRefusedUnchanged(() => claim(null, pool.id), Error);
    await expectRefusedUnchanged(async () => claim(await personWithRole("citizen"), pool.id), Forbidden);
    await expectRefusedUnchanged(async () => claim(await personWithRole("moderator"), pool.id), Forbidden);
    // A member of B cannot claim for A, an organisation they do not belong to.
    await expectRefusedUnchanged(() => claim(memberB, pool.id, orgA.id), Forbidden);

    const heldByA = await heldQuestion(orgA.id, memberA);
    await expectRefusedUnchanged(() => claim(memberB, heldByA.id, orgB.id), Conflict);
    await expectRefusedUnchanged(async () => claim(await partnerOf(orgA.id), heldByA.id, orgA.id), Conflict);
    // Transferred to A with nobody claiming it: still only A's to claim.
    const waitingInA = await heldQuestion(orgA.id, null);
    await expect(claim(memberB, waitingInA.id, orgB.id)).rejects.toThrow(`${orgA.name} holds this question`);

    const answered = await question("answered");
    await expectRefusedUnchanged(() => claim(memberA, answered.id), Conflict);
    const author = await createUser();
    const pending = await createQuestion(author.id, { moderation: "pending" });
    await expectRefusedUnchanged(() => claim(memberA, pending.id), NotFound);
  });
});

describe("releaseQuestion", () => {
  it("puts the question back in the pool with its reason, back to open with a timeline entry and a notification", async () => {
    const org = await createOrganisation();
    const member = await partnerOf(org.id);
    const q = await question();
    await claimQuestion(member, { questionId: q.id, organisationId: org.id });

    const { status } = await releaseQuestion(member, {
      questionId: q.id,
      reason: "  This is about a district council's bins, not the county.  ",
    });

    expect(status).toBe("open");
    expect(await db.assignment.findUnique({ where: { questionId: q.id } })).toBeNull();
    expect((await db.question.findUniqueOrThrow({ where: { id: q.id } })).status).toBe("open");
    const timeline = await db.statusChange.findMany({ where: { questionId: q.id }, orderBy: { createdAt: "asc" } });
    // The reason is for partners: the public timeline entry carries no note.
    expect(timeline.map((t) => [t.fromStatus, t.toStatus, t.note])).toEqual([
      ["open", "under_review", null],
      ["under_review", "open", null],
    ]);
    expect(await db.assignmentEvent.findFirst({ where: { questionId: q.id, kind: "released" } })).toMatchObject({
      fromOrganisationId: org.id,
      toOrganisationId: null,
      memberId: null,
      actorId: member.id,
      note: "This is about a district council's bins, not the county.",
    });
    expect(await db.notification.count({ where: { questionId: q.id, userId: q.authorId! } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: "question.release", targetId: q.id } })).toBe(1);

    // Back in the pool: anyone may claim it again.
    const other = await partnerOf((await createOrganisation()).id);
    await claimQuestion(other, { questionId: q.id, organisationId: other.memberships[0]!.organisationId });
  });

  it("needs a reason, and refuses other organisations, citizens, moderators and an answered question, changing nothing", async () => {
    const [orgA, orgB] = [await createOrganisation(), await createOrganisation()];
    const memberA = await partnerOf(orgA.id);
    const leadB = await partnerOf(orgB.id, "lead");
    const q = await heldQuestion(orgA.id, memberA);
    const release = (actor: Actor | null, reason = "Not ours.") => releaseQuestion(actor, { questionId: q.id, reason });

    await expectRefusedUnchanged(() => release(memberA, "   "), Invalid);
    await expectRefusedUnchanged(() => release(leadB), Forbidden);
    await expectRefusedUnchanged(async () => release(await personWithRole("citizen")), Forbidden);
    await expectRefusedUnchanged(async () => release(await personWithRole("moderator")), Forbidden);
    await expectRefusedUnchanged(() => releaseQuestion(memberA, { questionId: randomUUID(), reason: "x" }), NotFound);
    const answered = await heldQuestion(orgA.id, memberA, "answered");
    await expectRefusedUnchanged(
      () => releaseQuestion(memberA, { questionId: answered.id, reason: "Done." }),
      Conflict,
    );
    const pool = await question();
    await expectRefusedUnchanged(() => releaseQuestion(memberA, { questionId: pool.id, reason: "Mine?" }), Conflict);

    // Another member of the holding organisation may (not only the one who claimed it), and an admin.
    await release(await partnerOf(orgA.id));
    const again = await heldQuestion(orgA.id, memberA);
    await releaseQuestion(await personWithRole("admin"), { questionId: again.id, reason: "Admin tidy-up." });
  });
});

describe("transferQuestion", () => {
  it("hands the question to another organisation with a note, nobody claiming it, the due date kept", async () => {
    const [orgA, orgB] = [await createOrganisation(), await createOrganisation()];
    const memberA = await partnerOf(orgA.id);
    const q = await heldQuestion(orgA.id, memberA);

    await transferQuestion(memberA, {
      questionId: q.id,
      toOrganisationId: orgB.id,
      note: "Engineering question: yours.",
    });

    const assignment = await db.assignment.findUniqueOrThrow({ where: { questionId: q.id } });
    expect(assignment).toMatchObject({ organisationId: orgB.id, claimedById: null, claimedAt: null });
    expect(isoDate(assignment.dueOn)).toBe("2027-01-15");
    expect((await db.question.findUniqueOrThrow({ where: { id: q.id } })).status).toBe("under_review");
    expect(await db.assignmentEvent.findFirst({ where: { questionId: q.id } })).toMatchObject({
      kind: "transferred",
      fromOrganisationId: orgA.id,
      toOrganisationId: orgB.id,
      memberId: null,
      actorId: memberA.id,
      note: "Engineering question: yours.",
    });
    expect(await db.auditLog.count({ where: { action: "question.transfer", targetId: q.id } })).toBe(1);

    // A can no longer act on it; B's members can, and see the note in the history.
    await expectRefusedUnchanged(() => releaseQuestion(memberA, { questionId: q.id, reason: "Oops." }), Forbidden);
    const memberB = await partnerOf(orgB.id);
    const triage = await getTriageQuestion(q.id, memberB);
    const panel = await getAssignmentPanel(triage!, memberB);
    expect(panel.claimFor.map((o) => o.id)).toEqual([orgB.id]);
    expect(panel).toMatchObject({ canRelease: true, canTransfer: true, canReassign: false });
    expect(panel.history).toEqual([
      expect.objectContaining({
        kind: "transferred",
        fromOrganisation: orgA.name,
        toOrganisation: orgB.name,
        actor: memberA.displayName,
        note: "Engineering question: yours.",
      }),
    ]);
    const seenByA = await getAssignmentPanel((await getTriageQuestion(q.id, memberA))!, memberA);
    expect(seenByA).toMatchObject({ claimFor: [], canRelease: false, canTransfer: false, canReassign: false });
  });

  it("needs a note and another organisation, and refuses other organisations, citizens and moderators, changing nothing", async () => {
    const [orgA, orgB] = [await createOrganisation(), await createOrganisation()];
    const memberA = await partnerOf(orgA.id);
    const leadB = await partnerOf(orgB.id, "lead");
    const q = await heldQuestion(orgA.id, memberA);
    const transfer = (actor: Actor | null, toOrganisationId = orgB.id, note = "Yours.") =>
      transferQuestion(actor, { questionId: q.id, toOrganisationId, note });

    await expectRefusedUnchanged(() => transfer(memberA, orgB.id, ""), Invalid);
    await expectRefusedUnchanged(() => transfer(memberA, orgA.id), Invalid);
    await expectRefusedUnchanged(() => transfer(memberA, 2_000_000_000), Invalid);
    await expectRefusedUnchanged(() => transfer(leadB, orgB.id), Forbidden);
    await expectRefusedUnchanged(async () => transfer(await personWithRole("citizen")), Forbidden);
    await expectRefusedUnchanged(async () => transfer(await personWithRole("moderator")), Forbidden);
    const pool = await question();
    await expectRefusedUnchanged(
      () => transferQuestion(memberA, { questionId: pool.id, toOrganisationId: orgB.id, note: "Yours." }),
      Conflict,
    );
    await transfer(await personWithRole("admin"));
  });
});

describe("reassignQuestion", () => {
  it("lets a lead give the question to another member of the organisation", async () => {
    const org = await createOrganisation();
    const lead = await partnerOf(org.id, "lead");
    const [first, second] = [await partnerOf(org.id), await partnerOf(org.id)];
    const q = await heldQuestion(org.id, first);

    await reassignQuestion(lead, { questionId: q.id, memberId: second.id });

    expect(await db.assignment.findUniqueOrThrow({ where: { questionId: q.id } })).toMatchObject({
      organisationId: org.id,
      claimedById: second.id,
    });
    expect(await db.assignmentEvent.findFirst({ where: { questionId: q.id } })).toMatchObject({
      kind: "reassigned",
      toOrganisationId: org.id,
      memberId: second.id,
      actorId: lead.id,
    });
    expect(await db.auditLog.count({ where: { action: "question.reassign", targetId: q.id } })).toBe(1);
  });

  it("gives a transferred question its first member, moving an open one under review", async () => {
    const org = await createOrganisation();
    const lead = await partnerOf(org.id, "lead");
    const member = await partnerOf(org.id);
    const q = await heldQuestion(org.id, null, "open");
    const { status } = await reassignQuestion(lead, { questionId: q.id, memberId: member.id });
    expect(status).toBe("under_review");
    expect(await db.statusChange.count({ where: { questionId: q.id, toStatus: "under_review" } })).toBe(1);
  });

  it("refuses members who are not leads, other organisations' leads, citizens and moderators, and outsiders as the new member, changing nothing", async () => {
    const [orgA, orgB] = [await createOrganisation(), await createOrganisation()];
    const leadA = await partnerOf(orgA.id, "lead");
    const [memberA, otherA] = [await partnerOf(orgA.id), await partnerOf(orgA.id)];
    const leadB = await partnerOf(orgB.id, "lead");
    const q = await heldQuestion(orgA.id, memberA);
    const reassign = (actor: Actor | null, memberId = otherA.id) =>
      reassignQuestion(actor, { questionId: q.id, memberId });

    await expectRefusedUnchanged(() => reassign(memberA), Forbidden);
    await expectRefusedUnchanged(() => reassign(leadB), Forbidden);
    await expectRefusedUnchanged(async () => reassign(await personWithRole("citizen")), Forbidden);
    await expectRefusedUnchanged(async () => reassign(await personWithRole("moderator")), Forbidden);
    await expectRefusedUnchanged(() => reassign(leadA, leadB.id), Invalid);
    await expectRefusedUnchanged(() => reassign(leadA, memberA.id), Invalid);
    await reassign(await personWithRole("admin"));
    expect((await db.assignment.findUniqueOrThrow({ where: { questionId: q.id } })).claimedById).toBe(otherA.id);
  });
});

describe("the hand-over history", () => {
  it("lists every hand-over newest first, with organisations, members, reasons and who did it", async () => {
    const [orgA, orgB] = [await createOrganisation(), await createOrganisation()];
    const memberA = await partnerOf(orgA.id);
    const leadB = await partnerOf(orgB.id, "lead");
    const memberB = await partnerOf(orgB.id);
    const q = await question();
    await claimQuestion(memberA, { questionId: q.id, organisationId: orgA.id });
    await transferQuestion(memberA, { questionId: q.id, toOrganisationId: orgB.id, note: "Over to you." });
    await reassignQuestion(leadB, { questionId: q.id, memberId: memberB.id });
    await releaseQuestion(memberB, { questionId: q.id, reason: "Nobody can answer this yet." });

    const viewer = await personWithRole("admin");
    const panel = await getAssignmentPanel((await getTriageQuestion(q.id, viewer))!, viewer);
    expect(panel.history.map((h) => [h.kind, h.fromOrganisation, h.toOrganisation, h.member, h.actor, h.note])).toEqual(
      [
        ["released", orgB.name, null, null, memberB.displayName, "Nobody can answer this yet."],
        ["reassigned", orgB.name, orgB.name, memberB.displayName, leadB.displayName, null],
        ["transferred", orgA.name, orgB.name, null, memberA.displayName, "Over to you."],
        ["claimed", null, orgA.name, memberA.displayName, memberA.displayName, null],
      ],
    );
    // In the pool again: an admin may claim it for any organisation, and nothing else.
    expect(panel.claimFor.map((o) => o.id)).toEqual(expect.arrayContaining([orgA.id, orgB.id]));
    expect(panel).toMatchObject({ canRelease: false, canTransfer: false, canReassign: false });
  });
});
