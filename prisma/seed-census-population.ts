// Loads the shipped Census 2021 figures (prisma/data/census-2021-population.csv) into census_population, through
// the same parser as an admin's upload. Only into an empty table: a re-seed never undoes an admin's replacement.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PROJECT_ROOT } from "../scripts/lib/project-root";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { populationProblemsMessage } from "../lib/participation/population-csv";
import { parsePopulationFor, replacePopulation } from "../lib/participation/population";

export const CENSUS_POPULATION_CSV = path.join(PROJECT_ROOT, "prisma", "data", "census-2021-population.csv");

export async function seedCensusPopulation(db: PrismaClient): Promise<void> {
  const text = await readFile(CENSUS_POPULATION_CSV, "utf8");
  await db.$transaction(async (tx) => {
    if ((await tx.censusPopulation.count()) > 0) return;
    const { parsed, districts } = await parsePopulationFor(tx, text);
    if (!parsed.ok) throw new Error(`${CENSUS_POPULATION_CSV}: ${populationProblemsMessage(parsed.problems)}`);
    await replacePopulation(tx, parsed.rows, districts);
  });
}
