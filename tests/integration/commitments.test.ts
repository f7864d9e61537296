// Commitments ("you said, we did") against the real database: making one from answered questions moves them to
// planned; every state move of a commitment is tried from every state, the legal ones carrying the linked
// questions' statuses only along DESIGN's transitions (each on the question's timeline) and the refused ones
// changing nothing; the people of the questions are told once each; and only the owning organisation's members
// and admins may make or change one.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Conflict, Forbidden, Invalid, NotFound, Unauthenticated } from "@/lib/errors";
import type { CommitmentState, QuestionStatus } from "@/lib/generated/prisma/enums";
import {
  addMilestone,
  changeCommitmentState,
  completeMilestone,
  createCommitment,
  editCommitment,
  postCommitmentUpdate,
  setCommitmentProgress,
} from "@/lib/commitments/service";
import { getCommitment, listCommitments } from "@/lib/commitments/queries";
import { TARGET_DATE_PASSED } from "@/lib/commitments/policy";
import { ukToday } from "@/lib/commitments/today";
import { getQuestionDetail } from "@/lib/questions/queries";
import { checkStatusTransition } from "@/lib/questions/status";
import { createOrganisation, createQuestion, createUser, partnerOf, personWithRole } from "../support/fixtures";
import { tableDigest } from "../support/table-digest";

const TABLES = [
  "commitment",
  "commitment_question",
  "commitment_milestone",
  "commitment_update",
  "question",
  "status_change",
  "notification",
  "audit_log",
];

let client: pg.Client;
let orgA: number;
let orgB: number;
let partnerA: Actor;
let partnerB: Actor;
let admin: Actor;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  orgA = (await createOrganisation()).id;
  orgB = (await createOrganisation()).id;
  partnerA = await partnerOf(orgA);
  partnerB = await partnerOf(orgB);
  admin = await personWithRole("admin");
});
afterAll(() => client.end());

const digest = () => tableDigest(client, TABLES);

/** A published question organisation A holds (and, with `answered`, has answered in public). */
async function questionOfA(status: QuestionStatus = "answered", authorId?: string): Promise<string> {
  const author = authorId ?? (await createUser()).id;
  const question = await createQuestion(author, { status });
  await db.assignment.create({ data: { questionId: question.id, organisationId: orgA, dueOn: new Date() } });
  return question.id;
}

const target = new Date(Date.UTC(2031, 2, 31));

function make(actor: Actor | null, questionIds: string[], organisationId = orgA) {
  return createCommitment(actor, {
    organisationId,
    questionIds,
    title: "Forty cycle stands at Chelmsford station",
    description: "Organisation A will add forty covered cycle stands.",
    targetDate: target,
  });
}

async function statuses(ids: string[]): Promise<QuestionStatus[]> {
  const rows = await db.question.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } });
  return ids.map((id) => rows.find((r) => r.id === id)!.status);
}

const DELIVER = {
  to: "delivered" as const,
  evidence: "The stands were installed on 3 March.",
  evidenceLinks: ["https://example.org/report"],
};
const DROP = { to: "dropped" as const, reason: "The station car park is being rebuilt instead." };

/** Puts a new commitment (on two fresh answered questions) into a state, through the services. */
async function commitmentIn(state: CommitmentState): Promise<{ id: string; questions: string[] }> {
  const questions = [await questionOfA(), await questionOfA()];
  const { commitmentId } = await make(partnerA, questions);
  if (state === "in_progress" || state === "delivered" || state === "dropped") {
    if (state !== "dropped") await changeCommitmentState(partnerA, { commitmentId, to: "in_progress" });
    if (state === "delivered") await changeCommitmentState(partnerA, { commitmentId, ...DELIVER });
    if (state === "dropped") await changeCommitmentState(partnerA, { commitmentId, ...DROP });
  }
  return { id: commitmentId, questions };
}

describe("making a commitment", () => {
  it("links answered questions, moves each to planned on its timeline, and tells each person once", async () => {
    const authorOne = await createUser();
    const authorTwo = await createUser();
    const [one, two] = [await questionOfA("answered", authorOne.id), await questionOfA("answered", authorTwo.id)];
    // Supports both questions and follows one: told once. Follows only: told once. Supports only: told once. The
    // acting partner: never.
    const both = await createUser();
    const follower = await createUser();
    const supporter = await createUser();
    await db.vote.createMany({
      data: [
        { userId: both.id, questionId: one },
        { userId: both.id, questionId: two },
        { userId: supporter.id, questionId: one },
      ],
    });
    // The author of the question told second (in id order) follows the one told first: they still hear of their own.
    const [firstTold, secondTold] = [one, two].sort();
    const secondAuthor = secondTold === one ? authorOne : authorTwo;
    await db.follow.createMany({
      data: [
        { userId: both.id, questionId: two },
        { userId: follower.id, questionId: one },
        { userId: partnerA.id, questionId: one },
        { userId: secondAuthor.id, questionId: firstTold! },
      ],
    });

    const result = await make(partnerA, [one, two]);
    expect(result.moved.map((m) => m.to)).toEqual(["planned", "planned"]);
    expect(await statuses([one, two])).toEqual(["planned", "planned"]);
    const timeline = await db.statusChange.findMany({ where: { questionId: { in: [one, two] } } });
    expect(timeline).toHaveLength(2);
    expect(timeline.every((c) => c.fromStatus === "answered" && c.toStatus === "planned" && c.note)).toBe(true);

    // One notice each for the one click. The authors and followers hear of their question's move, which names
    // the commitment; a supporter who follows neither hears of the commitment.
    const told = await db.notification.findMany({
      where: { questionId: { in: [one, two] } },
      select: { userId: true, kind: true, message: true, questionId: true },
    });
    expect(told.map((n) => n.userId).sort()).toEqual(
      [authorOne.id, authorTwo.id, both.id, follower.id, supporter.id].sort(),
    );
    const kindOf = (id: string) => told.find((n) => n.userId === id)!.kind;
    expect([authorOne.id, authorTwo.id].map(kindOf)).toEqual(["question_status_changed", "question_status_changed"]);
    expect(told.find((n) => n.userId === secondAuthor.id)).toMatchObject({
      kind: "question_status_changed",
      questionId: secondTold,
    });
    expect([both.id, follower.id].map(kindOf)).toEqual([
      "followed_question_status_changed",
      "followed_question_status_changed",
    ]);
    expect(kindOf(supporter.id)).toBe("commitment_updated");
    for (const notice of told)
      expect(notice.message).toMatch(
        notice.kind === "commitment_updated" ? /made a commitment/ : /Planned in the commitment/,
      );
    const audit = await db.auditLog.findMany({ where: { action: "commitment.create", targetId: result.commitmentId } });
    expect(audit).toHaveLength(1);
    // The click's notices share one id, and one mail job sends them all (five notify calls told of it).
    const { rows: noticeIds } = await client.query(
      `SELECT DISTINCT event_id::text AS id FROM notification WHERE question_id = ANY($1::uuid[])`,
      [[one, two]],
    );
    expect(noticeIds).toHaveLength(1);
    const { rows: mailJobs } = await client.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notification-mail' AND data->>'eventId' = $1`,
      [noticeIds[0].id],
    );
    expect(mailJobs).toEqual([{ n: 1 }]);

    const detail = await getQuestionDetail(one, null);
    expect(detail?.commitments).toEqual([
      expect.objectContaining({ id: result.commitmentId, state: "planned", targetDate: target }),
    ]);
  });

  it("leaves a question already in progress where it is, and says so", async () => {
    const ahead = await questionOfA("in_progress");
    const answered = await questionOfA();
    const result = await make(partnerA, [ahead, answered]);
    expect(await statuses([ahead, answered])).toEqual(["in_progress", "planned"]);
    expect(result.left).toEqual([
      expect.objectContaining({ questionId: ahead, why: expect.stringContaining("stays in progress") }),
    ]);
  });

  it.each([
    ["open", "has no public answer yet"],
    ["under_review", "has no public answer yet"],
    ["delivered", "is delivered"],
    ["declined", "is declined"],
  ] as const)("refuses a question that is %s, and changes nothing", async (status, words) => {
    const question = await questionOfA(status);
    const good = await questionOfA();
    const before = await digest();
    const refusal = await make(partnerA, [good, question]).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(Invalid);
    expect((refusal as Invalid).message).toContain(words);
    expect(await digest()).toBe(before);
  });

  it("refuses another organisation's question, even answered, unless that organisation answered it in public", async () => {
    const question = await questionOfA();
    const before = await digest();
    await expect(make(partnerB, [question], orgB)).rejects.toThrow(/not held or answered by your organisation/);
    expect(await digest()).toBe(before);
    // Organisation B published a response on A's question: B may promise on it too (a question can be in several).
    await db.response.create({
      data: { questionId: question, organisationId: orgB, authorId: partnerB.id, body: "We can help." },
    });
    await make(partnerB, [question], orgB);
    await make(partnerA, [question]);
    expect(await db.commitmentQuestion.count({ where: { questionId: question } })).toBe(2);
  });

  const REFUSED: [string, () => Promise<Actor | null>, typeof Forbidden | typeof Unauthenticated][] = [
    ["a visitor", async () => null, Unauthenticated],
    ["a citizen", () => personWithRole("citizen"), Forbidden],
    ["a moderator", () => personWithRole("moderator"), Forbidden],
    ["a partner of another organisation, for organisation A", async () => partnerB, Forbidden],
  ];
  it.each(REFUSED)("refuses %s, and changes nothing", async (_who, who, error) => {
    const question = await questionOfA();
    const actor = await who();
    const before = await digest();
    await expect(make(actor, [question])).rejects.toBeInstanceOf(error);
    expect(await digest()).toBe(before);
  });

  it("lets an admin commit for any organisation", async () => {
    const question = await questionOfA();
    const { commitmentId } = await make(admin, [question]);
    expect((await getCommitment(commitmentId))?.organisationId).toBe(orgA);
  });
});

describe("every state move", () => {
  const FROM: CommitmentState[] = ["planned", "in_progress", "delivered", "dropped"];
  const TO = ["in_progress", "delivered", "dropped"] as const;
  const LEGAL: Record<CommitmentState, readonly string[]> = {
    planned: ["in_progress", "delivered", "dropped"],
    in_progress: ["delivered", "dropped"],
    delivered: [],
    dropped: [],
  };
  const QUESTION_STATUS: Record<(typeof TO)[number], QuestionStatus> = {
    in_progress: "in_progress",
    delivered: "delivered",
    dropped: "declined",
  };
  const cases = FROM.flatMap((from) => TO.map((to) => ({ from, to, legal: LEGAL[from].includes(to) })));

  it("covers 4 states × 3 moves, 5 of them legal", () => {
    expect(cases).toHaveLength(12);
    expect(cases.filter((c) => c.legal)).toHaveLength(5);
  });

  it.each(cases)("$from → $to (legal: $legal)", async ({ from, to, legal }) => {
    const { id, questions } = await commitmentIn(from);
    const before = await digest();
    const questionsBefore = await statuses(questions);
    const input =
      to === "delivered"
        ? { commitmentId: id, ...DELIVER }
        : to === "dropped"
          ? { commitmentId: id, ...DROP }
          : { commitmentId: id, to };
    const outcome = await changeCommitmentState(partnerA, input).catch((e: unknown) => e);
    if (!legal) {
      expect(outcome).toBeInstanceOf(Conflict);
      expect(await digest()).toBe(before);
      return;
    }
    expect(outcome).toMatchObject({ state: to });
    const after = await statuses(questions);
    expect(after).toEqual([QUESTION_STATUS[to], QUESTION_STATUS[to]]);
    // Each move was a legal transition, written on the question's timeline with a public note.
    for (const [i, question] of questions.entries()) {
      const last = await db.statusChange.findFirstOrThrow({
        where: { questionId: question },
        orderBy: { createdAt: "desc" },
      });
      expect(last).toMatchObject({ fromStatus: questionsBefore[i], toStatus: QUESTION_STATUS[to] });
      expect(last.note).toBeTruthy();
      expect(checkStatusTransition(questionsBefore[i]!, QUESTION_STATUS[to], { isAdmin: false }).allowed).toBe(true);
    }
    const row = await db.commitment.findUniqueOrThrow({ where: { id } });
    if (to === "delivered")
      expect(row).toMatchObject({ progress: 100, evidence: DELIVER.evidence, evidenceLinks: DELIVER.evidenceLinks });
    if (to === "dropped") expect(row.droppedReason).toBe(DROP.reason);
  });

  it("never moves a question backwards or out of a closed status, and says so", async () => {
    const { id, questions } = await commitmentIn("planned");
    // A partner delivered one question by hand meanwhile: dropping the commitment cannot decline it.
    await db.question.update({ where: { id: questions[0]! }, data: { status: "delivered" } });
    const result = await changeCommitmentState(partnerA, { commitmentId: id, ...DROP });
    expect(await statuses(questions)).toEqual(["delivered", "declined"]);
    expect(result.left).toEqual([
      expect.objectContaining({ questionId: questions[0], why: expect.stringContaining("stays delivered") }),
    ]);
  });

  it("with several commitments on a question, follows the one still going, and declines only when none is", async () => {
    const shared = await questionOfA();
    const first = await make(partnerA, [shared]);
    const second = await make(partnerA, [shared]);
    await changeCommitmentState(partnerA, { commitmentId: second.commitmentId, to: "in_progress" });
    expect(await statuses([shared])).toEqual(["in_progress"]);
    // Dropping the first leaves the question with the second, still going.
    await changeCommitmentState(partnerA, { commitmentId: first.commitmentId, ...DROP });
    expect(await statuses([shared])).toEqual(["in_progress"]);
    await changeCommitmentState(partnerA, { commitmentId: second.commitmentId, ...DELIVER });
    expect(await statuses([shared])).toEqual(["delivered"]);
  });

  it("refuses a delivery without evidence or with an unsafe link, and changes nothing", async () => {
    const { id } = await commitmentIn("in_progress");
    const before = await digest();
    for (const input of [
      { commitmentId: id, to: "delivered" as const, evidence: "Done.", evidenceLinks: [] },
      { commitmentId: id, to: "delivered" as const, evidence: null, evidenceLinks: ["https://example.org"] },
      { commitmentId: id, to: "delivered" as const, evidence: "Done.", evidenceLinks: ["javascript:alert(1)"] },
      { commitmentId: id, to: "dropped" as const, reason: "  " },
    ])
      await expect(changeCommitmentState(partnerA, input)).rejects.toBeInstanceOf(Invalid);
    expect(await digest()).toBe(before);
  });
});

describe("target dates", () => {
  const DAY = 86_400_000;

  it("refuses a new commitment due before today, at the date, and changes nothing; today will do", async () => {
    const questions = [await questionOfA()];
    const before = await digest();
    const yesterday = new Date(ukToday().getTime() - DAY);
    const made = createCommitment(partnerA, {
      organisationId: orgA,
      questionIds: questions,
      title: "Stands last year",
      description: "Already late.",
      targetDate: yesterday,
    });
    await expect(made).rejects.toBeInstanceOf(Invalid);
    await expect(made).rejects.toMatchObject({ fieldErrors: { target: TARGET_DATE_PASSED } });
    expect(await digest()).toBe(before);
    const { commitmentId } = await createCommitment(partnerA, {
      organisationId: orgA,
      questionIds: questions,
      title: "Stands today",
      description: "Due today.",
      targetDate: ukToday(),
    });
    expect((await getCommitment(commitmentId))?.targetDate).toEqual(ukToday());
  });

  it("lets the words of an overdue commitment change with its passed target kept, but not a new target in the past", async () => {
    const { id } = await commitmentIn("in_progress");
    const passed = new Date(Date.UTC(2024, 0, 31));
    await db.commitment.update({ where: { id }, data: { targetDate: passed } });
    await editCommitment(partnerA, {
      commitmentId: id,
      title: "Late stands",
      description: "Later.",
      targetDate: passed,
    });
    expect(await getCommitment(id)).toMatchObject({ title: "Late stands", targetDate: passed });
    const before = await digest();
    const moved = editCommitment(partnerA, {
      commitmentId: id,
      title: "Late stands",
      description: "Later.",
      targetDate: new Date(passed.getTime() + DAY),
    });
    await expect(moved).rejects.toMatchObject({ fieldErrors: { target: TARGET_DATE_PASSED } });
    expect(await digest()).toBe(before);
  });
});

describe("keeping a commitment up to date", () => {
  it("edits, adds and completes milestones, sets progress and posts updates, each audited; an update tells each person once", async () => {
    const supporter = await createUser();
    const { id, questions } = await commitmentIn("planned");
    await db.vote.createMany({ data: questions.map((questionId) => ({ userId: supporter.id, questionId })) });
    await editCommitment(partnerA, {
      commitmentId: id,
      title: "Sixty stands",
      description: "More.",
      targetDate: target,
    });
    const { milestoneId } = await addMilestone(partnerA, { commitmentId: id, title: "Order", plannedDate: target });
    await completeMilestone(partnerA, { commitmentId: id, milestoneId });
    await expect(completeMilestone(partnerA, { commitmentId: id, milestoneId })).rejects.toBeInstanceOf(Conflict);
    await setCommitmentProgress(partnerA, { commitmentId: id, progress: 55 });
    const { told } = await postCommitmentUpdate(partnerA, { commitmentId: id, body: "The stands are ordered." });
    // The two authors and the supporter of both questions.
    expect(told).toBe(3);
    const mine = await db.notification.findMany({ where: { userId: supporter.id, kind: "commitment_updated" } });
    expect(mine).toHaveLength(1);
    expect(mine[0]!.message).toContain("The stands are ordered.");

    const detail = await getCommitment(id);
    expect(detail).toMatchObject({ title: "Sixty stands", progress: 55 });
    expect(detail?.milestones[0]?.completedDate).not.toBeNull();
    expect(detail?.updates).toEqual([expect.objectContaining({ body: "The stands are ordered." })]);
    const actions = await db.auditLog.findMany({ where: { targetId: id }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(
      [
        "commitment.addMilestone",
        "commitment.completeMilestone",
        "commitment.create",
        "commitment.edit",
        "commitment.postUpdate",
        "commitment.setProgress",
      ].sort(),
    );
  });

  it("refuses every change to another organisation's partner, a citizen and a moderator, and changes nothing", async () => {
    const { id } = await commitmentIn("planned");
    const milestone = await addMilestone(partnerA, { commitmentId: id, title: "Survey", plannedDate: target });
    const citizen = await personWithRole("citizen");
    const moderator = await personWithRole("moderator");
    const before = await digest();
    for (const actor of [partnerB, citizen, moderator]) {
      const changes = [
        () => editCommitment(actor, { commitmentId: id, title: "Taken", description: "Over.", targetDate: target }),
        () => addMilestone(actor, { commitmentId: id, title: "Theirs", plannedDate: target }),
        () => completeMilestone(actor, { commitmentId: id, milestoneId: milestone.milestoneId }),
        () => setCommitmentProgress(actor, { commitmentId: id, progress: 90 }),
        () => postCommitmentUpdate(actor, { commitmentId: id, body: "Not ours to say." }),
        () => changeCommitmentState(actor, { commitmentId: id, to: "in_progress" }),
      ];
      for (const change of changes) await expect(change()).rejects.toBeInstanceOf(Forbidden);
    }
    expect(await digest()).toBe(before);
  });

  it("refuses changes once delivered or dropped, and a made-up commitment is not found", async () => {
    const { id } = await commitmentIn("delivered");
    const before = await digest();
    await expect(postCommitmentUpdate(partnerA, { commitmentId: id, body: "More." })).rejects.toBeInstanceOf(Conflict);
    await expect(setCommitmentProgress(partnerA, { commitmentId: id, progress: 10 })).rejects.toBeInstanceOf(Conflict);
    await expect(
      postCommitmentUpdate(partnerA, { commitmentId: "00000000-0000-4000-8000-000000000000", body: "Hello." }),
    ).rejects.toBeInstanceOf(NotFound);
    expect(await digest()).toBe(before);
  });
});

describe("the public list", () => {
  it("filters by partner and state, and pages by target date without repeats", async () => {
    const organisation = await db.organisation.findUniqueOrThrow({ where: { id: orgA } });
    const all: string[] = [];
    let after: string | undefined;
    do {
      const page = await listCommitments({ partner: organisation.slug, after });
      all.push(...page.items.map((c) => c.id));
      expect(page.items.every((c) => c.organisation === organisation.name)).toBe(true);
      after = page.next ?? undefined;
    } while (after);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(await db.commitment.count({ where: { organisationId: orgA } }));
    const delivered = await listCommitments({ partner: organisation.slug, state: "delivered" });
    expect(delivered.items.length).toBeGreaterThan(0);
    expect(delivered.items.every((c) => c.state === "delivered")).toBe(true);
  });
});
