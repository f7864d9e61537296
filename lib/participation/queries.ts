import "server-only";
import { db } from "@/lib/db";
import { AGE_BANDS } from "@/lib/accounts/profile/options";
import type { Period } from "@/lib/priorities/schemas";
import { describeWait, RateLimited } from "@/lib/errors";
import { DEFAULT_PERIOD, londonToday, presetPeriod } from "@/lib/priorities/schemas";
import { freshSnapshot } from "@/lib/priorities/snapshots";
import { consumeRateLimits } from "@/lib/rate-limit";
import { customPeriodLimits } from "@/lib/read-limits";
import { loadParticipation, type ParticipationFigures } from "./figures";

// Reads of "Who is taking part". Public: aggregates only, with small groups already suppressed, so anyone may
// read them (the public page and the priorities dashboard show the same figures).

/**
 * A preset period's figures from the priorities snapshot the refresh job keeps (lib/priorities/snapshots.ts), so a
 * public page does not count distinct people over a year of supports on every visit (about a second on a large
 * portal); a custom period, or a preset whose snapshot is missing or stale, worked out now.
 */
export async function readParticipation(period: Period, now = new Date()): Promise<ParticipationFigures> {
  const stored = await freshSnapshot(db, period, now);
  return stored ? stored.dashboard.participation : loadParticipation(db, period);
}

/** The public page's figures: for the period asked, or the default one with why when custom periods are spent. */
export interface PublicParticipation {
  figures: ParticipationFigures;
  /** Set when a custom period was asked for too often from this source: the default period is shown instead. */
  refusal: string | null;
}

/**
 * "Who is taking part" for anyone: a custom period counts against customPeriodLimits (it is worked out over every
 * support in it); once spent, the default period's stored figures are shown with the refusal, so the page still
 * answers.
 */
export async function readPublicParticipation(
  period: Period,
  /** Who is asking (read only for a custom period). */
  source: () => Promise<{ ip: string | null; accountId: string | null }>,
  now = new Date(),
): Promise<PublicParticipation> {
  if (period.kind !== "custom") return { figures: await readParticipation(period, now), refusal: null };
  try {
    const { ip, accountId } = await source();
    await consumeRateLimits(customPeriodLimits(ip, accountId));
  } catch (error) {
    if (!(error instanceof RateLimited)) throw error;
    const refusal = `You have asked for your own dates too many times. The last 90 days are shown instead: try your dates again in ${describeWait(error.retryAfterSeconds)}.`;
    return { figures: await readParticipation(presetPeriod(DEFAULT_PERIOD, londonToday(now)), now), refusal };
  }
  return { figures: await readParticipation(period, now), refusal: null };
}

export interface PopulationFigureRow {
  group: "district" | "age_band";
  code: string;
  label: string;
  usualResidents: number;
}

/**
 * The census figures in force, districts first (in the portal's order), then the age bands. Public figures, read
 * for the admin page (which checks population.manage before it shows the upload).
 */
export async function readPopulationFigures(): Promise<PopulationFigureRow[]> {
  const rows = await db.censusPopulation.findMany({
    include: { district: { select: { slug: true, name: true, position: true } } },
  });
  const bandOrder = AGE_BANDS.map((band) => band.value as string);
  return rows
    .map((row) =>
      row.district
        ? {
            group: "district" as const,
            code: row.district.slug,
            label: row.district.name,
            usualResidents: row.usualResidents,
            order: row.district.position,
          }
        : {
            group: "age_band" as const,
            code: row.ageBand!,
            label: AGE_BANDS.find((band) => band.value === row.ageBand)!.label,
            usualResidents: row.usualResidents,
            order: 1000 + bandOrder.indexOf(row.ageBand!),
          },
    )
    .sort((a, b) => a.order - b.order || a.code.localeCompare(b.code))
    .map(({ order: _order, ...row }) => row);
}
