// The public scorecard's reads: three set-based queries for every organisation at once (or one organisation),
// whatever the number of questions, each backed by an index (assignment_event and commitment by created_at,
// response by question, delivery_check by commitment, assignment by organisation). Given a database client so the
// tests and EXPLAIN measure exactly what the page runs; figures.ts turns the counts into the figures.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { addDays, type Period } from "@/lib/priorities/schemas";
import {
  type CommitmentCounts,
  type CommitmentFigures,
  type HeldNow,
  type QuestionFigures,
  type TakenOnGroup,
  commitmentFigures,
  questionFigures,
} from "./figures";

type Client = Pick<PrismaClient, "$queryRaw">;

/** The public answers a delivered commitment needs before the public's view of it counts. */
export const MIN_DELIVERY_ANSWERS = 10;

export interface ScorecardOrganisation {
  id: number;
  slug: string;
  name: string;
  kind: OrganisationKind;
  description: string;
}

export interface PartnerScorecard {
  organisation: ScorecardOrganisation;
  questions: QuestionFigures;
  commitments: CommitmentFigures;
}

export interface ScorecardContext {
  period: Period;
  /** Today's date in Essex. */
  today: string;
  targetWorkingDays: number;
  bankHolidays: ReadonlySet<string>;
}

/** The UTC instants the period's first and day-after-last days begin in Essex. */
function periodBounds(period: Period): { start: Prisma.Sql; end: Prisma.Sql } {
  const until = addDays(period.to, 1);
  return {
    start: Prisma.sql`((${period.from}::date::timestamp AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC')`,
    end: Prisma.sql`((${until}::date::timestamp AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC')`,
  };
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Per organisation, the published questions it took on in the period (its first claim or transfer to it in the
 * period), counted per (day taken on, day of its own first response), both days in Essex.
 */
export async function loadTakenOn(
  client: Client,
  period: Period,
  organisationId: number | null,
): Promise<Map<number, TakenOnGroup[]>> {
  const { start, end } = periodBounds(period);
  const onlyOne = organisationId === null ? Prisma.empty : Prisma.sql`AND e.to_organisation_id = ${organisationId}`;
  const rows = await client.$queryRaw<
    { organisation_id: number; taken_on: Date; answered_on: Date | null; questions: number }[]
  >`
    WITH taken AS (
      SELECT e.to_organisation_id AS organisation_id, e.question_id, min(e.created_at) AS taken_at
      FROM assignment_event e JOIN question q ON q.id = e.question_id AND q.moderation = 'approved'
      WHERE e.kind IN ('claimed', 'transferred') AND e.to_organisation_id IS NOT NULL
        AND e.created_at >= ${start} AND e.created_at < ${end} ${onlyOne}
      GROUP BY 1, 2
    )
    SELECT t.organisation_id, london_day(t.taken_at) AS taken_on, london_day(f.first_at) AS answered_on,
           count(*)::int AS questions
    FROM taken t
    LEFT JOIN LATERAL (
      SELECT min(r.created_at) AS first_at FROM response r
      WHERE r.question_id = t.question_id AND r.organisation_id = t.organisation_id
    ) f ON true
    GROUP BY 1, 2, 3`;
  const byOrganisation = new Map<number, TakenOnGroup[]>();
  for (const row of rows) {
    const list = byOrganisation.get(row.organisation_id) ?? [];
    list.push({
      takenOn: iso(row.taken_on),
      answeredOn: row.answered_on ? iso(row.answered_on) : null,
      questions: row.questions,
    });
    byOrganisation.set(row.organisation_id, list);
  }
  return byOrganisation;
}

/**
 * Per organisation, the published questions it holds now, and how many of those are past their due date still
 * open or under review with no response from it.
 */
export async function loadHeldNow(
  client: Client,
  today: string,
  organisationId: number | null,
): Promise<Map<number, HeldNow>> {
  const onlyOne = organisationId === null ? Prisma.empty : Prisma.sql`AND a.organisation_id = ${organisationId}`;
  const rows = await client.$queryRaw<{ organisation_id: number; held: number; overdue: number }[]>`
    SELECT a.organisation_id, count(*)::int AS held,
           count(*) FILTER (
             WHERE q.status IN ('open', 'under_review') AND a.due_on < ${today}::date
               AND NOT EXISTS (
                 SELECT 1 FROM response r WHERE r.question_id = a.question_id AND r.organisation_id = a.organisation_id)
           )::int AS overdue
    FROM assignment a JOIN question q ON q.id = a.question_id
    WHERE q.moderation = 'approved' ${onlyOne}
    GROUP BY a.organisation_id`;
  return new Map(rows.map((r) => [r.organisation_id, { held: r.held, overdue: r.overdue }]));
}

/**
 * Per organisation, the commitments it made in the period: delivered; delivered on time (on or before the target
 * date, in Essex); overdue now (past the target date, neither delivered nor dropped); confirmed by the public
 * (delivered, at least MIN_DELIVERY_ANSWERS people answered "Has this been delivered?", and more than half said yes).
 */
export async function loadCommitmentCounts(
  client: Client,
  period: Period,
  today: string,
  organisationId: number | null,
): Promise<Map<number, CommitmentCounts>> {
  const { start, end } = periodBounds(period);
  const onlyOne = organisationId === null ? Prisma.empty : Prisma.sql`AND c.organisation_id = ${organisationId}`;
  const rows = await client.$queryRaw<
    {
      organisation_id: number;
      made: number;
      delivered: number;
      on_time: number;
      overdue: number;
      confirmed: number;
    }[]
  >`
    SELECT c.organisation_id, count(*)::int AS made,
           count(*) FILTER (WHERE c.state = 'delivered')::int AS delivered,
           count(*) FILTER (WHERE c.state = 'delivered' AND london_day(c.delivered_at) <= c.target_date)::int AS on_time,
           count(*) FILTER (WHERE c.state IN ('planned', 'in_progress') AND c.target_date < ${today}::date)::int AS overdue,
           count(*) FILTER (
             WHERE c.state = 'delivered' AND v.answered >= ${MIN_DELIVERY_ANSWERS} AND 2 * v.yes > v.answered
           )::int AS confirmed
    FROM commitment c
    LEFT JOIN LATERAL (
      SELECT count(d.answer)::int AS answered, count(*) FILTER (WHERE d.answer = 'yes')::int AS yes
      FROM delivery_check d WHERE d.commitment_id = c.id
    ) v ON c.state = 'delivered'
    WHERE c.created_at >= ${start} AND c.created_at < ${end} ${onlyOne}
    GROUP BY c.organisation_id`;
  return new Map(
    rows.map((r) => [
      r.organisation_id,
      {
        made: r.made,
        delivered: r.delivered,
        deliveredOnTime: r.on_time,
        overdueNow: r.overdue,
        confirmedByPublic: r.confirmed,
      },
    ]),
  );
}

const NO_COMMITMENTS: CommitmentCounts = {
  made: 0,
  delivered: 0,
  deliveredOnTime: 0,
  overdueNow: 0,
  confirmedByPublic: 0,
};

/** The scorecards of the given (active) organisations, in the order given; three queries whatever their number. */
export async function loadScorecards(
  client: Client,
  organisations: readonly ScorecardOrganisation[],
  context: ScorecardContext,
): Promise<PartnerScorecard[]> {
  const only = organisations.length === 1 ? organisations[0]!.id : null;
  const [taken, held, commitments] = await Promise.all([
    loadTakenOn(client, context.period, only),
    loadHeldNow(client, context.today, only),
    loadCommitmentCounts(client, context.period, context.today, only),
  ]);
  return organisations.map((organisation) => ({
    organisation,
    questions: questionFigures(taken.get(organisation.id) ?? [], held.get(organisation.id) ?? { held: 0, overdue: 0 }, {
      today: context.today,
      targetWorkingDays: context.targetWorkingDays,
      bankHolidays: context.bankHolidays,
    }),
    commitments: commitmentFigures(commitments.get(organisation.id) ?? NO_COMMITMENTS),
  }));
}
