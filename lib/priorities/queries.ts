import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import {
  type Breakdowns,
  type PrioritiesDashboard,
  loadBreakdowns,
  loadOrganisations,
  loadThemes,
  loadTopBroad,
  loadTopBySupport,
  loadTopByTrending,
  loadWeekly,
} from "./dashboard";
import { type Period, londonToday } from "./schemas";
import { type DashboardReading, readDashboardWith } from "./snapshots";
import {
  type PrioritiesTable,
  type PrioritiesTableName,
  breakdownTable,
  broadSupportTable,
  questionsBySupportTable,
  questionsByTrendingTable,
  responsePerformanceTable,
  themesTable,
  weeklyTable,
} from "./tables";

// Reads of the priorities dashboard, for partners and admins (priorities.read): each checks the permission
// before it reads anything. Aggregates only; the people breakdowns come with small groups already suppressed.

/**
 * The whole dashboard: for a preset period the snapshot worked out at most SNAPSHOT_INTERVAL_MINUTES ago (or
 * worked out now if there is none that fresh), for a custom period worked out now (see snapshots.ts).
 */
export async function readPrioritiesDashboard(
  reader: Actor | null,
  period: Period,
  now = new Date(),
): Promise<DashboardReading> {
  requirePermission(reader, "priorities.read");
  return readDashboardWith(db, period, now);
}

export async function readTopQuestionsBySupport(reader: Actor | null, period: Period) {
  requirePermission(reader, "priorities.read");
  return loadTopBySupport(db, period);
}

export async function readTopQuestionsByTrending(reader: Actor | null, now = new Date()) {
  requirePermission(reader, "priorities.read");
  return loadTopByTrending(db, now);
}

export async function readThemeSupport(reader: Actor | null, period: Period, now = new Date()) {
  requirePermission(reader, "priorities.read");
  return loadThemes(db, period, now);
}

export async function readBroadSupport(reader: Actor | null, period: Period) {
  requirePermission(reader, "priorities.read");
  return loadTopBroad(db, period);
}

export async function readSupportBreakdowns(reader: Actor | null, period: Period): Promise<Breakdowns> {
  requirePermission(reader, "priorities.read");
  return loadBreakdowns(db, period);
}

export async function readWeeklyTrend(reader: Actor | null, period: Period) {
  requirePermission(reader, "priorities.read");
  return loadWeekly(db, period);
}

export async function readOrganisationPerformance(reader: Actor | null, period: Period, now = new Date()) {
  requirePermission(reader, "priorities.read");
  return loadOrganisations(db, period, londonToday(now));
}

/**
 * One of the dashboard's tables (for its CSV download): for a preset period from the same snapshot the page
 * shows, so the download matches the page; for a custom period reading only the figures that table needs.
 */
export async function readPrioritiesTable(
  reader: Actor | null,
  name: PrioritiesTableName,
  period: Period,
  now = new Date(),
): Promise<PrioritiesTable> {
  requirePermission(reader, "priorities.read");
  if (period.kind !== "custom") return dashboardTable(name, (await readDashboardWith(db, period, now)).dashboard);
  switch (name) {
    case "questions-by-support":
      return questionsBySupportTable(await loadTopBySupport(db, period));
    case "questions-by-trending":
      return questionsByTrendingTable(await loadTopByTrending(db, now));
    case "themes":
      return themesTable(await loadThemes(db, period, now));
    case "broad-support":
      return broadSupportTable(await loadTopBroad(db, period));
    case "supporters-by-district":
      return breakdownTable(name, (await loadBreakdowns(db, period)).district);
    case "supporters-by-age-group":
      return breakdownTable(name, (await loadBreakdowns(db, period)).ageBand);
    case "supporters-by-i-am-a":
      return breakdownTable(name, (await loadBreakdowns(db, period)).participantType);
    case "weekly-trend":
      return weeklyTable(await loadWeekly(db, period));
    case "response-performance":
      return responsePerformanceTable(await loadOrganisations(db, period, londonToday(now)));
  }
}

function dashboardTable(name: PrioritiesTableName, dashboard: PrioritiesDashboard): PrioritiesTable {
  switch (name) {
    case "questions-by-support":
      return questionsBySupportTable(dashboard.topBySupport);
    case "questions-by-trending":
      return questionsByTrendingTable(dashboard.topByTrending);
    case "themes":
      return themesTable(dashboard.themes);
    case "broad-support":
      return broadSupportTable(dashboard.broadSupport);
    case "supporters-by-district":
      return breakdownTable(name, dashboard.breakdowns.district);
    case "supporters-by-age-group":
      return breakdownTable(name, dashboard.breakdowns.ageBand);
    case "supporters-by-i-am-a":
      return breakdownTable(name, dashboard.breakdowns.participantType);
    case "weekly-trend":
      return weeklyTable(dashboard.weekly);
    case "response-performance":
      return responsePerformanceTable(dashboard.organisations);
  }
}
