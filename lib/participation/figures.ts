// "Who is taking part": the period's participants by district and by age band, against the Census 2021 usual
// residents (the census_population table). Given a database client so tests can run exactly what the pages run.
//
// A participant is a person who, in the period (whole days in Essex), asked a question, supported one or posted
// a comment (questions and comments a moderator rejected do not count), and has not deleted their account. Each
// is counted once, in the district and age band on their account now. Groups of fewer than 10 participants are
// not shown (and one more where a hidden group could be worked out from the total: lib/priorities/suppression).
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { AGE_BANDS } from "@/lib/accounts/profile/options";
import { type Period, addDays } from "@/lib/priorities/schemas";
import { type ShownCell, suppressBreakdown } from "@/lib/priorities/suppression";
import { type Interval, type Representation, ratePer10000, representationRatio, similarityScore } from "./statistics";

type Client = Pick<PrismaClient, "$queryRaw">;

/** Groups with fewer participants than this are not shown. */
export const PARTICIPATION_SMALL_GROUP = 10;

export interface GroupFigure {
  key: string;
  label: string;
  /** null when the group is not shown (too few participants, or hidden so a small one cannot be worked out). */
  participants: number | null;
  suppressed: ShownCell["suppressed"];
  /** Census 2021 usual residents; null when the group has no figure (Essex-wide, not given, or none loaded). */
  residents: number | null;
  /** Participants per 10,000 residents; null when not shown or with no residents figure. */
  per10000: number | null;
  /** null when not shown or with no residents figure. */
  representation: Representation | null;
}

export interface Comparison {
  groups: GroupFigure[];
  /** Everyone in the breakdown; null when hidden. */
  totalParticipants: number | null;
  /** Participants in the groups that have a residents figure: the denominator of the shares. */
  comparedParticipants: number;
  /** 1 − index of dissimilarity over the groups with a residents figure, to whole percent; null without figures. */
  similarity: number | null;
}

export interface ParticipationFigures {
  period: Period;
  participants: number;
  district: Comparison;
  ageBand: Comparison;
  /** Whether any census figures are loaded at all. */
  hasPopulation: boolean;
}

interface CountRow {
  dimension: "district" | "age_band";
  key: string | null;
  people: number;
}

/** Start and end (exclusive) of the period as UTC timestamps. */
function utcBounds(period: Pick<Period, "from" | "to">): { start: Prisma.Sql; end: Prisma.Sql } {
  const until = addDays(period.to, 1);
  return {
    start: Prisma.sql`((${period.from}::date::timestamp AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC')`,
    end: Prisma.sql`((${until}::date::timestamp AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC')`,
  };
}

async function countParticipants(client: Client, period: Period): Promise<CountRow[]> {
  const { start, end } = utcBounds(period);
  return client.$queryRaw<CountRow[]>`
    WITH took_part AS (
      SELECT author_id AS user_id FROM question
      WHERE created_at >= ${start} AND created_at < ${end} AND moderation <> 'rejected'
      UNION
      SELECT user_id FROM vote WHERE created_at >= ${start} AND created_at < ${end}
      UNION
      SELECT author_id FROM comment
      WHERE created_at >= ${start} AND created_at < ${end} AND moderation <> 'rejected'
    )
    SELECT CASE GROUPING(u.district_id, u.age_band) WHEN 1 THEN 'district' ELSE 'age_band' END AS dimension,
           coalesce(u.district_id::text, u.age_band::text) AS key,
           count(*)::int AS people
    FROM took_part t JOIN "user" u ON u.id = t.user_id
    WHERE u.status <> 'deleted'
    GROUP BY GROUPING SETS ((u.district_id), (u.age_band))`;
}

interface Group {
  key: string;
  label: string;
  people: number;
  residents: number | null;
}

/** One breakdown: suppression first, then the rates and ratios of the groups still shown. */
export function compareWithPopulation(groups: readonly Group[]): Comparison {
  const suppressed = suppressBreakdown(groups, PARTICIPATION_SMALL_GROUP);
  const withFigure = groups.filter((g) => g.residents !== null);
  const comparedParticipants = withFigure.reduce((sum, g) => sum + g.people, 0);
  const totalResidents = withFigure.reduce((sum, g) => sum + g.residents!, 0);
  const score = similarityScore(
    withFigure.map((g) => g.people),
    withFigure.map((g) => g.residents!),
  );
  return {
    groups: groups.map((group, i) => {
      const cell = suppressed.cells[i]!;
      const shown = cell.people !== null && group.residents !== null;
      return {
        key: group.key,
        label: group.label,
        participants: cell.people,
        suppressed: cell.suppressed,
        residents: group.residents,
        per10000: shown ? ratePer10000(group.people, group.residents!) : null,
        representation: shown
          ? representationRatio(group.people, comparedParticipants, group.residents!, totalResidents)
          : null,
      };
    }),
    totalParticipants: suppressed.total,
    comparedParticipants,
    // Whole percent: finer would let a reader work back towards a hidden group from the score.
    similarity:
      score === null || comparedParticipants < PARTICIPATION_SMALL_GROUP ? null : Math.round(score * 100) / 100,
  };
}

export async function loadParticipation(client: Client, period: Period): Promise<ParticipationFigures> {
  const [districts, population, counts] = await Promise.all([
    client.$queryRaw<{ id: number; name: string; kind: string }[]>`
      SELECT id, name, kind::text FROM district ORDER BY position, name`,
    client.$queryRaw<{ district_id: number | null; age_band: string | null; usual_residents: number }[]>`
      SELECT district_id, age_band::text, usual_residents FROM census_population`,
    countParticipants(client, period),
  ]);
  const count = (dimension: CountRow["dimension"], key: string | null) =>
    counts.find((row) => row.dimension === dimension && row.key === key)?.people ?? 0;
  const residentsOfDistrict = new Map(
    population.filter((p) => p.district_id !== null).map((p) => [p.district_id!, p.usual_residents]),
  );
  const residentsOfBand = new Map(
    population.filter((p) => p.age_band !== null).map((p) => [p.age_band!, p.usual_residents]),
  );
  const participants = counts.filter((row) => row.dimension === "district").reduce((sum, row) => sum + row.people, 0);
  const notGiven = (dimension: CountRow["dimension"]): Group => ({
    key: "not-given",
    label: "Not given",
    people: count(dimension, null),
    residents: null,
  });
  return {
    period,
    participants,
    hasPopulation: population.length > 0,
    district: compareWithPopulation([
      ...districts.map((d) => ({
        key: String(d.id),
        label: d.name,
        people: count("district", String(d.id)),
        residents: residentsOfDistrict.get(d.id) ?? null,
      })),
      notGiven("district"),
    ]),
    ageBand: compareWithPopulation([
      ...AGE_BANDS.map((band) => ({
        key: band.value,
        label: band.label,
        people: count("age_band", band.value),
        residents: residentsOfBand.get(band.value) ?? null,
      })),
      notGiven("age_band"),
    ]),
  };
}

export type { Interval };
