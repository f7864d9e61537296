// `npm run seed:large`: the portal at a realistic volume, for benches and for trying pages at scale.
//
//   npm run seed:large -- --keep=/tmp/mse-large        a kept embedded PostgreSQL in that folder (outside the repo);
//                                                     run again with the same folder to reuse (and re-check) it
//   DATABASE_URL=… SEED_DEMO_DATA=yes npm run seed:large    into that database instead
//   npm run seed:large                                a throwaway embedded PostgreSQL (generated, checked, removed)
//
// Sizes (defaults: 10,000 people, 100,000 questions, 1,000,000 supports, 200,000 comments):
//   --people=N --questions=N --supports=N --comments=N      e.g. --supports=1000 for the bench's small size
//
// Migrates and loads the demo seed first, then generates (scripts/lib/large-data.ts), then checks that every
// stored count equals the rows it counts and exits non-zero if any does not.
import pg from "pg";
import { keepFlag, migrateAndSeed, openBenchDatabase, readFlag } from "../bench/lib/embedded-database";
import { describeDatabase } from "./lib/database-url";
import {
  countRows,
  FULL_SIZES,
  generateLargeData,
  verifyLargeData,
  type CountCheck,
  type LargeDataSizes,
  type RowTotals,
} from "./lib/large-data";

function sizeFlags(argv: readonly string[] = process.argv): LargeDataSizes {
  const sizes = { ...FULL_SIZES };
  for (const key of Object.keys(sizes) as (keyof LargeDataSizes)[]) {
    const value = readFlag(key, argv);
    if (value === undefined) continue;
    const n = Number(value.replace(/[_,]/g, ""));
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${key} must be a whole number`);
    sizes[key] = n;
  }
  if (sizes.people < 2 || sizes.questions < 1) throw new Error("--people needs at least 2, --questions at least 1");
  return sizes;
}

/** Migrates, seeds and generates into `url`, then checks; returns the checks and the row totals. */
export async function seedLargeDatabase(
  url: string,
  sizes: LargeDataSizes,
  log: (line: string) => void = console.log,
): Promise<{ checks: CountCheck[]; counts: RowTotals }> {
  await migrateAndSeed(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = Date.now();
    await generateLargeData(client, sizes, { log });
    log(`generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { checks: await verifyLargeData(client), counts: await countRows(client) };
  } finally {
    await client.end();
  }
}

/** Prints the checks; true when every count equals its rows. */
export function reportChecks(checks: CountCheck[], log: (line: string) => void = console.log): boolean {
  for (const check of checks)
    log(`  ${check.wrong === 0 ? "ok  " : "FAIL"} ${check.name}${check.wrong ? ` (${check.wrong} wrong)` : ""}`);
  return checks.every((check) => check.wrong === 0);
}

async function main(): Promise<number> {
  const started = Date.now();
  const sizes = sizeFlags();
  const database = await openBenchDatabase({ keep: keepFlag() });
  try {
    const mark = await database.readMark("seed-large");
    let checks: CountCheck[];
    let counts: RowTotals;
    if (mark) {
      console.log(`${database.keepDir} already holds generated data (${mark}): checking it`);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        checks = await verifyLargeData(client);
        counts = await countRows(client);
      } finally {
        await client.end();
      }
    } else {
      console.log(`Generating ${JSON.stringify(sizes)} into ${describeDatabase(database.url)}`);
      ({ checks, counts } = await seedLargeDatabase(database.url, sizes));
      await database.writeMark("seed-large", JSON.stringify(sizes));
    }
    console.log(
      Object.entries(counts)
        .map(([key, value]) => `${key}: ${value.toLocaleString("en-GB")}`)
        .join(", "),
    );
    console.log("Stored counts against their rows:");
    const ok = reportChecks(checks);
    console.log(
      `${ok ? "All counts equal their rows" : "COUNTS DIFFER FROM ROWS"} (${((Date.now() - started) / 1000).toFixed(0)} s in all)`,
    );
    if (database.keepDir) console.log(`Kept in ${database.keepDir} (run again with the same --keep to reuse it)`);
    return ok ? 0 : 1;
  } finally {
    await database.stop();
  }
}

// Run as a script, not when imported by the bench.
if (process.argv[1] && /seed-large\.ts$/.test(process.argv[1])) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
