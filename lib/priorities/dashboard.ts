// The priorities dashboard's figures, read from the rollups the write path keeps (migration
// 20261126140000_priorities_rollups) and a few small indexed reads. Given a database client so the bench can time
// exactly what the page runs; the page reads it through queries.ts, which checks the permission first.
//
// What is counted: support on published questions only (the rollups hold nothing else: a hidden question's
// support leaves them and comes back if it is restored). A support's district, age group and "I am a…" answer are
// the supporter's when they gave it.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { AgeBand, ParticipantType, QuestionStatus } from "@/lib/generated/prisma/enums";
import { AGE_BANDS, PARTICIPANT_TYPES } from "@/lib/accounts/profile/options";
import { TRENDING_EPOCH, TRENDING_HALF_LIFE_DAYS } from "@/lib/votes/trending";
import { broadSupportScore } from "./broad-support";
import { type Period, periodParts, addDays, londonToday } from "./schemas";
import { type SuppressedBreakdown, suppressBreakdown } from "./suppression";
import { loadParticipation, type ParticipationFigures } from "@/lib/participation/figures";

type Client = Pick<PrismaClient, "$queryRaw">;

export const TOP_LIMIT = 10;
/** Questions read with their groups per round when ranking broad support (the rank needs few: see topBroad). */
const BROAD_CANDIDATES = 200;
export const UNANSWERED_STATUSES: readonly QuestionStatus[] = ["open", "under_review"];

export interface QuestionFigure {
  id: string;
  title: string;
  status: QuestionStatus;
  supports: number;
}

export interface TrendingQuestion {
  id: string;
  title: string;
  status: QuestionStatus;
  /** Supports weighted by age: one given now counts 1, a week ago ½, two weeks ago ¼. */
  trending: number;
}

export interface ThemeFigure {
  id: number;
  name: string;
  supports: number;
  unansweredSupports: number;
  trending: number;
}

export interface BroadQuestion extends QuestionFigure {
  effectiveDistricts: number;
  effectiveAgeBands: number;
  score: number;
}

export interface WeekFigure {
  /** Monday of the week (the first day of the period when the period starts mid-week). */
  weekStart: string;
  newQuestions: number;
  supports: number;
  answers: number;
}

export interface OrganisationFigure {
  id: number;
  name: string;
  takenOn: number;
  answered: number;
  /** Calendar days from taking a question on to the organisation's first response; null with none answered. */
  medianDaysToFirstResponse: number | null;
  overdueNow: number;
}

export interface Breakdowns {
  district: SuppressedBreakdown;
  ageBand: SuppressedBreakdown;
  participantType: SuppressedBreakdown;
}

export interface PrioritiesDashboard {
  period: Period;
  /** Who took part, against who lives in Essex: also the public "Who is taking part" page's figures. */
  participation: ParticipationFigures;
  topBySupport: QuestionFigure[];
  topByTrending: TrendingQuestion[];
  themes: ThemeFigure[];
  broadSupport: BroadQuestion[];
  breakdowns: Breakdowns;
  weekly: WeekFigure[];
  organisations: OrganisationFigure[];
}

/** The period's supports per question row source: whole months from the monthly rollup, the rest by day. */
function periodQuestionSupportsSql(period: Period): Prisma.Sql {
  const p = periodParts(period);
  return Prisma.sql`
    SELECT question_id, supports FROM question_support_month
    WHERE month >= ${p.monthsFrom}::date AND month < ${p.monthsUntil}::date
    UNION ALL
    SELECT question_id, supports FROM question_support_day
    WHERE (day >= ${p.from}::date AND day < ${p.monthsFrom}::date)
       OR (day >= ${p.monthsUntil}::date AND day < ${p.until}::date)`;
}

/** Start and end (exclusive) of the period as UTC timestamps, for columns stored in UTC. */
function utcBoundsSql(period: Period): { start: Prisma.Sql; end: Prisma.Sql } {
  const until = addDays(period.to, 1);
  return {
    start: Prisma.sql`((${period.from}::date::timestamp AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC')`,
    end: Prisma.sql`((${until}::date::timestamp AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC')`,
  };
}

/** Trending scores as "supports weighted by age" now (see lib/votes/trending.ts). */
function decayFactor(now: Date): number {
  const lambdaPerMs = Math.LN2 / (TRENDING_HALF_LIFE_DAYS * 24 * 60 * 60 * 1000);
  return Math.exp(-lambdaPerMs * (now.getTime() - TRENDING_EPOCH));
}

interface SupportRow {
  id: string;
  title: string;
  status: QuestionStatus;
  supports: number;
}

/** Every published question with support in the period, most supported first (ties: id), `limit` of them. */
async function questionsBySupport(client: Client, period: Period, limit: number): Promise<SupportRow[]> {
  return client.$queryRaw<SupportRow[]>`
    WITH per_question AS (
      SELECT s.question_id, sum(s.supports)::int AS supports
      FROM (${periodQuestionSupportsSql(period)}) s GROUP BY s.question_id
    )
    SELECT q.id, q.title, q.status, p.supports
    FROM per_question p JOIN question q ON q.id = p.question_id
    WHERE q.moderation = 'approved'
    ORDER BY p.supports DESC, q.id
    LIMIT ${limit}`;
}

export async function loadTopBySupport(client: Client, period: Period): Promise<QuestionFigure[]> {
  return questionsBySupport(client, period, TOP_LIMIT);
}

export async function loadTopByTrending(client: Client, now: Date): Promise<TrendingQuestion[]> {
  const rows = await client.$queryRaw<(Omit<TrendingQuestion, "trending"> & { trending_score: number })[]>`
    SELECT q.id, q.title, q.status, q.trending_score
    FROM question q
    WHERE q.moderation = 'approved' AND q.trending_score > 0
    ORDER BY q.trending_score DESC, q.id DESC
    LIMIT ${TOP_LIMIT}`;
  const factor = decayFactor(now);
  return rows.map(({ trending_score, ...row }) => ({ ...row, trending: trending_score * factor }));
}

export async function loadThemes(client: Client, period: Period, now: Date): Promise<ThemeFigure[]> {
  const rows = await client.$queryRaw<
    { id: number; name: string; supports: number; unanswered_supports: number; trending_score: number }[]
  >`
    WITH per_question AS (
      SELECT s.question_id, sum(s.supports)::int AS supports
      FROM (${periodQuestionSupportsSql(period)}) s GROUP BY s.question_id
    ), period_themes AS (
      SELECT qt.theme_id,
             sum(p.supports)::int AS supports,
             coalesce(sum(p.supports) FILTER (WHERE q.status IN ('open', 'under_review')), 0)::int AS unanswered_supports
      FROM per_question p
      JOIN question q ON q.id = p.question_id AND q.moderation = 'approved'
      JOIN question_theme qt ON qt.question_id = p.question_id
      GROUP BY qt.theme_id
    ), trending_themes AS (
      SELECT qt.theme_id, sum(q.trending_score)::float8 AS trending_score
      FROM question q JOIN question_theme qt ON qt.question_id = q.id
      WHERE q.moderation = 'approved' AND q.trending_score > 0
      GROUP BY qt.theme_id
    )
    SELECT t.id, t.name, coalesce(pt.supports, 0) AS supports,
           coalesce(pt.unanswered_supports, 0) AS unanswered_supports,
           coalesce(tt.trending_score, 0) AS trending_score
    FROM theme t
    LEFT JOIN period_themes pt ON pt.theme_id = t.id
    LEFT JOIN trending_themes tt ON tt.theme_id = t.id
    WHERE t.archived_at IS NULL OR pt.supports IS NOT NULL
    ORDER BY t.position, t.name`;
  const factor = decayFactor(now);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    supports: row.supports,
    unansweredSupports: row.unanswered_supports,
    trending: row.trending_score * factor,
  }));
}

/**
 * The questions with the broadest support in the period. A score is never above the question's supporters, so
 * once the tenth-best score found is at least the supporters of the next question not yet scored, no other
 * question can enter the top: the most-supported questions are scored a round at a time until then.
 */
export async function loadTopBroad(client: Client, period: Period): Promise<BroadQuestion[]> {
  const { start, end } = utcBoundsSql(period);
  let limit = BROAD_CANDIDATES;
  for (;;) {
    const candidates = await questionsBySupport(client, period, limit + 1);
    const scored = candidates.slice(0, limit);
    const groups = scored.length
      ? await client.$queryRaw<
          { question_id: string; district_id: number | null; age_band: AgeBand | null; n: number }[]
        >`
          SELECT v.question_id, v.district_id, v.age_band, count(*)::int AS n
          FROM vote v
          WHERE v.question_id = ANY(${scored.map((q) => q.id)}::uuid[])
            AND v.created_at >= ${start} AND v.created_at < ${end}
          GROUP BY v.question_id, v.district_id, v.age_band`
      : [];
    const byQuestion = new Map<string, { districts: Map<string, number>; ages: Map<string, number> }>();
    for (const row of groups) {
      const entry = byQuestion.get(row.question_id) ?? { districts: new Map(), ages: new Map() };
      const district = String(row.district_id);
      const age = String(row.age_band);
      entry.districts.set(district, (entry.districts.get(district) ?? 0) + row.n);
      entry.ages.set(age, (entry.ages.get(age) ?? 0) + row.n);
      byQuestion.set(row.question_id, entry);
    }
    const ranked = scored
      .map((question) => {
        const entry = byQuestion.get(question.id);
        const score = broadSupportScore({
          byDistrict: [...(entry?.districts.values() ?? [])],
          byAgeBand: [...(entry?.ages.values() ?? [])],
        });
        return {
          ...question,
          effectiveDistricts: score.effectiveDistricts,
          effectiveAgeBands: score.effectiveAgeBands,
          score: score.score,
        };
      })
      .sort((a, b) => b.score - a.score || b.supports - a.supports || (a.id < b.id ? -1 : 1))
      .slice(0, TOP_LIMIT);
    const nextUnscored = candidates[limit];
    const tenth = ranked[TOP_LIMIT - 1];
    if (!nextUnscored || (tenth && tenth.score >= nextUnscored.supports)) return ranked;
    limit *= 4;
  }
}

interface BreakdownRow {
  dimension: "district" | "age_band" | "participant_type";
  key: string | null;
  people: number;
}

/**
 * People who supported published questions in the period, by district, age group and "I am a…". Each person is
 * counted once per breakdown, in the groups of their latest support in the period (within one month the rollup
 * does not keep the day, so if they changed their details that month, the earliest groups in key order), so
 * each breakdown's cells add up to the people in the period.
 */
export async function loadBreakdowns(client: Client, period: Period): Promise<Breakdowns> {
  const p = periodParts(period);
  const districts = await client.$queryRaw<{ id: number; name: string }[]>`
    SELECT id, name FROM district ORDER BY position, name`;
  const rows = await client.$queryRaw<BreakdownRow[]>`
    WITH supports AS (
      SELECT month AS at, user_id, district_id, age_band, participant_type FROM supporter_month
      WHERE month >= ${p.monthsFrom}::date AND month < ${p.monthsUntil}::date
      UNION ALL
      SELECT day, user_id, district_id, age_band, participant_type FROM supporter_day
      WHERE (day >= ${p.from}::date AND day < ${p.monthsFrom}::date)
         OR (day >= ${p.monthsUntil}::date AND day < ${p.until}::date)
    ), people AS (
      SELECT DISTINCT ON (user_id) user_id, district_id, age_band, participant_type
      FROM supports
      ORDER BY user_id, at DESC, district_id, age_band, participant_type
    )
    SELECT CASE GROUPING(district_id, age_band, participant_type)
             WHEN 3 THEN 'district' WHEN 5 THEN 'age_band' ELSE 'participant_type' END AS dimension,
           coalesce(district_id::text, age_band::text, participant_type::text) AS key,
           count(*)::int AS people
    FROM people
    GROUP BY GROUPING SETS ((district_id), (age_band), (participant_type))`;
  const count = (dimension: BreakdownRow["dimension"], key: string | null) =>
    rows.find((row) => row.dimension === dimension && row.key === key)?.people ?? 0;
  const notGiven = (dimension: BreakdownRow["dimension"]) => ({
    key: "not-given",
    label: "Not given",
    people: count(dimension, null),
  });
  return {
    district: suppressBreakdown([
      ...districts.map((d) => ({ key: String(d.id), label: d.name, people: count("district", String(d.id)) })),
      notGiven("district"),
    ]),
    ageBand: suppressBreakdown([
      ...AGE_BANDS.map((band) => ({ key: band.value, label: band.label, people: count("age_band", band.value) })),
      notGiven("age_band"),
    ]),
    participantType: suppressBreakdown([
      ...PARTICIPANT_TYPES.map((type: { value: ParticipantType; label: string }) => ({
        key: type.value,
        label: type.label,
        people: count("participant_type", type.value),
      })),
      notGiven("participant_type"),
    ]),
  };
}

/** Monday of the week of an ISO date. */
export function weekStart(iso: string): string {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return addDays(iso, -((weekday + 6) % 7));
}

/**
 * Per week (Monday to Sunday, Essex time) of the period: questions published, supports given (on questions
 * published now) and questions answered (their first official response). The first and last weeks count only
 * the period's days.
 */
export async function loadWeekly(client: Client, period: Period): Promise<WeekFigure[]> {
  const { start, end } = utcBoundsSql(period);
  const until = addDays(period.to, 1);
  const rows = await client.$queryRaw<{ week: string; kind: "questions" | "supports" | "answers"; n: number }[]>`
    SELECT to_char(date_trunc('week', d)::date, 'YYYY-MM-DD') AS week, kind, sum(n)::int AS n FROM (
      SELECT london_day(q.published_at) AS d, 'questions' AS kind, 1 AS n
      FROM question q
      WHERE q.moderation = 'approved' AND q.published_at >= ${start} AND q.published_at < ${end}
      UNION ALL
      SELECT s.day, 'supports', s.supports FROM (
        SELECT day, sum(supports) AS supports FROM question_support_day
        WHERE day >= ${period.from}::date AND day < ${until}::date GROUP BY day
      ) s
      UNION ALL
      SELECT london_day(f.first_at), 'answers', 1 FROM (
        SELECT r.question_id, min(r.created_at) AS first_at FROM response r GROUP BY r.question_id
      ) f JOIN question q ON q.id = f.question_id AND q.moderation = 'approved'
      WHERE f.first_at >= ${start} AND f.first_at < ${end}
    ) x GROUP BY 1, 2`;
  const weeks: WeekFigure[] = [];
  for (let day = period.from; day <= period.to; day = addDays(weekStart(day), 7)) {
    const monday = weekStart(day);
    const n = (kind: "questions" | "supports" | "answers") =>
      rows.find((row) => row.week === monday && row.kind === kind)?.n ?? 0;
    weeks.push({ weekStart: day, newQuestions: n("questions"), supports: n("supports"), answers: n("answers") });
  }
  return weeks;
}

/**
 * Per organisation: the questions it took on in the period (claimed from the pool or transferred to it), how many
 * of those it has answered (an official response from it, at any time so far), the median calendar days from
 * taking each on to its first response, and the questions it holds now that are past their due date with no
 * response from it.
 */
export async function loadOrganisations(client: Client, period: Period, today: string): Promise<OrganisationFigure[]> {
  const { start, end } = utcBoundsSql(period);
  const rows = await client.$queryRaw<
    { id: number; name: string; taken_on: number; answered: number; median_days: number | null; overdue: number }[]
  >`
    WITH taken AS (
      SELECT e.to_organisation_id AS organisation_id, e.question_id, min(e.created_at) AS taken_at
      FROM assignment_event e JOIN question q ON q.id = e.question_id AND q.moderation = 'approved'
      WHERE e.kind IN ('claimed', 'transferred') AND e.to_organisation_id IS NOT NULL
        AND e.created_at >= ${start} AND e.created_at < ${end}
      GROUP BY 1, 2
    ), answered AS (
      SELECT t.organisation_id, t.question_id,
             greatest(0, london_day(min(r.created_at)) - london_day(t.taken_at)) AS days
      FROM taken t JOIN response r ON r.question_id = t.question_id AND r.organisation_id = t.organisation_id
      GROUP BY t.organisation_id, t.question_id, t.taken_at
    ), overdue AS (
      SELECT a.organisation_id, count(*)::int AS n
      FROM assignment a JOIN question q ON q.id = a.question_id
      WHERE q.moderation = 'approved' AND q.status IN ('open', 'under_review') AND a.due_on < ${today}::date
        AND NOT EXISTS (SELECT 1 FROM response r WHERE r.question_id = a.question_id AND r.organisation_id = a.organisation_id)
      GROUP BY a.organisation_id
    )
    SELECT o.id, o.name,
           (SELECT count(*)::int FROM taken t WHERE t.organisation_id = o.id) AS taken_on,
           (SELECT count(*)::int FROM answered x WHERE x.organisation_id = o.id) AS answered,
           (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x.days)::float8 FROM answered x WHERE x.organisation_id = o.id) AS median_days,
           coalesce(ov.n, 0) AS overdue
    FROM organisation o LEFT JOIN overdue ov ON ov.organisation_id = o.id
    WHERE o.deactivated_at IS NULL
    ORDER BY o.name`;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    takenOn: row.taken_on,
    answered: row.answered,
    medianDaysToFirstResponse: row.median_days,
    overdueNow: row.overdue,
  }));
}

/** Everything the page shows, read at once. */
export async function loadDashboardWith(
  client: Client,
  period: Period,
  now = new Date(),
): Promise<PrioritiesDashboard> {
  const today = londonToday(now);
  const [participation, topBySupport, topByTrending, themes, broadSupport, breakdowns, weekly, organisations] =
    await Promise.all([
      loadParticipation(client, period),
      loadTopBySupport(client, period),
      loadTopByTrending(client, now),
      loadThemes(client, period, now),
      loadTopBroad(client, period),
      loadBreakdowns(client, period),
      loadWeekly(client, period),
      loadOrganisations(client, period, today),
    ]);
  return {
    period,
    participation,
    topBySupport,
    topByTrending,
    themes,
    broadSupport,
    breakdowns,
    weekly,
    organisations,
  };
}
