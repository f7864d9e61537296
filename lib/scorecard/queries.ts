import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { type Period, londonToday } from "@/lib/priorities/schemas";
import { getResponseTargetWorkingDays, readBankHolidayDates } from "@/lib/settings/queries";
import { type PartnerScorecard, type ScorecardContext, type ScorecardOrganisation, loadScorecards } from "./load";

// Public reads (visitors included): the scorecard shows aggregates only, never a person. Deactivated organisations
// are left out; their history stays in the database.

const organisationFields = { id: true, slug: true, name: true, kind: true, description: true } as const;

async function scorecardContext(period: Period, now: Date): Promise<ScorecardContext> {
  const [targetWorkingDays, bankHolidays] = await Promise.all([getResponseTargetWorkingDays(), readBankHolidayDates()]);
  return {
    period,
    today: londonToday(now),
    targetWorkingDays,
    bankHolidays,
  };
}

export interface ScorecardReading {
  /** Alphabetical by name: the scorecard compares, it never ranks. */
  scorecards: PartnerScorecard[];
  targetWorkingDays: number;
}

/** Every active partner organisation's scorecard for the period, in alphabetical order. */
export async function readScorecards(period: Period, now = new Date()): Promise<ScorecardReading> {
  const [organisations, context] = await Promise.all([
    db.organisation.findMany({ where: { deactivatedAt: null }, select: organisationFields, orderBy: { name: "asc" } }),
    scorecardContext(period, now),
  ]);
  return { scorecards: await loadScorecards(db, organisations, context), targetWorkingDays: context.targetWorkingDays };
}

/** An active organisation by its slug (cached per request: the page's title and body both ask). */
export const findScorecardOrganisation = cache((slug: string): Promise<ScorecardOrganisation | null> =>
  db.organisation.findFirst({ where: { slug, deactivatedAt: null }, select: organisationFields }),
);

/** One active organisation's scorecard, by its slug; null when there is no such active organisation. */
export async function readPartnerScorecard(
  slug: string,
  period: Period,
  now = new Date(),
): Promise<(PartnerScorecard & { targetWorkingDays: number }) | null> {
  const organisation = await findScorecardOrganisation(slug);
  if (!organisation) return null;
  const context = await scorecardContext(period, now);
  const [scorecard] = await loadScorecards(db, [organisation], context);
  return { ...scorecard!, targetWorkingDays: context.targetWorkingDays };
}
