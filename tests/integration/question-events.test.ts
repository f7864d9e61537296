// The services that cause a question's events (an official response, a status change) against the real
// database: who is told, exactly once each (the author, the followers, never the actor, only active accounts),
// the timeline, the audit entry, and refusals that leave nothing changed. The "notification-mail" job the events
// queue is not run here (the email tests run it): these assert the notification rows.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Forbidden, Invalid, NotFound } from "@/lib/errors";
import { followQuestion } from "@/lib/follows/service";
import { publishResponse } from "@/lib/responses/service";
import { changeQuestionStatus } from "@/lib/triage/service";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { actorOf, createOrganisation, createQuestion, createUser, partnerOf } from "../support/fixtures";
import { tableDigest } from "../support/table-digest";

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

async function follower(questionId: string): Promise<{ id: string; actor: Actor }> {
  const user = await createUser();
  const actor = await actorOf(user.id);
  await followQuestion(actor, questionId);
  return { id: user.id, actor };
}

async function assign(questionId: string, organisationId: number) {
  await db.assignment.create({ data: { questionId, organisationId, dueOn: new Date() } });
}

/** Every notification about the question: who, which kind, and how many events. */
async function notificationsAbout(questionId: string) {
  return db.notification.findMany({
    where: { questionId },
    select: { userId: true, kind: true, eventId: true, message: true, actorId: true, readAt: true },
  });
}

/** A fingerprint of every table an event writes, to prove a refusal changed nothing. */
const snapshot = () =>
  tableDigest(client, ["question", "response", "status_change", "notification", "audit_log", "follow", "pgboss.job"]);

describe("publishResponse", () => {
  it("answers the question, moves it to answered with a timeline entry, and tells the author and each follower once", async () => {
    const org = await createOrganisation();
    const author = await createUser();
    const question = await createQuestion(author.id, { title: "Will Maldon get real-time bus times at its stops?" });
    // The author also follows (as everyone who asks does): told once, as the author.
    await followQuestion(await actorOf(author.id), question.id);
    const [first, second] = [await follower(question.id), await follower(question.id)];
    const partner = await partnerOf(org.id);
    // The partner follows too: never told of their own act.
    await followQuestion(partner, question.id);
    // A suspended and a deleted follower are told nothing.
    const suspended = await follower(question.id);
    const deleted = await follower(question.id);
    await db.user.update({
      where: { id: suspended.id },
      data: { status: "suspended", suspendedReason: "Broke the house rules." },
    });
    await db.user.update({
      where: { id: deleted.id },
      data: { status: "deleted", email: null, passwordHash: null, deletedAt: new Date() },
    });

    const result = await publishResponse(partner, {
      questionId: question.id,
      organisationId: org.id,
      body: "Yes: screens go in at the ten busiest stops next spring.",
    });
    expect(result.status).toBe("answered");

    const stored = await db.question.findUniqueOrThrow({ where: { id: question.id } });
    expect(stored.status).toBe("answered");
    expect(stored.answeredAt).not.toBeNull();
    const response = await db.response.findUniqueOrThrow({ where: { id: result.responseId } });
    expect(response).toMatchObject({ organisationId: org.id, authorId: partner.id, questionId: question.id });
    const timeline = await db.statusChange.findMany({ where: { questionId: question.id } });
    expect(timeline).toEqual([
      expect.objectContaining({ fromStatus: "open", toStatus: "answered", actorId: partner.id }),
    ]);
    expect(
      await db.auditLog.count({ where: { action: "response.publish", targetId: question.id, actorId: partner.id } }),
    ).toBe(1);

    const told = await notificationsAbout(question.id);
    expect(told.map((n) => [n.userId, n.kind]).sort()).toEqual(
      [
        [author.id, "question_answered"],
        [first.id, "followed_question_answered"],
        [second.id, "followed_question_answered"],
      ].sort(),
    );
    expect(new Set(told.map((n) => n.eventId)).size).toBe(1);
    expect(told.every((n) => n.actorId === partner.id && n.readAt === null)).toBe(true);
    const toAuthor = told.find((n) => n.userId === author.id)!;
    expect(toAuthor.message).toBe(
      `${org.name} published an official response to your question “Will Maldon get real-time bus times at its stops?”.`,
    );
    expect(told.find((n) => n.userId === first.id)!.message).toContain("a question you follow");
    // The stored unread count moved with the rows (the header reads it).
    const counts = await db.user.findMany({
      where: { id: { in: [author.id, first.id, suspended.id, partner.id] } },
      select: { id: true, unreadNotifications: true },
    });
    expect(Object.fromEntries(counts.map((c) => [c.id, c.unreadNotifications]))).toEqual({
      [author.id]: 1,
      [first.id]: 1,
      [suspended.id]: 0,
      [partner.id]: 0,
    });
    // The email job for the event is queued in the same transaction (run by the email tests, not here).
    const { rows: jobs } = await client.query(`SELECT data FROM pgboss.job WHERE name = 'notification-mail'`);
    expect(jobs).toEqual([{ data: { eventId: told[0]!.eventId } }]);
  });

  it("lets several organisations answer: the second answer keeps the status and timeline, and still tells people", async () => {
    const [orgA, orgB] = [await createOrganisation(), await createOrganisation()];
    const author = await createUser();
    const question = await createQuestion(author.id, { status: "under_review" });
    const admin = await actorOf((await createUser({ platformRole: "admin" })).id);
    await publishResponse(await partnerOf(orgA.id), {
      questionId: question.id,
      organisationId: orgA.id,
      body: "First.",
    });
    // An admin answers for any organisation.
    const second = await publishResponse(admin, { questionId: question.id, organisationId: orgB.id, body: "Second." });
    expect(second.status).toBe("answered");
    expect(await db.response.count({ where: { questionId: question.id } })).toBe(2);
    expect(await db.statusChange.count({ where: { questionId: question.id, toStatus: "answered" } })).toBe(1);
    const told = await notificationsAbout(question.id);
    expect(told.filter((n) => n.userId === author.id)).toHaveLength(2);
    expect(new Set(told.map((n) => n.eventId)).size).toBe(2);
  });

  it("answers a question already planned without moving its status back", async () => {
    const org = await createOrganisation();
    const question = await createQuestion((await createUser()).id, { status: "planned" });
    const result = await publishResponse(await partnerOf(org.id), {
      questionId: question.id,
      organisationId: org.id,
      body: "An update.",
    });
    expect(result.status).toBe("planned");
    expect(await db.statusChange.count({ where: { questionId: question.id } })).toBe(0);
  });

  it("refuses another organisation's member, an unpublished question and an empty response, changing nothing", async () => {
    const [orgA, orgB] = [await createOrganisation(), await createOrganisation()];
    const author = await createUser();
    const question = await createQuestion(author.id);
    const pending = await createQuestion(author.id, { moderation: "pending" });
    const partnerA = await partnerOf(orgA.id);
    const before = await snapshot();
    await expect(
      publishResponse(await partnerOf(orgB.id), { questionId: question.id, organisationId: orgA.id, body: "Hi." }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(
      publishResponse(partnerA, { questionId: pending.id, organisationId: orgA.id, body: "Hi." }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(
      publishResponse(partnerA, { questionId: question.id, organisationId: orgA.id, body: "   " }),
    ).rejects.toBeInstanceOf(Invalid);
    await expect(
      publishResponse(await actorOf(author.id), { questionId: question.id, organisationId: orgA.id, body: "Me." }),
    ).rejects.toBeInstanceOf(Forbidden);
    expect(await snapshot()).toBe(before);
  });
});

describe("changeQuestionStatus", () => {
  async function assignedQuestion(status: QuestionStatus = "open") {
    const org = await createOrganisation();
    const author = await createUser();
    const question = await createQuestion(author.id, {
      title: "Could Chelmsford station get more cycle parking?",
      status,
    });
    await assign(question.id, org.id);
    return { org, author, question };
  }

  it("moves the status, writes the timeline and audit entries, and tells the author and followers once each", async () => {
    const { org, author, question } = await assignedQuestion("answered");
    await followQuestion(await actorOf(author.id), question.id);
    const fan = await follower(question.id);
    const lead = await partnerOf(org.id, "lead");
    await followQuestion(lead, question.id);

    await changeQuestionStatus(lead, { questionId: question.id, to: "declined", note: "The station is not ours." });

    expect((await db.question.findUniqueOrThrow({ where: { id: question.id } })).status).toBe("declined");
    expect(await db.statusChange.findMany({ where: { questionId: question.id } })).toEqual([
      expect.objectContaining({ fromStatus: "answered", toStatus: "declined", note: "The station is not ours." }),
    ]);
    expect(
      await db.auditLog.findMany({
        where: { action: "question.changeStatus", targetId: question.id },
        select: { actorId: true, before: true, after: true },
      }),
    ).toEqual([
      {
        actorId: lead.id,
        before: { status: "answered" },
        after: { status: "declined", note: "The station is not ours." },
      },
    ]);
    const told = await notificationsAbout(question.id);
    expect(told.map((n) => [n.userId, n.kind]).sort()).toEqual(
      [
        [author.id, "question_status_changed"],
        [fan.id, "followed_question_status_changed"],
      ].sort(),
    );
    expect(told.find((n) => n.userId === author.id)!.message).toBe(
      "Your question “Could Chelmsford station get more cycle parking?” is now: Declined. Their note: The station is not ours.",
    );
  });

  it("lets members of the assigned organisation and admins change it; others are refused and nothing changes", async () => {
    const { org, question } = await assignedQuestion();
    const other = await createOrganisation();
    const admin = await actorOf((await createUser({ platformRole: "admin" })).id);
    const moderator = await actorOf((await createUser({ platformRole: "moderator" })).id);
    const before = await snapshot();
    await expect(
      changeQuestionStatus(await partnerOf(other.id), { questionId: question.id, to: "declined", note: "Not ours." }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(
      changeQuestionStatus(moderator, { questionId: question.id, to: "declined", note: "Not ours." }),
    ).rejects.toBeInstanceOf(Forbidden);
    expect(await snapshot()).toBe(before);

    await changeQuestionStatus(await partnerOf(org.id), { questionId: question.id, to: "declined", note: "Not ours." });
    await changeQuestionStatus(admin, { questionId: question.id, to: "open", note: "Reopened." });
    expect(
      (await db.statusChange.findMany({ where: { questionId: question.id }, orderBy: { createdAt: "asc" } })).map(
        (c) => c.toStatus,
      ),
    ).toEqual(["declined", "open"]);

    // A question no organisation leads on: admins only.
    const pool = await createQuestion((await createUser()).id);
    await expect(
      changeQuestionStatus(await partnerOf(org.id), { questionId: pool.id, to: "declined", note: "Not ours." }),
    ).rejects.toBeInstanceOf(Forbidden);
    await changeQuestionStatus(admin, { questionId: pool.id, to: "declined", note: "Not ours." });
  });

  it("refuses illegal transitions, a missing note, reopening by a partner, and answering without a response", async () => {
    const { org, question } = await assignedQuestion("open");
    const partner = await partnerOf(org.id);
    const before = await snapshot();
    const refusals: [QuestionStatus, string | null, typeof Invalid | typeof Forbidden][] = [
      ["planned", null, Invalid], // open → planned is not in the table
      ["delivered", "Done.", Invalid],
      ["declined", null, Invalid], // needs a public note
      ["declined", "   ", Invalid],
      ["answered", null, Invalid], // answered by publishing a response
      ["merged", "Same as another.", Invalid], // merging names the question to merge into
      ["open", null, Invalid], // already open
      ["under_review", null, Invalid], // under review by claiming it
    ];
    for (const [to, note, error] of refusals) {
      await expect(changeQuestionStatus(partner, { questionId: question.id, to, note })).rejects.toBeInstanceOf(error);
    }
    expect(await snapshot()).toBe(before);

    const closed = await assignedQuestion("declined");
    const closedPartner = await partnerOf(closed.org.id, "lead");
    const beforeReopen = await snapshot();
    await expect(
      changeQuestionStatus(closedPartner, { questionId: closed.question.id, to: "open", note: "Back again." }),
    ).rejects.toBeInstanceOf(Forbidden);
    expect(await snapshot()).toBe(beforeReopen);
    const admin = await actorOf((await createUser({ platformRole: "admin" })).id);
    await expect(
      changeQuestionStatus(admin, { questionId: closed.question.id, to: "open", note: null }),
    ).rejects.toBeInstanceOf(Invalid);
    await changeQuestionStatus(admin, { questionId: closed.question.id, to: "open", note: "Reopened: new funding." });
    expect((await db.question.findUniqueOrThrow({ where: { id: closed.question.id } })).status).toBe("open");
  });

  it("refuses a question that is not published, as not found", async () => {
    const org = await createOrganisation();
    const question = await createQuestion((await createUser()).id, {
      moderation: "hidden",
      moderationReason: "Off topic.",
    });
    await assign(question.id, org.id);
    await expect(
      changeQuestionStatus(await partnerOf(org.id), { questionId: question.id, to: "declined", note: "Not ours." }),
    ).rejects.toBeInstanceOf(NotFound);
  });
});
