import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import {
  type Breakdowns,
  type PrioritiesDashboard,
  loadBreakdowns,
  loadDashboardWith,
  loadOrganisations,
  loadThemes,
  loadTopBroad,
  loadTopBySupport,
  loadTopByTrending,
  loadWeekly,
} from "./dashboard";
import { type Period, londonToday } from "./schemas";

// Reads of the priorities dashboard, for partners and admins (priorities.read): each checks the permission
// before it reads anything. Aggregates only; the people breakdowns come with small groups already suppressed.

export async function readPrioritiesDashboard(
  reader: Actor | null,
  period: Period,
  now = new Date(),
): Promise<PrioritiesDashboard> {
  requirePermission(reader, "priorities.read");
  return loadDashboardWith(db, period, now);
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
