// The priorities dashboard's figures against independent SQL over the votes themselves (never the rollups), on
// fixture data with known groups and on the demo seed; the suppression of small groups over the real output; the
// rollups against a recount after supports, withdrawals, hiding and account deletion; refusals; the CSV download.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { Forbidden, Unauthenticated } from "@/lib/errors";
import type { AgeBand, ParticipantType } from "@/lib/generated/prisma/enums";
import { deleteAccount } from "@/lib/accounts/your-data/service";
import { broadSupportScore } from "@/lib/priorities/broad-support";
import { type PrioritiesDashboard, loadDashboardWith, weekStart } from "@/lib/priorities/dashboard";
import { handlers } from "@/lib/jobs/handlers";
import { PRIORITIES_REFRESH_SCHEDULE, QUEUES } from "@/lib/jobs/queues";
import {
  readBroadSupport,
  readOrganisationPerformance,
  readPrioritiesDashboard,
  readPrioritiesTable,
  readSupportBreakdowns,
  readThemeSupport,
  readTopQuestionsBySupport,
  readTopQuestionsByTrending,
  readWeeklyTrend,
} from "@/lib/priorities/queries";
import { type Period, addDays, londonToday, presetPeriod } from "@/lib/priorities/schemas";
import { PRESET_KINDS, SNAPSHOT_INTERVAL_MS, dashboardFromJson, storeSnapshot } from "@/lib/priorities/snapshots";
import { type SuppressedBreakdown, suppressBreakdown } from "@/lib/priorities/suppression";
import { PRIORITIES_TABLES } from "@/lib/priorities/tables";
import { supportQuestion, withdrawSupport } from "@/lib/questions/service";
import { AGE_BANDS, PARTICIPANT_TYPES } from "@/lib/accounts/profile/options";
import {
  actorOf,
  createOrganisation,
  createQuestion,
  createUser,
  partnerOf,
  personWithRole,
} from "../support/fixtures";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/actor")>()),
  getActor: async () => session.actor,
}));
const { GET } = await import("@/app/partner/priorities/export/route");

afterEach(() => {
  session.actor = null;
});

const run = promisify(execFile);
const MARCH_2025: Period = { kind: "custom", from: "2025-03-01", to: "2025-03-31" };

// ───────────────────────── independent figures, straight from vote ─────────────────────────

/** Votes on published questions whose London day is in the period. */
const periodVotes = (period: Period) => `
  SELECT v.*, ((v.created_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London')::date AS d
  FROM vote v JOIN question q ON q.id = v.question_id
  WHERE q.moderation = 'approved'
    AND ((v.created_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London')::date BETWEEN '${period.from}' AND '${period.to}'`;

async function expectedTopBySupport(period: Period) {
  return db.$queryRawUnsafe<{ id: string; supports: number }[]>(`
    SELECT question_id AS id, count(*)::int AS supports FROM (${periodVotes(period)}) pv
    GROUP BY question_id ORDER BY supports DESC, question_id LIMIT 10`);
}

async function expectedThemes(period: Period) {
  const rows = await db.$queryRawUnsafe<{ theme_id: number; supports: number; unanswered: number }[]>(`
    SELECT qt.theme_id, count(*)::int AS supports,
           count(*) FILTER (WHERE q.status IN ('open', 'under_review'))::int AS unanswered
    FROM (${periodVotes(period)}) pv JOIN question q ON q.id = pv.question_id
    JOIN question_theme qt ON qt.question_id = pv.question_id GROUP BY qt.theme_id`);
  return new Map(rows.map((r) => [r.theme_id, r]));
}

async function expectedBroadScores(period: Period) {
  const rows = await db.$queryRawUnsafe<{ question_id: string; district_id: number | null; age_band: string | null }[]>(
    `SELECT question_id, district_id, age_band::text FROM (${periodVotes(period)}) pv`,
  );
  const groups = new Map<string, { d: Map<string, number>; a: Map<string, number> }>();
  for (const row of rows) {
    const g = groups.get(row.question_id) ?? { d: new Map(), a: new Map() };
    g.d.set(String(row.district_id), (g.d.get(String(row.district_id)) ?? 0) + 1);
    g.a.set(String(row.age_band), (g.a.get(String(row.age_band)) ?? 0) + 1);
    groups.set(row.question_id, g);
  }
  return new Map(
    [...groups].map(([id, g]) => [
      id,
      broadSupportScore({ byDistrict: [...g.d.values()], byAgeBand: [...g.a.values()] }),
    ]),
  );
}

async function expectedBreakdowns(period: Period) {
  const people = await db.$queryRawUnsafe<
    { district_id: number | null; age_band: AgeBand | null; participant_type: ParticipantType | null }[]
  >(`
    SELECT DISTINCT ON (user_id) user_id, district_id, age_band, participant_type
    FROM (${periodVotes(period)}) pv ORDER BY user_id, created_at DESC`);
  const districts = await db.district.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] });
  const count = <T>(pick: (p: (typeof people)[number]) => T, value: T) =>
    people.filter((p) => pick(p) === value).length;
  return {
    people: people.length,
    district: suppressBreakdown([
      ...districts.map((d) => ({ key: String(d.id), label: d.name, people: count((p) => p.district_id, d.id) })),
      { key: "not-given", label: "Not given", people: count((p) => p.district_id, null) },
    ]),
    ageBand: suppressBreakdown([
      ...AGE_BANDS.map((b) => ({ key: b.value, label: b.label, people: count((p) => p.age_band, b.value) })),
      { key: "not-given", label: "Not given", people: count((p) => p.age_band, null) },
    ]),
    participantType: suppressBreakdown([
      ...PARTICIPANT_TYPES.map((t) => ({
        key: t.value,
        label: t.label,
        people: count((p) => p.participant_type, t.value),
      })),
      { key: "not-given", label: "Not given", people: count((p) => p.participant_type, null) },
    ]),
  };
}

async function expectedWeekly(period: Period) {
  const london = (column: string) => `((${column} AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London')::date::text`;
  const days = await db.$queryRawUnsafe<{ kind: string; d: string }[]>(`
    SELECT 'supports' AS kind, d::text AS d FROM (${periodVotes(period)}) pv
    UNION ALL
    SELECT 'questions', ${london("published_at")} FROM question WHERE moderation = 'approved' AND published_at IS NOT NULL
    UNION ALL
    SELECT 'answers', ${london("first_at")} FROM (
      SELECT DISTINCT ON (r.question_id) r.question_id, r.created_at AS first_at FROM response r
      JOIN question q ON q.id = r.question_id AND q.moderation = 'approved' ORDER BY r.question_id, r.created_at
    ) f`);
  const weeks = new Map<string, { newQuestions: number; supports: number; answers: number }>();
  for (let day = period.from; day <= period.to; day = addDays(day, 1))
    weeks.set(weekStart(day), { newQuestions: 0, supports: 0, answers: 0 });
  for (const { kind, d } of days) {
    if (d < period.from || d > period.to) continue;
    const week = weeks.get(weekStart(d))!;
    if (kind === "supports") week.supports += 1;
    else if (kind === "questions") week.newQuestions += 1;
    else week.answers += 1;
  }
  return [...weeks.values()];
}

async function expectedOrganisations(period: Period, today: string) {
  const organisations = await db.organisation.findMany({ where: { deactivatedAt: null }, orderBy: { name: "asc" } });
  const events = await db.$queryRawUnsafe<{ organisation_id: number; question_id: string; taken: string }[]>(`
    SELECT e.to_organisation_id AS organisation_id, e.question_id,
           min(((e.created_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London')::date)::text AS taken
    FROM assignment_event e JOIN question q ON q.id = e.question_id AND q.moderation = 'approved'
    WHERE e.kind IN ('claimed', 'transferred')
      AND ((e.created_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London')::date BETWEEN '${period.from}' AND '${period.to}'
    GROUP BY 1, 2`);
  const firstResponses = await db.$queryRawUnsafe<{ organisation_id: number; question_id: string; first: string }[]>(`
    SELECT organisation_id, question_id,
           min(((created_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London')::date)::text AS first
    FROM response GROUP BY 1, 2`);
  const overdue = await db.$queryRawUnsafe<{ organisation_id: number; n: number }[]>(`
    SELECT a.organisation_id, count(*)::int AS n FROM assignment a JOIN question q ON q.id = a.question_id
    WHERE q.moderation = 'approved' AND q.status IN ('open', 'under_review') AND a.due_on < '${today}'
      AND a.question_id NOT IN (SELECT question_id FROM response WHERE organisation_id = a.organisation_id)
    GROUP BY 1`);
  return organisations.map((o) => {
    const taken = events.filter((e) => e.organisation_id === o.id);
    const days = taken.flatMap((e) => {
      const first = firstResponses.find((r) => r.organisation_id === o.id && r.question_id === e.question_id);
      return first ? [Math.max(0, (Date.parse(first.first) - Date.parse(e.taken)) / 86_400_000)] : [];
    });
    days.sort((a, b) => a - b);
    const median =
      days.length === 0
        ? null
        : days.length % 2
          ? days[(days.length - 1) / 2]!
          : (days[days.length / 2 - 1]! + days[days.length / 2]!) / 2;
    return {
      id: o.id,
      takenOn: taken.length,
      answered: days.length,
      medianDaysToFirstResponse: median,
      overdueNow: overdue.find((r) => r.organisation_id === o.id)?.n ?? 0,
    };
  });
}

/** Every value each hidden cell can take given what a reader sees (brute force). */
function ambiguous(breakdown: SuppressedBreakdown, cells: number[]): boolean {
  if (breakdown.total === null) return true;
  const hidden = breakdown.cells.flatMap((c, i) => (c.suppressed ? [{ kind: c.suppressed, value: cells[i]! }] : []));
  if (hidden.length === 0) return true;
  if (hidden.length === 1) return false;
  const sum = hidden.reduce((s, h) => s + h.value, 0);
  const seen = hidden.map(() => new Set<number>());
  const walk = (i: number, left: number, chosen: number[]) => {
    if (i === hidden.length) {
      if (left === 0) chosen.forEach((v, j) => seen[j]!.add(v));
      return;
    }
    const [low, high] = hidden[i]!.kind === "small" ? [1, 4] : [5, left];
    for (let v = low; v <= Math.min(high, left); v++) walk(i + 1, left - v, [...chosen, v]);
  };
  walk(0, sum, []);
  return seen.every((s) => s.size > 1);
}

/**
 * Every figure of the dashboard, both worked out live and as the page reads it (for a preset period, the stored
 * snapshot when fresh), against independent SQL.
 */
async function expectDashboardMatches(reader: Actor, period: Period) {
  const now = new Date();
  const live = await loadDashboardWith(db, period, now);
  const reading = await readPrioritiesDashboard(reader, period, now);
  await expectFiguresMatch(live, period, now);
  const breakdowns = await expectFiguresMatch(reading.dashboard, period, now);
  return { data: reading.dashboard, live, reading, breakdowns };
}

async function expectFiguresMatch(data: PrioritiesDashboard, period: Period, now: Date) {
  expect(data.topBySupport.map(({ id, supports }) => ({ id, supports }))).toEqual(await expectedTopBySupport(period));

  const themes = await expectedThemes(period);
  for (const theme of data.themes) {
    expect({ id: theme.id, supports: theme.supports, unanswered: theme.unansweredSupports }).toEqual({
      id: theme.id,
      supports: themes.get(theme.id)?.supports ?? 0,
      unanswered: themes.get(theme.id)?.unanswered ?? 0,
    });
  }

  const trending = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM question WHERE moderation = 'approved' AND trending_score > 0
    ORDER BY trending_score DESC, id DESC LIMIT 10`;
  expect(data.topByTrending.map((q) => q.id)).toEqual(trending.map((q) => q.id));

  const broad = await expectedBroadScores(period);
  const bestScores = [...broad.values()]
    .map((s) => s.score)
    .sort((a, b) => b - a)
    .slice(0, 10);
  expect(data.broadSupport.map((q) => q.score)).toEqual(bestScores.map((s) => expect.closeTo(s, 9)));
  for (const q of data.broadSupport) expect(q.score).toBeCloseTo(broad.get(q.id)!.score, 9);

  const breakdowns = await expectedBreakdowns(period);
  expect(data.breakdowns.district).toEqual(breakdowns.district);
  expect(data.breakdowns.ageBand).toEqual(breakdowns.ageBand);
  expect(data.breakdowns.participantType).toEqual(breakdowns.participantType);

  expect(data.weekly.map(({ newQuestions, supports, answers }) => ({ newQuestions, supports, answers }))).toEqual(
    await expectedWeekly(period),
  );
  expect(data.organisations.map(({ name: _name, ...rest }) => rest)).toEqual(
    await expectedOrganisations(period, londonToday(now)),
  );
  return breakdowns;
}

/** The four rollups recounted from vote (support on published questions only): nothing missing, nothing extra. */
async function expectRollupsExact() {
  const diff = await db.$queryRawUnsafe<{ n: number }[]>(`
    WITH v AS (
      SELECT v.*, london_day(v.created_at) AS day FROM vote v JOIN question q ON q.id = v.question_id
      WHERE q.moderation = 'approved'
    )
    SELECT (
      (SELECT count(*) FROM ((SELECT day, question_id, count(*)::int FROM v GROUP BY 1, 2)
        EXCEPT ALL (SELECT day, question_id, supports FROM question_support_day)) a)
    + (SELECT count(*) FROM ((SELECT day, question_id, supports FROM question_support_day)
        EXCEPT ALL (SELECT day, question_id, count(*)::int FROM v GROUP BY 1, 2)) b)
    + (SELECT count(*) FROM ((SELECT date_trunc('month', day)::date, question_id, count(*)::int FROM v GROUP BY 1, 2)
        EXCEPT ALL (SELECT month, question_id, supports FROM question_support_month)) c)
    + (SELECT count(*) FROM ((SELECT month, question_id, supports FROM question_support_month)
        EXCEPT ALL (SELECT date_trunc('month', day)::date, question_id, count(*)::int FROM v GROUP BY 1, 2)) d)
    + (SELECT count(*) FROM ((SELECT day, user_id, district_id, age_band, participant_type, count(*)::int FROM v GROUP BY 1, 2, 3, 4, 5)
        EXCEPT ALL (SELECT day, user_id, district_id, age_band, participant_type, supports FROM supporter_day)) e)
    + (SELECT count(*) FROM ((SELECT day, user_id, district_id, age_band, participant_type, supports FROM supporter_day)
        EXCEPT ALL (SELECT day, user_id, district_id, age_band, participant_type, count(*)::int FROM v GROUP BY 1, 2, 3, 4, 5)) f)
    + (SELECT count(*) FROM ((SELECT date_trunc('month', day)::date, user_id, district_id, age_band, participant_type, count(*)::int FROM v GROUP BY 1, 2, 3, 4, 5)
        EXCEPT ALL (SELECT month, user_id, district_id, age_band, participant_type, supports FROM supporter_month)) g)
    + (SELECT count(*) FROM ((SELECT month, user_id, district_id, age_band, participant_type, supports FROM supporter_month)
        EXCEPT ALL (SELECT date_trunc('month', day)::date, user_id, district_id, age_band, participant_type, count(*)::int FROM v GROUP BY 1, 2, 3, 4, 5)) h)
    )::int AS n`);
  expect(diff[0]!.n).toBe(0);
}

// ───────────────────────── fixture ─────────────────────────

async function district(name: string) {
  const slug = `${name.toLowerCase()}-${randomUUID().slice(0, 6)}`;
  return db.district.create({ data: { slug, name: `${name} ${slug.slice(-6)}`, kind: "district", position: 100 } });
}

async function theme(name: string) {
  return db.theme.create({
    data: { slug: `theme-${randomUUID().slice(0, 8)}`, name, description: "A test theme.", position: 100 },
  });
}

async function person(districtId: number | null, ageBand: AgeBand | null, participantType: ParticipantType | null) {
  const user = await createUser({ ageBand });
  await db.user.update({ where: { id: user.id }, data: { districtId, participantType } });
  return user.id;
}

async function vote(userId: string, questionId: string, at: string) {
  await db.$executeRaw`INSERT INTO vote (user_id, question_id, created_at) VALUES (${userId}::uuid, ${questionId}::uuid, ${at}::timestamp)`;
}

const fixture = {} as {
  districts: { d1: number; d2: number; d3: number };
  oneTheme: number;
  otherTheme: number;
  onePlace: string;
  spread: string;
  answered: string;
  hidden: string;
  pending: string;
  organisation: number;
  partner: Actor;
};

beforeAll(async () => {
  const [d1, d2, d3] = [await district("Alpha"), await district("Beta"), await district("Gamma")];
  const oneTheme = await theme(`=HYPERLINK("http://evil.example","Transport, buses")`);
  const otherTheme = await theme(`+Energy "and" waste\nnext line`);
  const author = (await createUser()).id;
  const onePlace = await createQuestion(author, { title: "@Seafront benches, for Alpha only" });
  const spread = await createQuestion(author, { title: '-1+1 "quoted", spread, everywhere' });
  const answered = await createQuestion(author, { title: "Answered question about buses", status: "answered" });
  const hidden = await createQuestion(author, { title: "Hidden question" });
  const pending = await createQuestion(author, { title: "Pending question", moderation: "pending" });
  await db.questionTheme.createMany({
    data: [
      { questionId: onePlace.id, themeId: oneTheme.id },
      { questionId: spread.id, themeId: oneTheme.id },
      { questionId: spread.id, themeId: otherTheme.id },
      { questionId: answered.id, themeId: otherTheme.id },
      { questionId: hidden.id, themeId: oneTheme.id },
      { questionId: pending.id, themeId: oneTheme.id },
    ],
  });
  const alpha = await Promise.all(Array.from({ length: 12 }, () => person(d1.id, "age_25_44", "resident")));
  const beta = await Promise.all(Array.from({ length: 6 }, () => person(d2.id, "age_65_plus", "student")));
  const gamma = await Promise.all(Array.from({ length: 2 }, () => person(d3.id, "age_18_24", "teacher")));
  const unknown = await person(null, null, null);
  for (const [i, id] of alpha.entries()) await vote(id, onePlace.id, `2025-03-${String(2 + i).padStart(2, "0")} 10:00`);
  for (const id of [...alpha.slice(0, 3), ...beta.slice(0, 3), ...gamma, unknown])
    await vote(id, spread.id, "2025-03-20 12:00");
  for (const id of beta.slice(0, 5)) await vote(id, answered.id, "2025-03-01 00:00");
  // Edges: 23:30 UTC on 28 February is still February in London (GMT); 23:30 UTC on 31 March is 1 April (BST).
  await vote(beta[5]!, answered.id, "2025-02-28 23:30");
  await vote(gamma[0]!, answered.id, "2025-03-31 23:30");
  // Counted nowhere: support on a question hidden since, and on one never published.
  for (const id of alpha.slice(0, 4)) await vote(id, hidden.id, "2025-03-10 09:00");
  await db.question.update({ where: { id: hidden.id }, data: { moderation: "hidden" } });
  for (const id of alpha.slice(4, 6)) await vote(id, pending.id, "2025-03-10 09:00");

  const organisation = await createOrganisation();
  const partner = await partnerOf(organisation.id);
  await db.assignmentEvent.create({
    data: {
      questionId: answered.id,
      kind: "claimed",
      toOrganisationId: organisation.id,
      memberId: partner.id,
      actorId: partner.id,
      createdAt: new Date("2025-03-03T10:00:00Z"),
    },
  });
  await db.response.create({
    data: {
      questionId: answered.id,
      organisationId: organisation.id,
      authorId: partner.id,
      body: "Answer.",
      createdAt: new Date("2025-03-10T10:00:00Z"),
    },
  });
  await db.assignmentEvent.create({
    data: {
      questionId: onePlace.id,
      kind: "claimed",
      toOrganisationId: organisation.id,
      memberId: partner.id,
      actorId: partner.id,
      createdAt: new Date("2025-03-05T10:00:00Z"),
    },
  });
  await db.assignment.create({
    data: {
      questionId: onePlace.id,
      organisationId: organisation.id,
      dueOn: new Date("2025-04-01"),
      claimedById: partner.id,
      claimedAt: new Date("2025-03-05T10:00:00Z"),
    },
  });
  Object.assign(fixture, {
    districts: { d1: d1.id, d2: d2.id, d3: d3.id },
    oneTheme: oneTheme.id,
    otherTheme: otherTheme.id,
    onePlace: onePlace.id,
    spread: spread.id,
    answered: answered.id,
    hidden: hidden.id,
    pending: pending.id,
    organisation: organisation.id,
    partner,
  });
});

// ───────────────────────── tests ─────────────────────────

describe("the priorities figures on known data (March 2025)", () => {
  it("equal independent SQL over the votes, and say what the fixture says", async () => {
    const { data } = await expectDashboardMatches(fixture.partner, MARCH_2025);
    expect(data.topBySupport.map((q) => [q.id, q.supports])).toEqual([
      [fixture.onePlace, 12],
      [fixture.spread, 9],
      [fixture.answered, 5],
    ]);
    // Spread support beats more support from one place.
    expect(data.broadSupport.map((q) => q.id).slice(0, 2)).toEqual([fixture.spread, fixture.onePlace]);
    expect(data.broadSupport[1]!.score).toBeCloseTo(3);
    const themes = new Map(data.themes.map((t) => [t.id, t]));
    expect(themes.get(fixture.oneTheme)).toMatchObject({ supports: 21, unansweredSupports: 21 });
    expect(themes.get(fixture.otherTheme)).toMatchObject({ supports: 14, unansweredSupports: 9 });
    const district = new Map(data.breakdowns.district.cells.map((c) => [c.key, c]));
    expect(district.get(String(fixture.districts.d1))).toMatchObject({ people: 12, suppressed: null });
    expect(district.get(String(fixture.districts.d2))).toMatchObject({ people: 5, suppressed: null });
    expect(district.get(String(fixture.districts.d3))).toMatchObject({ people: null, suppressed: "small" });
    expect(district.get("not-given")).toMatchObject({ people: null, suppressed: "small" });
    expect(data.breakdowns.district.total).toBe(20);
    expect(data.weekly.reduce((s, w) => s + w.supports, 0)).toBe(26);
    expect(data.weekly[0]).toMatchObject({ weekStart: "2025-03-01", supports: 6 });
    const organisation = data.organisations.find((o) => o.id === fixture.organisation);
    expect(organisation).toMatchObject({ takenOn: 2, answered: 1, medianDaysToFirstResponse: 7, overdueNow: 1 });
  });

  it("never count hidden or pending questions, and keep no rollup rows for them", async () => {
    const { dashboard: data } = await readPrioritiesDashboard(fixture.partner, MARCH_2025);
    const ids = [...data.topBySupport, ...data.topByTrending, ...data.broadSupport].map((q) => q.id);
    expect(ids).not.toContain(fixture.hidden);
    expect(ids).not.toContain(fixture.pending);
    const [row] = await db.$queryRaw<{ n: number }[]>`
      SELECT ((SELECT count(*) FROM question_support_day WHERE question_id IN (${fixture.hidden}::uuid, ${fixture.pending}::uuid))
            + (SELECT count(*) FROM question_support_month WHERE question_id IN (${fixture.hidden}::uuid, ${fixture.pending}::uuid)))::int AS n`;
    expect(row!.n).toBe(0);
    // Restored, its support counts again; hidden again, it goes.
    await db.question.update({ where: { id: fixture.hidden }, data: { moderation: "approved" } });
    expect((await readTopQuestionsBySupport(fixture.partner, MARCH_2025)).map((q) => q.id)).toContain(fixture.hidden);
    await expectRollupsExact();
    await db.question.update({ where: { id: fixture.hidden }, data: { moderation: "hidden" } });
    expect((await readTopQuestionsBySupport(fixture.partner, MARCH_2025)).map((q) => q.id)).not.toContain(
      fixture.hidden,
    );
  });

  it("count a support on its day in Essex at the period's edges", async () => {
    const lastDay = await readTopQuestionsBySupport(fixture.partner, {
      kind: "custom",
      from: "2025-04-01",
      to: "2025-04-01",
    });
    expect(lastDay.find((q) => q.id === fixture.answered)?.supports).toBe(1);
    const february = await readTopQuestionsBySupport(fixture.partner, {
      kind: "custom",
      from: "2025-02-28",
      to: "2025-02-28",
    });
    expect(february.find((q) => q.id === fixture.answered)?.supports).toBe(1);
    const firstDay = await readTopQuestionsBySupport(fixture.partner, {
      kind: "custom",
      from: "2025-03-01",
      to: "2025-03-01",
    });
    expect(firstDay.find((q) => q.id === fixture.answered)?.supports).toBe(5);
    // Whole months and days together: 15 February to 15 April reads February's and April's days and March whole.
    await expectDashboardMatches(fixture.partner, { kind: "custom", from: "2025-02-15", to: "2025-04-15" });
  });

  it("suppress so that no hidden group can be worked out, over the real output", async () => {
    const { data } = await expectDashboardMatches(fixture.partner, MARCH_2025);
    const raw = await db.$queryRawUnsafe<{ district_id: number | null; n: number }[]>(`
      SELECT district_id, count(DISTINCT user_id)::int AS n FROM (${periodVotes(MARCH_2025)}) pv GROUP BY 1`);
    const cells = data.breakdowns.district.cells.map(
      (c) => raw.find((r) => String(r.district_id ?? "not-given") === c.key)?.n ?? 0,
    );
    expect(ambiguous(data.breakdowns.district, cells)).toBe(true);
    const shown = data.breakdowns.district.cells.reduce((s, c) => s + (c.people ?? 0), 0);
    const hidden = data.breakdowns.district.cells.filter((c) => c.suppressed);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(data.breakdowns.district.total! - shown).toBe(3);
  });
});

describe("the rollups", () => {
  it("stay exact after supports, withdrawals and account deletion", async () => {
    await expectRollupsExact();
    const author = (await createUser()).id;
    const question = await createQuestion(author, { title: "Rollup check" });
    const supporters = await Promise.all(
      Array.from({ length: 4 }, async () => actorOf(await person(fixture.districts.d2, "age_16_17", "student"))),
    );
    for (const s of supporters) await supportQuestion(s, question.id);
    await withdrawSupport(supporters[0]!, question.id);
    await supportQuestion(supporters[0]!, question.id);
    await withdrawSupport(supporters[1]!, question.id);
    await deleteAccount(supporters[2]!);
    await expectRollupsExact();
    const today = londonToday();
    const top = await readTopQuestionsBySupport(fixture.partner, { kind: "custom", from: today, to: today });
    expect(top.find((q) => q.id === question.id)?.supports).toBe(2);
  });

  it("keep the supporter's details as they were when they supported", async () => {
    const author = (await createUser()).id;
    const question = await createQuestion(author, { title: "Snapshot check" });
    const supporter = await actorOf(await person(fixture.districts.d1, "age_45_64", "business"));
    await supportQuestion(supporter, question.id);
    await db.user.update({ where: { id: supporter.id }, data: { districtId: fixture.districts.d3 } });
    await withdrawSupport(supporter, question.id);
    await expectRollupsExact();
    const [vote] = await db.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM supporter_day WHERE user_id = ${supporter.id}::uuid`;
    expect(vote!.n).toBe(0);
  });
});

describe("the demo seed", () => {
  it("gives the same figures as independent SQL, for each period", { timeout: 180_000 }, async () => {
    await run("npx", ["tsx", "prisma/seed.ts"], { env: { ...process.env, NODE_ENV: "test", SEED_DEMO_DATA: "yes" } });
    await expectRollupsExact();
    const admin = await personWithRole("admin");
    const today = londonToday();
    await db.$executeRaw`DELETE FROM priorities_snapshot`;
    for (const kind of ["30d", "90d", "12m"] as const) {
      // No snapshot yet: worked out live and stored; the next read is the stored snapshot, the same figures.
      const { data, live, reading, breakdowns } = await expectDashboardMatches(admin, presetPeriod(kind, today));
      expect(reading.fromSnapshot).toBe(false);
      expect(data).toEqual(live);
      for (const [name, b] of Object.entries(data.breakdowns)) {
        const raw = breakdowns[name as keyof typeof breakdowns] as SuppressedBreakdown;
        expect(raw).toEqual(b);
      }
      const again = await expectDashboardMatches(admin, presetPeriod(kind, today));
      expect(again.reading.fromSnapshot).toBe(true);
      expect(again.reading.computedAt).toEqual(reading.computedAt);
      expect(again.data).toStrictEqual(live);
    }
  });
});

describe("who may read the priorities", () => {
  const readers = [
    (a: Actor | null) => readPrioritiesDashboard(a, MARCH_2025),
    (a: Actor | null) => readTopQuestionsBySupport(a, MARCH_2025),
    (a: Actor | null) => readTopQuestionsByTrending(a),
    (a: Actor | null) => readThemeSupport(a, MARCH_2025),
    (a: Actor | null) => readBroadSupport(a, MARCH_2025),
    (a: Actor | null) => readSupportBreakdowns(a, MARCH_2025),
    (a: Actor | null) => readWeeklyTrend(a, MARCH_2025),
    (a: Actor | null) => readOrganisationPerformance(a, MARCH_2025),
    (a: Actor | null) => readPrioritiesTable(a, "themes", MARCH_2025),
  ];

  it("refuses citizens, moderators and visitors, and lets partners and admins read", async () => {
    const citizen = await personWithRole("citizen");
    const moderator = await personWithRole("moderator");
    const admin = await personWithRole("admin");
    for (const read of readers) {
      await expect(read(citizen)).rejects.toBeInstanceOf(Forbidden);
      await expect(read(moderator)).rejects.toBeInstanceOf(Forbidden);
      await expect(read(null)).rejects.toBeInstanceOf(Unauthenticated);
      await expect(read(fixture.partner)).resolves.toBeDefined();
      await expect(read(admin)).resolves.toBeDefined();
    }
  });

  it("refuses the CSV download the same way", async () => {
    const url = "http://localhost/partner/priorities/export?table=themes&period=30d";
    session.actor = null;
    expect((await GET(new Request(url))).status).toBe(401);
    session.actor = await personWithRole("citizen");
    expect((await GET(new Request(url))).status).toBe(403);
    session.actor = await personWithRole("moderator");
    const refused = await GET(new Request(url));
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain("Transport");
    session.actor = fixture.partner;
    expect((await GET(new Request(url))).status).toBe(200);
    expect((await GET(new Request("http://localhost/partner/priorities/export?table=nothing"))).status).toBe(400);
  });
});

describe("the snapshots of the preset periods", () => {
  const today = () => londonToday();
  /** A stored snapshot whose figures no live computation gives, to tell whether a read served it. */
  async function storeMarked(period: Period, computedAt: Date) {
    const live = await loadDashboardWith(db, period, computedAt);
    const marked = {
      ...live,
      topBySupport: [{ id: randomUUID(), title: "Marked snapshot", status: "open" as const, supports: 1e6 }],
    };
    await db.$executeRaw`DELETE FROM priorities_snapshot`;
    await storeSnapshot(db, marked, computedAt);
    return marked;
  }

  it("serve a fresh snapshot, and work out again one older than the interval", async () => {
    const period = presetPeriod("30d", today());
    const now = new Date();
    const marked = await storeMarked(period, new Date(now.getTime() - SNAPSHOT_INTERVAL_MS + 60_000));
    const fresh = await readPrioritiesDashboard(fixture.partner, period, now);
    expect(fresh.fromSnapshot).toBe(true);
    expect(fresh.dashboard).toStrictEqual(marked);

    await storeMarked(period, new Date(now.getTime() - SNAPSHOT_INTERVAL_MS - 1000));
    const stale = await readPrioritiesDashboard(fixture.partner, period, now);
    expect(stale.fromSnapshot).toBe(false);
    expect(stale.computedAt).toEqual(now);
    expect(stale.dashboard).toStrictEqual(await loadDashboardWith(db, period, now));
    // Stored for the next reader, replacing the stale one.
    const [row] = await snapshotRowsOf();
    expect(row!.computed_at).toEqual(now);
    expect(dashboardFromJson(row!.figures)).toStrictEqual(stale.dashboard);
    // An older computation finishing later does not replace a newer one.
    await storeSnapshot(db, marked, new Date(now.getTime() - 1000));
    expect((await readPrioritiesDashboard(fixture.partner, period, now)).dashboard).toStrictEqual(stale.dashboard);
  });

  it("give a preset's CSV download from the same snapshot the page shows", async () => {
    await storeMarked(presetPeriod("30d", today()), new Date());
    session.actor = fixture.partner;
    const response = await GET(
      new Request("http://localhost/partner/priorities/export?table=questions-by-support&period=30d"),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Marked snapshot");
  });

  it("work out again a snapshot of yesterday's period, however recent", async () => {
    const now = new Date();
    await storeMarked(presetPeriod("90d", addDays(today(), -1)), new Date(now.getTime() - 60_000));
    const period = presetPeriod("90d", today());
    const reading = await readPrioritiesDashboard(fixture.partner, period, now);
    expect(reading.fromSnapshot).toBe(false);
    expect(reading.dashboard.topBySupport.map((q) => q.title)).not.toContain("Marked snapshot");
    expect(reading.dashboard).toStrictEqual(await loadDashboardWith(db, period, now));
    const [row] = await snapshotRowsOf();
    expect([row!.period_from, row!.period_to]).toEqual([period.from, period.to]);
  });

  it("never serve or store a custom period, even one with a preset's dates", async () => {
    const now = new Date();
    const preset = presetPeriod("12m", today());
    await storeMarked(preset, now);
    const custom: Period = { kind: "custom", from: preset.from, to: preset.to };
    const reading = await readPrioritiesDashboard(fixture.partner, custom, now);
    expect(reading.fromSnapshot).toBe(false);
    expect(reading.dashboard).toStrictEqual(await loadDashboardWith(db, custom, now));
    expect((await snapshotRowsOf()).map((r) => r.period_kind)).toEqual(["12m"]);
    await expect(storeSnapshot(db, reading.dashboard, now)).rejects.toThrow(/preset/);
  });

  it("are refused before anything is read, and none is written, for visitors, citizens and moderators", async () => {
    await db.$executeRaw`DELETE FROM priorities_snapshot`;
    const citizen = await personWithRole("citizen");
    const moderator = await personWithRole("moderator");
    const reads = vi.spyOn(db, "$queryRaw");
    const writes = vi.spyOn(db, "$executeRaw");
    try {
      for (const kind of PRESET_KINDS) {
        const period = presetPeriod(kind, today());
        await expect(readPrioritiesDashboard(null, period)).rejects.toBeInstanceOf(Unauthenticated);
        await expect(readPrioritiesDashboard(citizen, period)).rejects.toBeInstanceOf(Forbidden);
        await expect(readPrioritiesDashboard(moderator, period)).rejects.toBeInstanceOf(Forbidden);
      }
      expect(reads).not.toHaveBeenCalled();
      expect(writes).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
      writes.mockRestore();
    }
    expect(await snapshotRowsOf()).toEqual([]);
  });
});

describe("the refresh-priorities job", () => {
  it("is scheduled every 10 minutes on a singleton queue", async () => {
    expect(QUEUES["refresh-priorities"].options.policy).toBe("singleton");
    const [queue] = await db.$queryRaw<
      { policy: string }[]
    >`SELECT policy FROM pgboss.queue WHERE name = 'refresh-priorities'`;
    expect(queue?.policy).toBe("singleton");
    const [schedule] = await db.$queryRaw<
      { cron: string }[]
    >`SELECT cron FROM pgboss.schedule WHERE name = 'refresh-priorities'`;
    expect(schedule?.cron).toBe(PRIORITIES_REFRESH_SCHEDULE.cron);
  });

  it("writes the three presets' snapshots, equal to the live computation and to independent SQL", async () => {
    await db.$executeRaw`DELETE FROM priorities_snapshot`;
    const before = new Date();
    await handlers["refresh-priorities"]({});
    const rows = await snapshotRowsOf();
    expect(rows.map((r) => r.period_kind)).toEqual(["12m", "30d", "90d"]);
    const today = londonToday();
    for (const row of rows) {
      const period = presetPeriod(row.period_kind as (typeof PRESET_KINDS)[number], today);
      expect([row.period_from, row.period_to]).toEqual([period.from, period.to]);
      expect(row.computed_at.getTime()).toBeGreaterThanOrEqual(before.getTime());
      const stored = dashboardFromJson(row.figures);
      expect(stored).toStrictEqual(await loadDashboardWith(db, period, row.computed_at));
      await expectFiguresMatch(stored, period, row.computed_at);
      // And the page reads exactly that.
      const reading = await readPrioritiesDashboard(fixture.partner, period);
      expect(reading.fromSnapshot).toBe(true);
      expect(reading.dashboard).toStrictEqual(stored);
    }
  });
});

async function snapshotRowsOf() {
  return db.$queryRaw<
    { period_kind: string; period_from: string; period_to: string; computed_at: Date; figures: string }[]
  >`
    SELECT period_kind, period_from::text, period_to::text, computed_at, figures::text FROM priorities_snapshot
    ORDER BY period_kind`;
}

describe("the CSV downloads", () => {
  const march = "period=custom&fromDay=1&fromMonth=3&fromYear=2025&toDay=31&toMonth=3&toYear=2025";

  it("round-trip through a CSV parser with hostile titles and theme names guarded, with the BOM", async () => {
    session.actor = fixture.partner;
    const response = await GET(new Request(`http://localhost/partner/priorities/export?table=themes&${march}`));
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(
      /attachment; filename="priorities-themes-2025-03-01-to-2025-03-31-/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(new TextDecoder().decode(bytes), { bom: true });
    expect(rows[0]).toEqual([
      "Theme",
      "Supports in the period",
      "Supports on unanswered questions",
      "Trending score now",
    ]);
    const byName = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect(byName.get(`'=HYPERLINK("http://evil.example","Transport, buses")`)?.slice(1, 3)).toEqual(["21", "21"]);
    expect(byName.get(`'+Energy "and" waste\nnext line`)?.slice(1, 3)).toEqual(["14", "9"]);

    const questions: string[][] = parse(
      await (
        await GET(new Request(`http://localhost/partner/priorities/export?table=questions-by-support&${march}`))
      ).text(),
      { bom: true },
    );
    expect(questions.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ["'@Seafront benches, for Alpha only", "12"],
      [`'-1+1 "quoted", spread, everywhere`, "9"],
      ["Answered question about buses", "5"],
    ]);
  });

  it("write small groups as words, never the number, for every table", async () => {
    session.actor = fixture.partner;
    const district: string[][] = parse(
      await (
        await GET(new Request(`http://localhost/partner/priorities/export?table=supporters-by-district&${march}`))
      ).text(),
      { bom: true },
    );
    const byName = new Map(district.slice(1).map((r) => [r[0], r[1]]));
    const names = await db.district.findMany({ where: { id: { in: [fixture.districts.d1, fixture.districts.d3] } } });
    expect(byName.get(names.find((d) => d.id === fixture.districts.d1)!.name)).toBe("12");
    expect(byName.get(names.find((d) => d.id === fixture.districts.d3)!.name)).toBe("fewer than 5");
    expect(byName.get("Not given")).toBe("fewer than 5");
    expect(byName.get("All people")).toBe("20");
    for (const table of PRIORITIES_TABLES) {
      const response = await GET(new Request(`http://localhost/partner/priorities/export?table=${table}&${march}`));
      expect(response.status).toBe(200);
      expect(parse(await response.text(), { bom: true }).length).toBeGreaterThan(0);
    }
  });
});
