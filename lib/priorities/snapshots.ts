// The priorities dashboard for the preset periods (last 30 days, 90 days, 12 months), with the participation
// figures the public "Who is taking part" page shows too, worked out ahead and kept
// in priorities_snapshot (one row per preset), so the page reads one row rather than counting distinct people
// over a million supports on every visit (seconds on a large portal). The refresh-priorities job works all three
// out again every SNAPSHOT_INTERVAL_MS; a reader who finds a snapshot older than that, or for another day's
// period (the presets end today), works it out live and stores it. A custom period is always worked out live.
//
// Given a database client, like dashboard.ts, so the bench times exactly what the page runs; queries.ts (which
// checks the permission first) and refresh.ts bind the app's client.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type PrioritiesDashboard, loadDashboardWith } from "./dashboard";
import { type Period, type PeriodKind, londonToday, presetPeriod } from "./schemas";

type Client = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;

export type PresetKind = Exclude<PeriodKind, "custom">;
export const PRESET_KINDS: readonly PresetKind[] = ["30d", "90d", "12m"];

/** How often the figures are worked out again; a snapshot older than this is not shown. */
export const SNAPSHOT_INTERVAL_MINUTES = 10;
export const SNAPSHOT_INTERVAL_MS = SNAPSHOT_INTERVAL_MINUTES * 60 * 1000;

/** The dashboard and when its figures were worked out (for the page's "Figures as of …"). */
export interface DashboardReading {
  dashboard: PrioritiesDashboard;
  computedAt: Date;
  /** True when read from a stored snapshot rather than worked out for this request. */
  fromSnapshot: boolean;
}

const DATE_TAG = "$date";

// JSON has no dates: a Date is stored as {"$date": ISO string} and revived as a Date, so what comes back out of
// the snapshot is exactly what was worked out. A number JSON cannot hold (NaN, Infinity) would come back as null,
// a silently wrong figure, so storing one is refused instead.
export function dashboardToJson(dashboard: PrioritiesDashboard): string {
  return JSON.stringify(dashboard, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    if (raw instanceof Date) return { [DATE_TAG]: raw.toISOString() };
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw new Error(`The priorities figure ${key} is ${value}, which JSON cannot hold`);
    }
    return value;
  });
}

export function dashboardFromJson(text: string): PrioritiesDashboard {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const keys = Object.keys(value);
      const tagged = (value as Record<string, unknown>)[DATE_TAG];
      if (keys.length === 1 && typeof tagged === "string") return new Date(tagged);
    }
    return value;
  }) as PrioritiesDashboard;
}

/** Stores a preset period's dashboard; a snapshot worked out later than this one (another instance) is kept. */
export async function storeSnapshot(client: Client, dashboard: PrioritiesDashboard, computedAt: Date): Promise<void> {
  const { kind, from, to } = dashboard.period;
  if (kind === "custom") throw new Error("Only the preset periods are stored");
  await client.$executeRaw`
    INSERT INTO priorities_snapshot (period_kind, period_from, period_to, computed_at, figures)
    VALUES (${kind}, ${from}::date, ${to}::date, ${computedAt}, ${dashboardToJson(dashboard)}::jsonb)
    ON CONFLICT (period_kind) DO UPDATE
      SET period_from = EXCLUDED.period_from, period_to = EXCLUDED.period_to,
          computed_at = EXCLUDED.computed_at, figures = EXCLUDED.figures
      WHERE priorities_snapshot.computed_at <= EXCLUDED.computed_at`;
}

/** The stored snapshot of a preset period, if it is for the same days and younger than the interval at `now`. */
export async function freshSnapshot(client: Client, period: Period, now: Date): Promise<DashboardReading | null> {
  if (period.kind === "custom") return null;
  const rows = await client.$queryRaw<{ computed_at: Date; figures: string }[]>`
    SELECT computed_at, figures::text AS figures FROM priorities_snapshot
    WHERE period_kind = ${period.kind} AND period_from = ${period.from}::date AND period_to = ${period.to}::date
      AND computed_at > ${new Date(now.getTime() - SNAPSHOT_INTERVAL_MS)}`;
  const row = rows[0];
  if (!row) return null;
  const dashboard = dashboardFromJson(row.figures);
  // Stored before the participation figures were part of it: worked out again.
  if (!dashboard.participation) return null;
  return { dashboard, computedAt: row.computed_at, fromSnapshot: true };
}

/**
 * The dashboard for a period: a preset's fresh snapshot, or else worked out now (and, for a preset, stored for
 * the next reader; two working it out at once both store, harmlessly). A custom period is always worked out.
 */
export async function readDashboardWith(client: Client, period: Period, now = new Date()): Promise<DashboardReading> {
  const stored = await freshSnapshot(client, period, now);
  if (stored) return stored;
  const dashboard = await loadDashboardWith(client, period, now);
  if (period.kind !== "custom") await storeSnapshot(client, dashboard, now);
  return { dashboard, computedAt: now, fromSnapshot: false };
}

/** Works out every preset period's dashboard as at `now` and stores it (the refresh-priorities job). */
export async function refreshSnapshotsWith(client: Client, now = new Date()): Promise<PrioritiesDashboard[]> {
  const today = londonToday(now);
  // One after another: the job should not take more of the database's connections than a page does.
  const dashboards: PrioritiesDashboard[] = [];
  for (const kind of PRESET_KINDS) {
    const dashboard = await loadDashboardWith(client, presetPeriod(kind, today), now);
    await storeSnapshot(client, dashboard, now);
    dashboards.push(dashboard);
  }
  return dashboards;
}
