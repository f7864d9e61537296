// "Has this been delivered?" (lib/delivery-checks): the job asks each active supporter of a delivered
// commitment's questions once, after the delay and never anyone else, however many runs overlap; a person
// answers once and may change it; someone not asked is refused and nothing changes; the counts show from 10
// answers; and the demo seed makes one delivered commitment confirmed.
import { createHash, randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportPersonalData } from "@/lib/accounts/your-data/queries";
import { deleteAccount } from "@/lib/accounts/your-data/service";
import { deliveryConfirmation, getDeliveredCommitment } from "@/lib/delivery-checks/queries";
import { sendDueDeliveryChecks } from "@/lib/delivery-checks/send";
import { answerDeliveryCheck } from "@/lib/delivery-checks/service";
import { NOT_ASKED } from "@/lib/delivery-checks/schemas";
import { Forbidden, NotFound } from "@/lib/errors";
import { notificationHref } from "@/lib/notifications/kinds";
import { listNotifications } from "@/lib/notifications/queries";
import { updateSetting } from "@/lib/settings/service";
import { DEMO_DELIVERY_ANSWERS, seedDeliveryChecks } from "../../prisma/seed-delivery-checks";
import { actorOf, createOrganisation, createQuestion, createUser, personWithRole } from "../support/fixtures";
import { latestMailTo } from "../support/mail";
import { tableDigest } from "../support/table-digest";

const DAY = 86_400_000;
let organisationId: number;
let partnerId: string;
let client: pg.Client;

beforeAll(async () => {
  organisationId = (await createOrganisation()).id;
  partnerId = (await createUser()).id;
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

/** A commitment linked to the questions, delivered `daysAgo` days ago, made straight in the database. */
async function deliveredCommitment(questionIds: string[], daysAgo: number) {
  const deliveredAt = new Date(Date.now() - daysAgo * DAY);
  const commitment = await db.commitment.create({
    data: {
      organisationId,
      title: "Install smart benches on Southend seafront",
      description: "Six benches with solar panels that charge phones.",
      targetDate: new Date(deliveredAt.getTime() - 10 * DAY),
      state: "delivered",
      progress: 100,
      evidence: "The benches were installed in May.",
      evidenceLinks: ["https://example.com/benches"],
      deliveredAt,
      createdById: partnerId,
      createdAt: new Date(deliveredAt.getTime() - 90 * DAY),
      questions: { create: questionIds.map((questionId) => ({ questionId })) },
    },
  });
  return commitment;
}

/** A support as supporting stores it: the vote and the question's count together. */
async function support(userId: string, questionId: string) {
  await db.$transaction([
    db.vote.create({ data: { userId, questionId } }),
    db.question.update({ where: { id: questionId }, data: { supportCount: { increment: 1 } } }),
  ]);
}

async function askedPeople(commitmentId: string): Promise<string[]> {
  const rows = await db.deliveryCheck.findMany({ where: { commitmentId }, select: { userId: true } });
  return rows.map((row) => row.userId).sort();
}

describe("sending the delivery check", () => {
  it("asks each active supporter of its questions once, however many runs overlap, and nobody else", async () => {
    const author = await createUser();
    const [first, second] = await Promise.all([createQuestion(author.id), createQuestion(author.id)]);
    const both = await createUser();
    const firstOnly = await createUser();
    const secondOnly = await createUser();
    const follower = await createUser();
    const leaving = await createUser();
    const suspended = await createUser();
    await support(both.id, first.id);
    await support(both.id, second.id);
    await support(firstOnly.id, first.id);
    await support(secondOnly.id, second.id);
    await support(leaving.id, first.id);
    await support(suspended.id, second.id);
    await db.follow.create({ data: { userId: follower.id, questionId: first.id } });
    await db.user.update({ where: { id: suspended.id }, data: { status: "suspended", suspendedReason: "Spam." } });
    // Immediate email for one of them, to see the link it carries.
    await db.user.update({
      where: { id: both.id },
      data: { emailNotifications: true, emailFollowedQuestions: "immediate" },
    });
    const commitment = await deliveredCommitment([first.id, second.id], 40);
    // Someone who deleted their account before the check was sent.
    await deleteAccount(await actorOf(leaving.id));

    // Two workers at once, then another run later.
    const runs = await Promise.all([sendDueDeliveryChecks(), sendDueDeliveryChecks()]);
    expect(runs.map((run) => run.commitments).sort()).toEqual([0, 1]);
    expect(runs.reduce((sum, run) => sum + run.asked, 0)).toBe(3);
    expect(await sendDueDeliveryChecks()).toEqual({ commitments: 0, asked: 0 });

    const expected = [both.id, firstOnly.id, secondOnly.id].sort();
    expect(await askedPeople(commitment.id)).toEqual(expected);
    const notifications = await db.notification.findMany({
      where: { kind: "delivery_check" },
      select: { userId: true, eventId: true, message: true },
    });
    expect(notifications.map((n) => n.userId).sort()).toEqual(expected);
    expect(notifications.every((n) => n.eventId === commitment.id)).toBe(true);
    expect(notifications[0]!.message).toContain("Install smart benches on Southend seafront");
    const sent = await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } });
    expect(sent.deliveryCheckSentAt).not.toBeNull();

    // The notification, in the portal and by email, leads to the answer page.
    const page = await listNotifications(both.id);
    expect(page.items.map((n) => n.href)).toEqual([`/commitments/${commitment.id}/delivered`]);
    const mail = await latestMailTo(both.email!);
    expect(mail?.text).toContain(`/commitments/${commitment.id}/delivered`);
  });

  it("waits for the delay, which an administrator sets", async () => {
    const author = await createUser();
    const question = await createQuestion(author.id);
    const supporter = await createUser();
    await support(supporter.id, question.id);
    const recent = await deliveredCommitment([question.id], 10);
    // Planned or dropped commitments are never asked.
    await db.commitment.create({
      data: {
        organisationId,
        title: "Planned",
        description: "Not yet.",
        targetDate: new Date(),
        createdById: partnerId,
        questions: { create: [{ questionId: (await createQuestion(author.id)).id }] },
      },
    });

    await sendDueDeliveryChecks();
    expect(await askedPeople(recent.id)).toEqual([]);
    // 28 days by default: a day short of 11 days later it is still not due.
    await sendDueDeliveryChecks(new Date(Date.now() + 17 * DAY));
    expect(await askedPeople(recent.id)).toEqual([]);

    const admin = await personWithRole("admin");
    await updateSetting(admin, { name: "deliveryCheckDelay", value: 7 });
    try {
      await sendDueDeliveryChecks();
      expect(await askedPeople(recent.id)).toEqual([supporter.id]);
    } finally {
      await updateSetting(admin, { name: "deliveryCheckDelay", value: 28 });
    }
  });
});

describe("answering", () => {
  async function askedSupporter() {
    const author = await createUser();
    const question = await createQuestion(author.id);
    const supporter = await createUser();
    await support(supporter.id, question.id);
    const commitment = await deliveredCommitment([question.id], 30);
    await sendDueDeliveryChecks();
    return { commitment, supporter: await actorOf(supporter.id) };
  }

  it("keeps one answer per person when they answer many times at once, and lets them change it", async () => {
    const { commitment, supporter } = await askedSupporter();
    const answers = ["yes", "partly", "no", "yes", "no", "partly", "yes", "no"] as const;
    const results = await Promise.all(
      answers.map((answer) => answerDeliveryCheck(supporter, { commitmentId: commitment.id, answer })),
    );
    expect(results.map((r) => r.answer)).toEqual(answers);
    const rows = await db.deliveryCheck.findMany({ where: { commitmentId: commitment.id } });
    expect(rows).toHaveLength(1);
    expect(answers).toContain(rows[0]!.answer);
    expect(rows[0]!.answeredAt).not.toBeNull();

    await answerDeliveryCheck(supporter, { commitmentId: commitment.id, answer: "partly" });
    await answerDeliveryCheck(supporter, { commitmentId: commitment.id, answer: "no" });
    const changed = await db.deliveryCheck.findMany({ where: { commitmentId: commitment.id } });
    expect(changed.map((row) => [row.userId, row.answer])).toEqual([[supporter.id, "no"]]);
    const page = await getDeliveredCommitment(commitment.id, supporter);
    expect(page?.check).toMatchObject({ userId: supporter.id, answer: "no" });
  });

  it("gives the person their answers in their data, and deleting the account removes them", async () => {
    const { commitment, supporter } = await askedSupporter();
    await answerDeliveryCheck(supporter, { commitmentId: commitment.id, answer: "yes" });
    const data = await exportPersonalData(supporter);
    expect(data.deliveryChecks).toEqual([
      expect.objectContaining({ commitmentId: commitment.id, commitmentTitle: commitment.title, answer: "yes" }),
    ]);
    await deleteAccount(supporter);
    expect(await askedPeople(commitment.id)).toEqual([]);
  });

  it("refuses someone who was not asked, and an unknown commitment, changing nothing", async () => {
    const { commitment } = await askedSupporter();
    const stranger = await actorOf((await createUser()).id);
    const before = await tableDigest(client, ["delivery_check", "commitment", "notification"]);
    await expect(answerDeliveryCheck(stranger, { commitmentId: commitment.id, answer: "yes" })).rejects.toThrow(
      new Forbidden(NOT_ASKED),
    );
    await expect(answerDeliveryCheck(stranger, { commitmentId: randomUUID(), answer: "yes" })).rejects.toThrow(
      NotFound,
    );
    await expect(answerDeliveryCheck(null, { commitmentId: commitment.id, answer: "yes" })).rejects.toThrow();
    expect(await tableDigest(client, ["delivery_check", "commitment", "notification"])).toBe(before);
    expect((await getDeliveredCommitment(commitment.id, stranger))?.check).toBeNull();
  });
});

describe("the public's confirmation", () => {
  it("shows nothing but how few below 10 answers, then each answer over all who answered", async () => {
    const author = await createUser();
    const question = await createQuestion(author.id);
    const commitment = await deliveredCommitment([question.id], 30);
    const people = await Promise.all(Array.from({ length: 12 }, () => createUser()));
    await db.deliveryCheck.createMany({
      data: people.map((person) => ({ commitmentId: commitment.id, userId: person.id })),
    });
    const answer = (n: number, value: "yes" | "partly" | "no") =>
      db.deliveryCheck.update({
        where: { commitmentId_userId: { commitmentId: commitment.id, userId: people[n]!.id } },
        data: { answer: value, answeredAt: new Date() },
      });
    for (let n = 0; n < 9; n += 1) await answer(n, n < 6 ? "yes" : "partly");
    expect(await deliveryConfirmation(commitment.id)).toEqual({ shown: false });
    await answer(9, "no");
    expect(await deliveryConfirmation(commitment.id)).toEqual({ shown: true, answered: 10, yes: 6, partly: 3, no: 1 });
    // Asked but not answered: not in the denominator.
    expect(await db.deliveryCheck.count({ where: { commitmentId: commitment.id } })).toBe(12);
  });
});

describe("the demo seed", () => {
  const seedId = (kind: string, key: string) => {
    const h = createHash("sha256").update(`test:${kind}:${key}`).digest("hex");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };

  it("makes the delivered commitment confirmed by 12 or more answers, and adds nothing on a second run", async () => {
    await db.deliveryCheck.deleteMany({});
    await db.commitmentQuestion.deleteMany({});
    await db.commitment.deleteMany({});
    expect(await seedDeliveryChecks(db, seedId)).toBeNull();

    const author = await createUser();
    const question = await createQuestion(author.id);
    const commitment = await deliveredCommitment([question.id], 60);
    const seeded = await seedDeliveryChecks(db, seedId);
    expect(seeded).toEqual({ commitmentId: commitment.id, answered: DEMO_DELIVERY_ANSWERS.length });
    const confirmation = await deliveryConfirmation(commitment.id);
    expect(confirmation).toEqual({ shown: true, answered: 14, yes: 11, partly: 2, no: 1 });
    // Every one asked supports one of its questions, and the stored count says so.
    const stored = await db.question.findUniqueOrThrow({ where: { id: question.id } });
    expect(stored.supportCount).toBe(await db.vote.count({ where: { questionId: question.id } }));
    expect(stored.supportCount).toBeGreaterThanOrEqual(14);
    const again = await tableDigest(client, ["delivery_check", "vote", "question", "user", "notification"]);
    await seedDeliveryChecks(db, seedId);
    expect(await tableDigest(client, ["delivery_check", "vote", "question", "user", "notification"])).toBe(again);
    // Already asked: the job leaves it alone.
    expect(await sendDueDeliveryChecks()).toEqual({ commitments: 0, asked: 0 });
    expect(
      notificationHref({ kind: "delivery_check", questionId: question.id, commentId: null, eventId: commitment.id }),
    ).toBe(`/commitments/${commitment.id}/delivered`);
  });
});
