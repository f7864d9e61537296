// The public scorecard's figures against independent SQL: plain counting over the rows, working days counted in
// SQL with generate_series (not the TypeScript the page uses), and the Kaplan–Meier estimate worked out one
// question at a time. On a hand-built state with two partners (one with enough of everything to show, one with too
// few) and on the demo seed; suppression below 10; the query plans use the indexes.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CommitmentState, DeliveryAnswer } from "@/lib/generated/prisma/enums";
import { type Period, londonToday, presetPeriod } from "@/lib/priorities/schemas";
import { MIN_ITEMS, TOO_FEW_TEXT } from "@/lib/scorecard/figures";
import { type PartnerScorecard, loadCommitmentCounts, loadHeldNow, loadTakenOn } from "@/lib/scorecard/load";
import { readPartnerScorecard, readScorecards } from "@/lib/scorecard/queries";
import { commitmentRows, questionRows } from "@/lib/scorecard/wording";
import { getResponseTargetWorkingDays } from "@/lib/settings/queries";
import { createOrganisation, createQuestion, createUser } from "../support/fixtures";
import { countQueries } from "../support/query-counter";

const run = promisify(execFile);
const DAY = 86_400_000;

// ───────────────────────── independent figures ─────────────────────────

interface Expected {
  takenOn: number;
  answered: number;
  median: number | null;
  ninetieth: number | null;
  withinTarget: number;
  pastTargetOrAnswered: number;
  held: number;
  overdueQuestions: number;
  made: number;
  delivered: number;
  onTime: number;
  overdueCommitments: number;
  confirmed: number;
}

/** Working days after `a` up to and including `b`, in SQL: weekdays not in bank_holiday. */
const workingDaysSql = (a: string, b: string) => `
  (SELECT count(*)::int FROM generate_series(${a} + 1, ${b}, interval '1 day') AS g(d)
   WHERE extract(isodow FROM g.d) < 6 AND NOT EXISTS (SELECT 1 FROM bank_holiday h WHERE h.date = g.d::date))`;

/** The product-limit estimate done the slow way: one question at a time, answers before waits at the same time. */
function kaplanMeier(items: { days: number; answered: boolean }[], p: number): number | null {
  const sorted = [...items].sort((x, y) => x.days - y.days || Number(y.answered) - Number(x.answered));
  let survival = 1;
  let i = 0;
  while (i < sorted.length) {
    const t = sorted[i]!.days;
    const atRisk = sorted.length - i;
    const answeredNow = sorted.filter((s) => s.days === t && s.answered).length;
    survival *= 1 - answeredNow / atRisk;
    if (answeredNow > 0 && survival <= 1 - p + 1e-12) return t;
    while (i < sorted.length && sorted[i]!.days === t) i += 1;
  }
  return null;
}

async function expectedFor(organisationId: number, period: Period, today: string, target: number): Promise<Expected> {
  // Each published question's earliest claim or transfer to the organisation inside the period, one row each.
  const items = await db.$queryRawUnsafe<{ days: number; answered: boolean }[]>(`
    WITH firsts AS (
      SELECT DISTINCT ON (e.question_id) e.question_id,
             ((e.created_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London')::date AS taken_day
      FROM assignment_event e
      WHERE e.to_organisation_id = ${organisationId} AND e.kind::text IN ('claimed', 'transferred')
        AND ((e.created_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London')::date BETWEEN '${period.from}' AND '${period.to}'
        AND e.question_id IN (SELECT id FROM question WHERE moderation = 'approved')
      ORDER BY e.question_id, e.created_at
    ), answers AS (
      SELECT f.*, (SELECT ((min(r.created_at) AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London')::date FROM response r
                   WHERE r.question_id = f.question_id AND r.organisation_id = ${organisationId}) AS answer_day
      FROM firsts f
    )
    SELECT answer_day IS NOT NULL AS answered,
           CASE WHEN coalesce(answer_day, '${today}'::date) <= taken_day THEN 0
                ELSE ${workingDaysSql("taken_day", "coalesce(answer_day, '" + today + "'::date)")} END AS days
    FROM answers`);
  const [held] = await db.$queryRawUnsafe<{ held: number; overdue: number }[]>(`
    SELECT (SELECT count(*)::int FROM assignment a JOIN question q ON q.id = a.question_id
            WHERE a.organisation_id = ${organisationId} AND q.moderation = 'approved') AS held,
           (SELECT count(*)::int FROM assignment a JOIN question q ON q.id = a.question_id
            WHERE a.organisation_id = ${organisationId} AND q.moderation = 'approved'
              AND q.status::text IN ('open', 'under_review') AND a.due_on < '${today}'
              AND a.question_id NOT IN (SELECT question_id FROM response WHERE organisation_id = ${organisationId})) AS overdue`);
  const commitments = await db.$queryRawUnsafe<
    { state: CommitmentState; on_time: boolean | null; overdue: boolean; answers: number; yes: number }[]
  >(`
    SELECT c.state, ((c.delivered_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London')::date <= c.target_date AS on_time,
           (c.target_date < '${today}' AND c.state::text NOT IN ('delivered', 'dropped')) AS overdue,
           (SELECT count(*)::int FROM delivery_check d WHERE d.commitment_id = c.id AND d.answer IS NOT NULL) AS answers,
           (SELECT count(*)::int FROM delivery_check d WHERE d.commitment_id = c.id AND d.answer = 'yes') AS yes
    FROM commitment c
    WHERE c.organisation_id = ${organisationId}
      AND ((c.created_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London')::date BETWEEN '${period.from}' AND '${period.to}'`);
  const delivered = commitments.filter((c) => c.state === "delivered");
  return {
    takenOn: items.length,
    answered: items.filter((i) => i.answered).length,
    median: kaplanMeier(items, 0.5),
    ninetieth: kaplanMeier(items, 0.9),
    withinTarget: items.filter((i) => i.answered && i.days <= target).length,
    pastTargetOrAnswered: items.filter((i) => i.answered || i.days > target).length,
    held: held!.held,
    overdueQuestions: held!.overdue,
    made: commitments.length,
    delivered: delivered.length,
    onTime: delivered.filter((c) => c.on_time).length,
    overdueCommitments: commitments.filter((c) => c.overdue).length,
    confirmed: delivered.filter((c) => c.answers >= 10 && c.yes / c.answers > 0.5).length,
  };
}

function expectMatches(card: PartnerScorecard, e: Expected) {
  const q = card.questions;
  const c = card.commitments;
  expect({
    takenOn: q.takenOn,
    answered: q.answered.count,
    median: q.medianWorkingDays,
    ninetieth: q.ninetiethWorkingDays,
    withinTarget: q.withinTarget.count,
    pastTargetOrAnswered: q.withinTarget.of,
    held: q.overdueNow.of,
    overdueQuestions: q.overdueNow.count,
    made: c.made,
    delivered: c.delivered.count,
    onTime: c.deliveredOnTime.count,
    overdueCommitments: c.overdueNow.count,
    confirmed: c.confirmedByPublic.count,
  }).toEqual(e);
  expect(q.answered.of).toBe(e.takenOn);
  for (const s of [c.delivered, c.deliveredOnTime, c.overdueNow, c.confirmedByPublic]) expect(s.of).toBe(e.made);
}

// ───────────────────────── a hand-built state ─────────────────────────

// Thursday 26 November 2026, midday; the period is September and October 2026.
const NOW = new Date("2026-11-26T12:00:00Z");
const TODAY = "2026-11-26";
const PERIOD: Period = { kind: "custom", from: "2026-09-01", to: "2026-10-31" };
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);
const addCalendarDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T10:00:00Z`) + days * DAY);

const fixture = {} as {
  alpha: { id: number; slug: string };
  beta: { id: number; slug: string };
  member: string;
};

async function takeOn(
  organisationId: number,
  member: string,
  options: {
    takenAt: Date;
    answeredAfterDays?: number;
    /** Passed on by this organisation (a transfer) rather than claimed. */
    transferredFrom?: number;
    moderation?: "approved" | "hidden";
    dueOn?: string;
    holdNow?: boolean;
  },
) {
  const author = await createUser();
  const question = await createQuestion(author.id, {
    moderation: options.moderation ?? "approved",
    status: options.answeredAfterDays === undefined ? "under_review" : "answered",
    moderationReason: options.moderation === "hidden" ? "Hidden for the test." : undefined,
  });
  await db.assignmentEvent.create({
    data: {
      questionId: question.id,
      kind: options.transferredFrom ? "transferred" : "claimed",
      fromOrganisationId: options.transferredFrom ?? null,
      toOrganisationId: organisationId,
      memberId: options.transferredFrom ? null : member,
      note: options.transferredFrom ? "Passed on: this is yours." : null,
      actorId: member,
      createdAt: options.takenAt,
    },
  });
  if (options.holdNow ?? true) {
    await db.assignment.create({
      data: {
        questionId: question.id,
        organisationId,
        dueOn: new Date(`${options.dueOn ?? "2026-12-31"}T00:00:00Z`),
        claimedById: member,
        claimedAt: options.takenAt,
      },
    });
  }
  if (options.answeredAfterDays !== undefined) {
    await db.response.create({
      data: {
        questionId: question.id,
        organisationId,
        authorId: member,
        body: "Our answer.",
        createdAt: new Date(options.takenAt.getTime() + options.answeredAfterDays * DAY),
      },
    });
  }
  return question.id;
}

async function commitment(
  organisationId: number,
  createdBy: string,
  options: {
    createdOn: string;
    targetDate: string;
    state: CommitmentState;
    deliveredOn?: string;
    answers?: DeliveryAnswer[];
    /** People asked who have not answered. */
    unanswered?: number;
  },
) {
  const created = await db.commitment.create({
    data: {
      organisationId,
      title: "A commitment",
      description: "What we will do.",
      targetDate: new Date(`${options.targetDate}T00:00:00Z`),
      state: options.state,
      progress: options.state === "delivered" ? 100 : 30,
      evidence: options.state === "delivered" ? "It is done." : null,
      deliveredAt: options.deliveredOn ? at(options.deliveredOn) : null,
      droppedReason: options.state === "dropped" ? "No longer possible." : null,
      droppedAt: options.state === "dropped" ? at("2026-10-20") : null,
      createdById: createdBy,
      createdAt: at(options.createdOn),
    },
  });
  const answers: (DeliveryAnswer | null)[] = [
    ...(options.answers ?? []),
    ...Array<null>(options.unanswered ?? 0).fill(null),
  ];
  if (answers.length) {
    const people = await db.user.createManyAndReturn({
      data: answers.map(() => ({
        email: `${randomUUID()}@example.com`,
        displayName: "A supporter",
        ageBand: "age_25_44" as const,
      })),
      select: { id: true },
    });
    await db.deliveryCheck.createMany({
      data: people.map((p, i) => ({
        commitmentId: created.id,
        userId: p.id,
        askedAt: at(options.deliveredOn ?? "2026-10-01"),
        answer: answers[i],
        answeredAt: answers[i] ? at(options.deliveredOn ?? "2026-10-01") : null,
      })),
    });
  }
}

const yes = (n: number): DeliveryAnswer[] => Array<DeliveryAnswer>(n).fill("yes");

beforeAll(async () => {
  const alpha = await createOrganisation("alpha-partner");
  const beta = await createOrganisation("beta-partner");
  const member = (await createUser()).id;
  Object.assign(fixture, { alpha, beta, member });
  // A bank holiday in the period, so that working days and calendar days differ by more than weekends.
  await db.bankHoliday.upsert({
    where: { date: new Date("2026-09-14T00:00:00Z") },
    create: { date: new Date("2026-09-14T00:00:00Z"), name: "A test holiday" },
    update: {},
  });

  // Alpha: 14 questions taken on in the period, answered after various days (ties at 7 and 14), 3 still waiting.
  const answeredAfter = [0, 2, 7, 7, 7, 14, 14, 21, 30, 45, 60];
  for (const [i, days] of answeredAfter.entries()) {
    await takeOn(alpha.id, member, {
      takenAt: addCalendarDays("2026-09-02", i * 3),
      answeredAfterDays: days,
      transferredFrom: i === 4 ? beta.id : undefined,
    });
  }
  for (const [i, taken] of ["2026-09-05", "2026-10-20", "2026-10-30"].entries()) {
    // The first is long past its due date; the others are still within it.
    await takeOn(alpha.id, member, { takenAt: at(taken), dueOn: i === 0 ? "2026-10-02" : "2026-12-01" });
  }
  // Not counted in the period: taken on before it, a hidden question, taken on after it.
  await takeOn(alpha.id, member, { takenAt: at("2026-08-20"), answeredAfterDays: 1 });
  await takeOn(alpha.id, member, { takenAt: at("2026-09-10"), moderation: "hidden" });
  await takeOn(alpha.id, member, { takenAt: at("2026-11-10"), dueOn: "2026-11-20" });
  // A question taken on twice in the period counts once, from its first taking on; another partner's answer to a
  // question alpha holds is not alpha's answer.
  const twice = await takeOn(alpha.id, member, { takenAt: at("2026-09-21"), answeredAfterDays: 5 });
  await db.assignmentEvent.create({
    data: {
      questionId: twice,
      kind: "claimed",
      toOrganisationId: alpha.id,
      memberId: member,
      actorId: member,
      createdAt: at("2026-10-05"),
    },
  });
  const othersAnswer = await takeOn(alpha.id, member, { takenAt: at("2026-09-22"), dueOn: "2026-10-20" });
  await db.response.create({
    data: {
      questionId: othersAnswer,
      organisationId: beta.id,
      authorId: member,
      body: "Beta's answer.",
      createdAt: at("2026-09-25"),
    },
  });

  // Beta: 4 questions, 2 answered: too few to show.
  for (let i = 0; i < 4; i += 1) {
    await takeOn(beta.id, member, {
      takenAt: addCalendarDays("2026-09-07", i),
      answeredAfterDays: i < 2 ? 3 : undefined,
    });
  }

  // Alpha's commitments made in the period: 12, in every state.
  const made = [
    { state: "delivered", targetDate: "2026-10-30", deliveredOn: "2026-10-15", answers: [...yes(8), "no", "partly"] },
    {
      state: "delivered",
      targetDate: "2026-10-30",
      deliveredOn: "2026-10-30",
      answers: [...yes(5), ...Array(5).fill("no")],
    },
    { state: "delivered", targetDate: "2026-10-01", deliveredOn: "2026-10-20", answers: yes(9), unanswered: 6 },
    {
      state: "delivered",
      targetDate: "2026-10-01",
      deliveredOn: "2026-10-20",
      answers: [...yes(7), "partly", "partly", "no"],
    },
    { state: "delivered", targetDate: "2026-12-01", deliveredOn: "2026-11-02" },
    { state: "planned", targetDate: "2026-11-01" },
    { state: "in_progress", targetDate: "2026-11-25" },
    { state: "in_progress", targetDate: "2026-11-26" },
    { state: "planned", targetDate: "2027-03-01" },
    { state: "dropped", targetDate: "2026-10-10" },
    { state: "in_progress", targetDate: "2027-01-15" },
    { state: "planned", targetDate: "2027-02-01" },
  ] as const;
  for (const [i, m] of made.entries()) {
    await commitment(alpha.id, member, {
      createdOn: i % 2 ? "2026-09-03" : "2026-10-12",
      ...m,
      answers: "answers" in m ? [...m.answers] : undefined,
      unanswered: "unanswered" in m ? m.unanswered : undefined,
    });
  }
  // Before the period: not counted.
  await commitment(alpha.id, member, { createdOn: "2026-08-15", targetDate: "2026-08-30", state: "planned" });
  // Beta: 2, too few to show.
  await commitment(beta.id, member, {
    createdOn: "2026-09-10",
    targetDate: "2026-09-30",
    state: "delivered",
    deliveredOn: "2026-09-20",
  });
  await commitment(beta.id, member, { createdOn: "2026-09-10", targetDate: "2026-09-30", state: "planned" });
});

describe("the scorecard on a hand-built state", () => {
  it("gives every figure as independent SQL counts it", async () => {
    const target = await getResponseTargetWorkingDays();
    const { scorecards } = await readScorecards(PERIOD, NOW);
    const bySlug = new Map(scorecards.map((s) => [s.organisation.slug, s]));
    for (const organisation of [fixture.alpha, fixture.beta]) {
      expectMatches(bySlug.get(organisation.slug)!, await expectedFor(organisation.id, PERIOD, TODAY, target));
    }
    // What the state was built to show, so the comparison cannot pass on two empty sides.
    const alpha = bySlug.get(fixture.alpha.slug)!;
    expect(alpha.questions.takenOn).toBe(16);
    expect(alpha.questions.answered.count).toBe(12);
    expect(alpha.questions.overdueNow).toMatchObject({ count: 3, of: 18 });
    expect(alpha.commitments).toMatchObject({
      made: 12,
      delivered: { count: 5 },
      deliveredOnTime: { count: 3 },
      overdueNow: { count: 2 },
      confirmedByPublic: { count: 2 },
    });
    expect(alpha.questions.medianWorkingDays).not.toBeNull();
  });

  it("one partner's page reads the same figures as the comparison", async () => {
    const { scorecards } = await readScorecards(PERIOD, NOW);
    const one = await readPartnerScorecard(fixture.alpha.slug, PERIOD, NOW);
    expect(one).toMatchObject(scorecards.find((s) => s.organisation.id === fixture.alpha.id)!);
    expect(await readPartnerScorecard("no-such-partner", PERIOD, NOW)).toBeNull();
  });

  it("lists partners alphabetically, and leaves out deactivated ones", async () => {
    const gone = await createOrganisation("aardvark-gone");
    await db.organisation.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    const names = (await readScorecards(PERIOD, NOW)).scorecards.map((s) => s.organisation.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names).not.toContain(gone.name);
    expect(await readPartnerScorecard(gone.slug, PERIOD, NOW)).toBeNull();
  });

  it(`shows every figure resting on ${MIN_ITEMS} or more items and hides the rest`, async () => {
    const target = await getResponseTargetWorkingDays();
    const { scorecards } = await readScorecards(PERIOD, NOW);
    const alpha = scorecards.find((s) => s.organisation.id === fixture.alpha.id)!;
    const beta = scorecards.find((s) => s.organisation.id === fixture.beta.id)!;
    const rows = (s: PartnerScorecard) => [...questionRows(s.questions, target), ...commitmentRows(s.commitments)];
    expect(rows(alpha).filter((r) => !r.shown)).toEqual([]);
    expect(rows(alpha).find((r) => r.key === "answered")!.value).toBe("12 of 16 (75%)");
    const hidden = rows(beta).filter((r) => !r.shown);
    // Only the two plain counts (taken on, made) are shown for beta.
    expect(
      rows(beta)
        .filter((r) => r.shown)
        .map((r) => r.key),
    ).toEqual(["taken-on", "made"]);
    for (const row of hidden) expect(row.value).toBe(TOO_FEW_TEXT);
    expect(beta.questions.takenOn).toBe(4);
  });

  it("reads with three set-based queries backed by the period indexes", async () => {
    // The tables here are small, so the planner would scan them anyway: with sequential scans off, the plan shows
    // the index is there and fits the period condition (the demo seed's plans are in the README).
    const plans = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const plan = async (sql: string) =>
        (await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`)).map((r) => r["QUERY PLAN"]).join("\n");
      return {
        events: await plan(
          `SELECT * FROM assignment_event e WHERE e.created_at >= '2026-09-01' AND e.created_at < '2026-11-01'`,
        ),
        commitments: await plan(
          `SELECT * FROM commitment c WHERE c.created_at >= '2026-09-01' AND c.created_at < '2026-11-01'`,
        ),
      };
    });
    expect(plans.events).toContain("assignment_event_created_at_idx");
    expect(plans.commitments).toContain("commitment_created_at_idx");
    const [taken, held, commitments] = await Promise.all([
      loadTakenOn(db, PERIOD, null),
      loadHeldNow(db, TODAY, null),
      loadCommitmentCounts(db, PERIOD, TODAY, null),
    ]);
    expect(taken.get(fixture.alpha.id)!.reduce((n, g) => n + g.questions, 0)).toBe(16);
    expect(held.get(fixture.beta.id)!.held).toBe(4);
    expect(commitments.get(fixture.alpha.id)!.made).toBe(12);
  });
});

describe("the cost of a page", () => {
  it("is the same few statements whatever the number of partners and questions", async () => {
    const before = await countQueries(() => readScorecards(PERIOD, NOW));
    for (let i = 0; i < 3; i += 1) {
      const extra = await createOrganisation();
      await takeOn(extra.id, fixture.member, { takenAt: at("2026-09-15"), answeredAfterDays: 2 });
    }
    const after = await countQueries(() => readScorecards(PERIOD, NOW));
    expect(after.result.scorecards.length).toBe(before.result.scorecards.length + 3);
    expect(after.statements.length).toBe(before.statements.length);
    // The organisations, the setting, the bank holidays and the three figure queries.
    expect(before.statements.length).toBeLessThanOrEqual(6);
    const one = await countQueries(() => readPartnerScorecard(fixture.alpha.slug, PERIOD, NOW));
    expect(one.statements.length).toBeLessThanOrEqual(6);
  });
});

describe("the demo seed", () => {
  it(
    "gives the same figures as independent SQL, with every question and commitment figure shown for a partner",
    { timeout: 240_000 },
    async () => {
      await run("npx", ["tsx", "prisma/seed.ts"], { env: { ...process.env, NODE_ENV: "test", SEED_DEMO_DATA: "yes" } });
      const now = new Date();
      const today = londonToday(now);
      const target = await getResponseTargetWorkingDays();
      for (const kind of ["90d", "12m"] as const) {
        const period = presetPeriod(kind, today);
        const { scorecards } = await readScorecards(period, now);
        for (const card of scorecards)
          expectMatches(card, await expectedFor(card.organisation.id, period, today, target));
      }
      const year = (await readScorecards(presetPeriod("12m", today), now)).scorecards;
      const fullyShown = year.filter((s) => questionRows(s.questions, target).every((r) => r.shown));
      expect(fullyShown.map((s) => s.organisation.slug)).toContain("anglia-ruskin-university");
      // And every commitment figure for one partner, each of them above nought (prisma/seed-commitments.ts).
      const council = year.find((s) => s.organisation.slug === "essex-county-council")!.commitments;
      const { made, ...shares } = council;
      expect(made).toBeGreaterThanOrEqual(10);
      for (const [name, figure] of Object.entries(shares)) {
        expect(figure.shown, name).toBe(true);
        expect(figure.count, name).toBeGreaterThan(0);
      }
    },
  );
});
