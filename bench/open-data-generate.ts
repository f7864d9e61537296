// How long the regenerate-open-data job takes, and how large its files are, at the demo seed's size and again
// after adding 100,000 published questions (each with a theme, and every tenth with a response).
//
//   npx tsx bench/open-data-generate.ts        (a throwaway embedded PostgreSQL; or set DATABASE_URL to an empty database)
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
      `questions ${questions?.records} records, resident memory +${((process.memoryUsage().rss - before) / 1e6).toFixed(0)} MB`,
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
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
