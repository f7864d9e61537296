// How long the regenerate-open-data job takes, how large its files are and how much memory it takes, at the demo
// seed's size and again after adding 100,000 published questions (each with a theme, and every tenth with a
// response); then how much memory 20 downloads of the largest file at once take, read as the route handler reads them.
//
//   npx tsx --conditions=react-server bench/open-data-generate.ts
//   (a throwaway embedded PostgreSQL; or set DATABASE_URL to an empty database)
//
// With NODE_OPTIONS=--max-old-space-size=160 it shows the job's memory does not grow with the data: it completes
// at 100,000 questions with a 160 MB heap.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { regenerateOpenDataFiles } from "../lib/open-data/downloads/generate";
import { migrateAndSeed, openBenchDatabase } from "./lib/embedded-database";

const GENERATE = `
WITH ins AS (
  INSERT INTO question (id, title, body, author_id, district_id, moderation, status, support_count, created_at,
                        updated_at, published_at)
  SELECT gen_random_uuid(), 'Generated question ' || g || ' about smart street lights in Essex',
         'Could the county fit sensors to its street lights, so they dim when nobody is about? Generated ' || g || '.',
         (SELECT id FROM "user" ORDER BY id LIMIT 1), 1 + g % 15, 'approved', 'answered', g % 500,
         now() - (g || ' minutes')::interval, now(), now()
  FROM generate_series(1, 100000) AS g
  RETURNING id
), themed AS (
  INSERT INTO question_theme (question_id, theme_id) SELECT id, 1 + (abs(hashtext(id::text)) % 10) FROM ins
)
INSERT INTO response (id, question_id, organisation_id, author_id, body, created_at, updated_at)
SELECT gen_random_uuid(), id, (SELECT min(id) FROM organisation),
       (SELECT user_id FROM organisation_membership ORDER BY user_id LIMIT 1),
       'Thank you: we are trialling dimming on two roads this winter and will report back.', now(), now()
FROM ins WHERE abs(hashtext(id::text)) % 10 = 0`;

async function timed(db: PrismaClient, label: string) {
  const before = process.memoryUsage().rss;
  const started = Date.now();
  const files = await regenerateOpenDataFiles(db);
  const seconds = (Date.now() - started) / 1000;
  const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
  const questions = files.find((f) => f.resource === "questions" && f.format === "json");
  console.log(
    `${label}: ${seconds.toFixed(1)} s, ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB in all, ` +
      `questions ${questions?.records} records, resident memory +${((process.memoryUsage().rss - before) / 1e6).toFixed(0)} MB, ` +
      `peak resident memory so far ${(process.resourceUsage().maxRSS / 1e3).toFixed(0)} MB`,
  );
}

/** Peak resident memory above the start while `work` runs, sampled every 10 ms. */
async function peakMemoryDuring(work: () => Promise<void>): Promise<number> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  return Math.max(peak, process.memoryUsage().rss) - start;
}

async function downloadsAtOnce(url: string, downloads: number) {
  // The route handler reads through the app's own database client, which reads DATABASE_URL when first imported.
  process.env.DATABASE_URL = url;
  // As the route handler (app/downloads/[file]/route.ts) answers, without Next's request handling around it.
  const { readDownloadPieces, readDownloadVersion } = await import("../lib/open-data/downloads/queries");
  const { textStream } = await import("../lib/text-stream");
  const file = "questions.json";
  let bytes = 0;
  const started = Date.now();
  const peak = await peakMemoryDuring(async () => {
    await Promise.all(
      Array.from({ length: downloads }, async () => {
        const version = await readDownloadVersion("questions", "json");
        if (!version) throw new Error(`${file} has not been made`);
        const reader = textStream(readDownloadPieces(version)).getReader();
        for (let read = await reader.read(); !read.done; read = await reader.read()) bytes += read.value.length;
      }),
    );
  });
  console.log(
    `${downloads} downloads of ${file} at once: ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
      `${(bytes / 1e6).toFixed(0)} MB sent, peak resident memory +${(peak / 1e6).toFixed(0)} MB`,
  );
}

async function main() {
  const database = await openBenchDatabase();
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: database.url, options: "-c TimeZone=UTC" }),
  });
  try {
    await migrateAndSeed(database.url);
    await timed(db, "demo seed");
    await db.$executeRawUnsafe(GENERATE);
    await db.$executeRawUnsafe("ANALYZE");
    await timed(db, "seed + 100,000 questions");
    await downloadsAtOnce(database.url, 20);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
