import "server-only";
import { db } from "@/lib/db";
import { AGE_BANDS } from "@/lib/accounts/profile/options";
import type { Period } from "@/lib/priorities/schemas";
import { freshSnapshot } from "@/lib/priorities/snapshots";
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
