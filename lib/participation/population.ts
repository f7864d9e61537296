// Putting a parsed population file in the table: the whole set is replaced in one transaction, so the figures
// are always one file's. Shared by the seed (the shipped file) and the admin's upload (service.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import { parsePopulationCsv, type PopulationParse, type PopulationRow } from "./population-csv";

type Tx = Prisma.TransactionClient;

/** The districts a file may give a figure for: real areas, not "Essex-wide". */
export async function populationDistricts(tx: Pick<Tx, "district">): Promise<Map<string, number>> {
  const districts = await tx.district.findMany({
    where: { kind: { not: "county" } },
    select: { id: true, slug: true },
  });
  return new Map(districts.map((d) => [d.slug, d.id]));
}

export async function parsePopulationFor(
  tx: Pick<Tx, "district">,
  text: string,
): Promise<{ parsed: PopulationParse; districts: Map<string, number> }> {
  const districts = await populationDistricts(tx);
  return { parsed: parsePopulationCsv(text, new Set(districts.keys())), districts };
}

/** Replaces every figure with the file's rows; returns the number written. */
export async function replacePopulation(
  tx: Pick<Tx, "censusPopulation">,
  rows: readonly PopulationRow[],
  districts: ReadonlyMap<string, number>,
): Promise<number> {
  await tx.censusPopulation.deleteMany({});
  const { count } = await tx.censusPopulation.createMany({
    data: rows.map((row) =>
      row.group === "district"
        ? { districtId: districts.get(row.code)!, usualResidents: row.usualResidents }
        : { ageBand: row.code, usualResidents: row.usualResidents },
    ),
  });
  return count;
}
