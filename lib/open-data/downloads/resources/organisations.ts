import { londonToday, presetPeriod } from "@/lib/priorities/schemas";
import type { Share } from "@/lib/scorecard/figures";
import { loadScorecards } from "@/lib/scorecard/load";
import { SETTINGS } from "@/lib/settings/definitions";
import { DEFAULT_RESPONSE_WORKING_DAYS } from "@/lib/triage/working-days";
import { allAtOnce, type Client, type ResourceDefinition } from "../resource";

interface Row {
  id: number;
  slug: string;
  name: string;
  kind: "council" | "university" | "industry";
  description: string;
}

/** A share as the scorecard shows it: its count and what it is out of, or neither when too few to show. */
function shareFields(prefix: string, share: Share) {
  return {
    [prefix]: share.shown ? share.count : null,
    [`${prefix}_of`]: share.shown ? share.of : null,
  };
}

async function responseTarget(client: Client): Promise<number> {
  const [row] = await client.$queryRaw<{ value: unknown }[]>`
    SELECT value FROM setting WHERE key = ${SETTINGS.responseTarget.key}`;
  const parsed = SETTINGS.responseTarget.schema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_RESPONSE_WORKING_DAYS;
}

/**
 * Active partner organisations with their public scorecard over the last 12 months, figure for figure as
 * /partners/<slug> shows it: a figure resting on too few items is left empty there, and here.
 */
export const organisationsResource: ResourceDefinition = {
  resource: "organisations",
  title: "Organisations",
  description: "The partner organisations that answer questions, with their scorecard figures for the last 12 months.",
  fields: [
    { name: "slug", description: "The organisation's identifier, used by responses and commitments." },
    { name: "url", description: "Its scorecard on the portal." },
    { name: "name", description: "Its name." },
    { name: "kind", description: "council, university or industry." },
    { name: "description", description: "What it is." },
    { name: "period_from", description: "The first day the figures cover." },
    { name: "period_to", description: "The last day the figures cover (the day the file was made)." },
    { name: "questions_taken_on", description: "Questions it claimed or was passed in the period." },
    { name: "questions_answered", description: "Of those, answered in public (empty: too few to show)." },
    { name: "questions_answered_of", description: "What questions_answered is out of." },
    { name: "median_working_days", description: "Half are answered within this many working days (estimate)." },
    { name: "ninetieth_percentile_working_days", description: "9 in 10 are answered within this many working days." },
    { name: "answered_within_target", description: "Answered within the response target." },
    { name: "answered_within_target_of", description: "Of the questions answered or already past the target." },
    { name: "response_target_working_days", description: "The response target, in working days." },
    { name: "questions_overdue_now", description: "Questions it holds that are past their due date." },
    { name: "questions_overdue_now_of", description: "Of the questions it holds today." },
    { name: "commitments_made", description: "Commitments made in the period." },
    { name: "commitments_delivered", description: "Of those, delivered." },
    { name: "commitments_delivered_of", description: "What commitments_delivered is out of." },
    { name: "commitments_delivered_on_time", description: "Of those, delivered by their target date." },
    { name: "commitments_delivered_on_time_of", description: "What commitments_delivered_on_time is out of." },
    { name: "commitments_overdue_now", description: "Of those, past their target date and not delivered." },
    { name: "commitments_overdue_now_of", description: "What commitments_overdue_now is out of." },
  ],
  async read(client, { now, site }) {
    const today = londonToday(now);
    const period = presetPeriod("12m", today);
    const [organisations, targetWorkingDays, holidays] = await Promise.all([
      client.$queryRaw<Row[]>`
        SELECT id, slug, name, kind::text AS kind, description FROM organisation
        WHERE deactivated_at IS NULL ORDER BY name, id`,
      responseTarget(client),
      client.$queryRaw<{ date: string }[]>`SELECT to_char(date, 'YYYY-MM-DD') AS date FROM bank_holiday`,
    ]);
    const scorecards = await loadScorecards(client, organisations, {
      period,
      today,
      targetWorkingDays,
      bankHolidays: new Set(holidays.map((h) => h.date)),
    });
    return allAtOnce(
      scorecards.map(({ organisation, questions, commitments }) => ({
        slug: organisation.slug,
        url: `${site}/partners/${organisation.slug}`,
        name: organisation.name,
        kind: organisation.kind,
        description: organisation.description,
        period_from: period.from,
        period_to: period.to,
        questions_taken_on: questions.takenOn,
        ...shareFields("questions_answered", questions.answered),
        median_working_days: questions.waitsShown ? questions.medianWorkingDays : null,
        ninetieth_percentile_working_days: questions.waitsShown ? questions.ninetiethWorkingDays : null,
        ...shareFields("answered_within_target", questions.withinTarget),
        response_target_working_days: targetWorkingDays,
        ...shareFields("questions_overdue_now", questions.overdueNow),
        commitments_made: commitments.made,
        ...shareFields("commitments_delivered", commitments.delivered),
        ...shareFields("commitments_delivered_on_time", commitments.deliveredOnTime),
        ...shareFields("commitments_overdue_now", commitments.overdueNow),
      })),
    );
  },
};
