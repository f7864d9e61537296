// EXPLAIN ANALYZE of the browse query for every sort (and a theme filter and a search), at the demo seed's
// size and again after adding 100,000 generated questions. Fails if any plan reads the question table
// without an index.
//
//   npx tsx bench/browse-explain.ts            (a throwaway embedded PostgreSQL; or set DATABASE_URL to an empty database)
//
// The 100,000 questions are generated in SQL (generate_series): titles and details built from word lists,
// every question published, supports 0–500 (skewed low), trending scores, created_at spread over two years,
// one or two themes and a district each; then ANALYZE.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, Prisma } from "../lib/generated/prisma/client";
import { buildBrowseCountSql, buildBrowseSql } from "../lib/questions/browse/sql";
import type { BrowseParams } from "../lib/questions/schemas";
import { migrateAndSeed, openBenchDatabase } from "./lib/embedded-database";

// "informational" plans are printed but do not fail the run. Each browse statement carries its count and, for a
// search, ranks only a bounded set (lib/questions/browse/sql.ts SEARCH_MATCH_LIMIT), so a common word (one in
// 15% of the generated rows; one in every row) costs about as much as a rare one. The database time of each
// case (planning + execution, the median of RUNS) is printed, and each search's against SEARCH_BUDGET_MS.
const RUNS = 5;
const SEARCH_BUDGET_MS = 5;
const CASES: { name: string; params: BrowseParams; informational?: boolean }[] = [
  { name: "most supported", params: { sort: "supported" } },
  { name: "trending", params: { sort: "trending" } },
  { name: "newest", params: { sort: "newest" } },
  { name: "waiting longest", params: { sort: "waiting" } },
  { name: "most supported, page 2 (keyset)", params: { sort: "supported", after: "" } },
  { name: "most supported in one theme", params: { sort: "supported", theme: "energy-and-environment" } },
  { name: "newest in one district", params: { sort: "newest", district: "harlow" } },
  { name: "search 'Saffron Walden' (best match)", params: { q: "Saffron Walden" } },
  { name: "search 'broadband' (15% of rows)", params: { q: "broadband" } },
  { name: "search 'Essex' (every row)", params: { q: "Essex" } },
  // Its capped count may rightly read the table in physical order: it stops at the 101st match.
  { name: "search 'broadband', most supported", params: { q: "broadband", sort: "supported" }, informational: true },
];

const GENERATE = `
WITH words AS (
  SELECT ARRAY['smart','bus','broadband','solar','flood','sensor','library','cycle','school','energy','heat','pump','data','privacy','recycling','housing','jobs','skills','hospital','care','street','light','train','station','park','river','estuary','village','town','charging','electric','digital','wifi','air','quality','noise','safety','camera','bin','waste'] AS w
), ins AS (
  INSERT INTO question (id, title, body, author_id, district_id, moderation, status, support_count, trending_score, created_at, updated_at, published_at)
  SELECT gen_random_uuid(),
         initcap(w[1 + (g * 7) % 40]) || ' ' || w[1 + (g * 13) % 40] || ' for ' || w[1 + (g * 17) % 40] || ' in Essex ' || g,
         'Could we have ' || w[1 + (g * 3) % 40] || ' ' || w[1 + (g * 11) % 40] || ' near the ' || w[1 + (g * 19) % 40] || '? Generated question ' || g || '.',
         (SELECT id FROM "user" ORDER BY id LIMIT 1),
         1 + g % 15,
         'approved',
         (ARRAY['open','open','open','under_review','answered','planned','in_progress','delivered','declined'])[1 + g % 9]::"QuestionStatus",
         floor(power(random(), 3) * 500)::int,
         random() * 1e6,
         now() - (random() * interval '730 days'),
         now(), now()
  FROM generate_series(1, 100000) AS g, words
  RETURNING id, district_id
)
INSERT INTO question_theme (question_id, theme_id)
SELECT id, t FROM (
  SELECT id, 1 + floor(random() * 10)::int AS t FROM ins
  UNION
  SELECT id, 1 + floor(random() * 10)::int FROM ins WHERE random() < 0.5
) s`;

/**
 * At the seed's size (64 rows, a few pages) the planner rightly prefers a sequential scan, so there the
 * plans are taken with enable_seqscan off, to show the indexes serve each ORDER BY; at 100,000 rows the
 * planner's own choice is shown.
 */
async function explainAll(db: PrismaClient, label: string, forceIndexes: boolean) {
  console.log(`\n==================== ${label}${forceIndexes ? " (enable_seqscan off)" : ""} ====================`);
  const [row] = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM question`;
  const count = row?.count ?? 0n;
  console.log(`questions: ${count}`);
  const summary: string[] = [];
  let failures = 0;
  for (const c of CASES) {
    let params = c.params;
    if (c.params.after === "") {
      // Page 2: the cursor is the last row of page 1.
      const first = await db.$queryRaw<{ id: string; key: number }[]>(buildBrowseSql({ sort: "supported" }, 20).sql);
      const last = first[19]!;
      params = {
        ...c.params,
        after: Buffer.from(JSON.stringify({ s: "supported", v: Number(last.key), id: last.id })).toString("base64url"),
      };
    }
    // The page's own plan, without the count it carries in the app (explained apart below); a search with its
    // count, which is bounded, so its time is the whole of what the request costs the database.
    const { sql } = buildBrowseSql(params, 20, { count: Boolean(params.q) });
    const timings: number[] = [];
    let text = "";
    for (let run = 0; run < RUNS; run++) {
      const [, plan] = await db.$transaction([
        db.$executeRawUnsafe(`SET LOCAL enable_seqscan = ${forceIndexes ? "off" : "on"}`),
        db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${sql}`),
      ]);
      text = plan.map((r) => r["QUERY PLAN"]).join("\n");
      const planning = Number(/Planning Time: ([\d.]+) ms/.exec(text)?.[1] ?? NaN);
      const execution = Number(/Execution Time: ([\d.]+) ms/.exec(text)?.[1] ?? NaN);
      timings.push(planning + execution);
    }
    timings.sort((a, b) => a - b);
    const time = timings[Math.floor(RUNS / 2)]!.toFixed(2);
    const seqScanOnQuestion = /Seq Scan on question\b/.test(text);
    const usesIndex = /Index (Only )?Scan|Bitmap Index Scan/.test(text);
    const ok = usesIndex && !seqScanOnQuestion;
    if (!ok && !c.informational) failures += 1;
    const budget =
      params.q && !forceIndexes ? (Number(time) <= SEARCH_BUDGET_MS ? "  within budget" : "  OVER BUDGET") : "";
    console.log(
      `\n--- ${c.name} (${time} ms database time, median of ${RUNS}) ${ok ? "uses an index" : "NO INDEX"}\n${text}`,
    );
    const indexes = [
      ...new Set(
        [...text.matchAll(/(?:Index (?:Only )?Scan(?: Backward)? using|Bitmap Index Scan on) (\w+)/g)].map((m) => m[1]),
      ),
    ];
    summary.push(`${c.name.padEnd(40)} ${String(time).padStart(9)} ms  ${indexes.join(", ")}${budget}`);
  }
  // The count the page shows, which the app reads in the same statement (one round trip) and is shown apart here
  // (informational: counting every published question is rightly a scan of the table or of a whole index once
  // most rows match; a search's count is bounded by SEARCH_MATCH_LIMIT).
  for (const c of CASES.filter((c) => c.params.after === undefined)) {
    const [, plan] = await db.$transaction([
      db.$executeRawUnsafe(`SET LOCAL enable_seqscan = ${forceIndexes ? "off" : "on"}`),
      db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${buildBrowseCountSql(c.params)}`),
    ]);
    const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
    const time = /Execution Time: ([\d.]+) ms/.exec(text)?.[1];
    console.log(`\n--- count: ${c.name} (${time} ms)\n${text}`);
    summary.push(`${`count: ${c.name}`.padEnd(40)} ${String(time).padStart(9)} ms`);
  }
  console.log(`\nSummary (${label}, ${count} questions):\n${summary.join("\n")}`);
  return failures;
}

async function main() {
  const database = await openBenchDatabase();
  const url = database.url;
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    await migrateAndSeed(url);
    await db.$executeRawUnsafe("ANALYZE");
    let failures = await explainAll(db, "demo seed", true);
    const started = Date.now();
    await db.$executeRawUnsafe(GENERATE);
    await db.$executeRawUnsafe("ANALYZE");
    console.log(`\nGenerated 100,000 questions in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    failures += await explainAll(db, "seed + 100,000 generated questions", false);
    if (failures) {
      console.error(`\n${failures} plan(s) did not use an index`);
      process.exitCode = 1;
    }
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
