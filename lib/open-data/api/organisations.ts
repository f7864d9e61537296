import "server-only";
import { londonToday, presetPeriod } from "@/lib/priorities/schemas";
import { percent, type Share } from "@/lib/scorecard/figures";
import { readScorecards } from "@/lib/scorecard/queries";
import { partnerPage } from "./paths";
import type { OrganisationListOut, OrganisationListQuery } from "./schemas";

/** A share as the scorecard shows it: the count (and percentage) only where it rests on enough items. */
function shareOut(s: Share) {
  return { count: s.shown ? s.count : null, of: s.of, percent: s.shown ? percent(s) : null };
}

/**
 * The active partner organisations, by name, with the public scorecard's figures for the period (lib/scorecard:
 * aggregates only, and what the scorecard withholds as too few to show is withheld here too).
 */
export async function listOrganisations(
  query: OrganisationListQuery,
  origin: string,
  now = new Date(),
): Promise<OrganisationListOut> {
  const period = presetPeriod(query.period, londonToday(now));
  const { scorecards, targetWorkingDays } = await readScorecards(period, now);
  return {
    period: { from: period.from, to: period.to },
    responseTargetWorkingDays: targetWorkingDays,
    data: scorecards.map(({ organisation: o, questions: q, commitments: c }) => ({
      slug: o.slug,
      name: o.name,
      kind: o.kind,
      description: o.description,
      url: partnerPage(origin, o.slug),
      questions: {
        takenOn: q.takenOn,
        answered: shareOut(q.answered),
        stillWaiting: q.stillWaiting,
        medianWorkingDays: q.waitsShown ? q.medianWorkingDays : null,
        withinTarget: shareOut(q.withinTarget),
        overdueNow: shareOut(q.overdueNow),
      },
      commitments: {
        made: c.made,
        delivered: shareOut(c.delivered),
        deliveredOnTime: shareOut(c.deliveredOnTime),
        overdueNow: shareOut(c.overdueNow),
        confirmedByPublic: shareOut(c.confirmedByPublic),
      },
    })),
  };
}
