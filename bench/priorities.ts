// The priorities dashboard at 100,000 questions and 1,000,000 supports: times loadDashboardWith (every query the
// page /partner/priorities runs, together, as the page runs them) for each period, 20 runs each, and prints the
// median and 95th percentile. Target: median under 300 ms.
//
//   npx tsx bench/priorities.ts            (a throwaway embedded PostgreSQL; or set DATABASE_URL to an empty database)
//   npx tsx bench/priorities.ts --keep /tmp/mse-bench-priorities
//                                          (generate once into that folder, outside the repo, and reuse the data on
//                                          every later run: generating takes about a quarter of an hour)
//
// Generated in SQL (generate_series) on top of the demo seed: 75,000 people with districts, age groups and
// "I am a…" answers (about 8% not given); 100,000 published questions over the last 12 months with one or two
// themes; about 1,000,000 supports, each question's support bunching in the weeks after it was published and
// popular questions getting most (bulk-loaded, the rollups then built from the votes as the triggers would keep
// them); claims, responses and assignments for a share of the questions. Then VACUUM ANALYZE, and 1,000 more
// supports one statement at a time through the vote triggers, to time the write path.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { loadDashboardWith } from "../lib/priorities/dashboard";
import { type Period, PERIOD_LABELS, londonToday, presetPeriod, addDays } from "../lib/priorities/schemas";
import { PRESET_KINDS, readDashboardWith, refreshSnapshotsWith } from "../lib/priorities/snapshots";
import { applyMigrations } from "../scripts/lib/migrations";
import { keepFlag, migrateAndSeed, openBenchDatabase } from "./lib/embedded-database";

const PEOPLE = 75_000;
const QUESTIONS = 100_000;
/** Draws: a few land on the same (person, question) and are dropped, so a little over a million. */
const SUPPORTS = 1_010_000;
const RUNS = 20;
/** A live computation takes seconds: fewer runs. */
const CUSTOM_RUNS = 5;

const GENERATE_PEOPLE = `
INSERT INTO "user" (id, email, display_name, platform_role, status, district_id, age_band, participant_type, created_at, updated_at)
SELECT gen_random_uuid(), 'bench' || g || '@example.test', 'Bench person ' || g, 'citizen', 'active',
       CASE WHEN random() < 0.08 THEN NULL ELSE (SELECT id FROM district ORDER BY id OFFSET (g % (SELECT count(*) FROM district)) LIMIT 1) END,
       CASE WHEN random() < 0.08 THEN NULL ELSE (enum_range(NULL::"AgeBand"))[1 + floor(random() * 6)::int] END,
       CASE WHEN random() < 0.08 THEN NULL ELSE (enum_range(NULL::"ParticipantType"))[1 + floor(random() * 5)::int] END,
       now(), now()
FROM generate_series(1, ${PEOPLE}) AS g`;

const GENERATE_QUESTIONS = `
CREATE TABLE bench_question AS
WITH ins AS (
  INSERT INTO question (id, title, body, author_id, district_id, moderation, status, created_at, updated_at, published_at)
  SELECT gen_random_uuid(), 'Generated question ' || g, 'Generated question ' || g || '.',
         (SELECT id FROM "user" ORDER BY id LIMIT 1),
         1 + g % 15, 'approved',
         (ARRAY['open','open','open','under_review','answered','planned','in_progress','delivered','declined'])[1 + g % 9]::"QuestionStatus",
         t, now(), t
  FROM (SELECT g, (now() AT TIME ZONE 'UTC') - random() * interval '365 days' AS t FROM generate_series(1, ${QUESTIONS}) g) s
  RETURNING id, published_at
)
SELECT row_number() OVER (ORDER BY id) AS n, id, published_at FROM ins;
CREATE UNIQUE INDEX ON bench_question (n);
INSERT INTO question_theme (question_id, theme_id)
SELECT id, t FROM (
  SELECT b.id, th.ids[1 + floor(random() * array_length(th.ids, 1))::int] AS t
  FROM bench_question b, (SELECT array_agg(id ORDER BY id) AS ids FROM theme) th
  UNION
  SELECT b.id, th.ids[1 + floor(random() * array_length(th.ids, 1))::int]
  FROM bench_question b, (SELECT array_agg(id ORDER BY id) AS ids FROM theme) th WHERE random() < 0.5
) s ON CONFLICT DO NOTHING;
CREATE TABLE bench_person AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM "user" WHERE email LIKE 'bench%';
CREATE UNIQUE INDEX ON bench_person (n);`;

// A popular question (low n, power-law) draws more; support comes in the weeks after publishing. Loaded in one
// statement with the vote triggers off (the supporter's details copied as the trigger would), then the rollups
// are built from the votes with the same grouping the triggers keep; the triggers' cost is measured separately.
const GENERATE_SUPPORTS = `
ALTER TABLE vote DISABLE TRIGGER USER;
INSERT INTO vote (user_id, question_id, created_at, district_id, age_band, participant_type)
SELECT u.id, q.id, least(now() AT TIME ZONE 'UTC', q.published_at + power(random(), 3) * interval '60 days'),
       u.district_id, u.age_band, u.participant_type
FROM (
  SELECT 1 + floor(power(random(), 2.5) * ${QUESTIONS})::int AS qn, 1 + floor(random() * ${PEOPLE})::int AS pn
  FROM generate_series(1, ${SUPPORTS})
) d
JOIN bench_question q ON q.n = d.qn JOIN bench_person p ON p.n = d.pn JOIN "user" u ON u.id = p.id
ON CONFLICT DO NOTHING;
ALTER TABLE vote ENABLE TRIGGER USER;
TRUNCATE question_support_day, question_support_month, supporter_day, supporter_month;
CREATE TEMP TABLE bench_vote_day AS
  SELECT london_day(v.created_at) AS day, v.question_id, v.user_id, v.district_id, v.age_band, v.participant_type
  FROM vote v JOIN question q ON q.id = v.question_id WHERE q.moderation = 'approved';
INSERT INTO question_support_day SELECT day, question_id, count(*) FROM bench_vote_day GROUP BY 1, 2;
INSERT INTO question_support_month SELECT date_trunc('month', day)::date, question_id, count(*) FROM bench_vote_day GROUP BY 1, 2;
INSERT INTO supporter_day SELECT day, user_id, district_id, age_band, participant_type, count(*) FROM bench_vote_day GROUP BY 1, 2, 3, 4, 5;
INSERT INTO supporter_month SELECT date_trunc('month', day)::date, user_id, district_id, age_band, participant_type, count(*)
  FROM bench_vote_day GROUP BY 1, 2, 3, 4, 5;
DROP TABLE bench_vote_day;`;

/** Supports given one statement at a time through the triggers, as "I support this" does: the write path's cost. */
const TRIGGERED_SUPPORTS = 1000;
const GENERATE_TRIGGERED_SUPPORTS = `
DECLARE q uuid; p uuid; qn int; pn int;
BEGIN
  FOR i IN 1..${TRIGGERED_SUPPORTS} LOOP
    qn := 1 + floor(random() * ${QUESTIONS})::int;
    pn := 1 + floor(random() * ${PEOPLE})::int;
    SELECT id INTO q FROM bench_question WHERE n = qn;
    SELECT id INTO p FROM bench_person WHERE n = pn;
    INSERT INTO vote (user_id, question_id, created_at) VALUES (p, q, now() AT TIME ZONE 'UTC') ON CONFLICT DO NOTHING;
  END LOOP;
END`;

const GENERATE_TRIAGE = `
UPDATE question q SET support_count = c.n FROM (SELECT question_id, count(*)::int n FROM vote GROUP BY 1) c WHERE c.question_id = q.id;
WITH orgs AS (SELECT array_agg(id ORDER BY id) ids FROM organisation),
     member AS (SELECT id FROM "user" ORDER BY id LIMIT 1)
INSERT INTO assignment_event (id, question_id, kind, to_organisation_id, member_id, actor_id, created_at)
SELECT gen_random_uuid(), b.id, 'claimed', orgs.ids[1 + (b.n % array_length(orgs.ids, 1))::int], member.id, member.id,
       b.published_at + interval '1 day' * (1 + b.n % 5)
FROM bench_question b, orgs, member WHERE b.n % 2 = 0;
INSERT INTO response (id, question_id, organisation_id, author_id, body, created_at, updated_at)
SELECT gen_random_uuid(), e.question_id, e.to_organisation_id, e.actor_id, 'Generated answer', e.created_at + interval '1 day' * (b.n % 30), now()
FROM assignment_event e JOIN bench_question b ON b.id = e.question_id WHERE b.n % 6 = 0;
INSERT INTO assignment (question_id, organisation_id, due_on, created_at, updated_at)
SELECT e.question_id, e.to_organisation_id, (e.created_at + interval '28 days')::date, e.created_at, now()
FROM assignment_event e ON CONFLICT DO NOTHING;`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  const keep = keepFlag();
  const database = await openBenchDatabase({ keep });
  const url = database.url;
  // A kept folder whose data were generated by an earlier run (its mark) is reused as it is.
  const reuse = (await database.readMark("priorities")) !== null;
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, options: "-c TimeZone=UTC" }) });
  try {
    if (reuse) {
      await applyMigrations(url);
      console.log(`Reusing the data generated in ${keep}`);
    } else {
      await migrateAndSeed(url);
      await generate(db);
    }
    if (keep && !reuse) {
      await database.writeMark("priorities", new Date().toISOString());
      console.log(`Generated into ${keep}; run again with the same --keep to time the page.`);
    } else {
      await timeDashboard(db);
    }
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

async function generate(db: PrismaClient) {
  {
    const started = Date.now();
    const step = async (label: string, sql: string) => {
      const at = Date.now();
      await db.$executeRawUnsafe(`DO $bench$ BEGIN ${sql.replace(/;\s*$/, "")}; END $bench$`);
      console.log(`${label}: ${((Date.now() - at) / 1000).toFixed(1)} s`);
    };
    await step("people", GENERATE_PEOPLE);
    await step("questions", GENERATE_QUESTIONS);
    await step("supports and rollups", GENERATE_SUPPORTS);
    await step("claims, responses, assignments", GENERATE_TRIAGE);
    await db.$executeRawUnsafe("VACUUM ANALYZE");
    const writeStarted = performance.now();
    await db.$executeRawUnsafe(`DO $bench$ ${GENERATE_TRIGGERED_SUPPORTS} $bench$`);
    console.log(
      `${TRIGGERED_SUPPORTS} single supports through the vote triggers: ${((performance.now() - writeStarted) / TRIGGERED_SUPPORTS).toFixed(2)} ms each`,
    );
    await db.$executeRawUnsafe("ANALYZE");
    console.log(`Generated in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    const counts = await db.$queryRawUnsafe<Record<string, bigint>[]>(`
      SELECT (SELECT count(*) FROM question) AS questions, (SELECT count(*) FROM vote) AS supports,
             (SELECT count(*) FROM "user") AS people, (SELECT count(*) FROM question_support_day) AS question_days,
             (SELECT count(*) FROM question_support_month) AS question_months,
             (SELECT count(*) FROM supporter_day) AS supporter_days, (SELECT count(*) FROM supporter_month) AS supporter_months,
             (SELECT count(*) FROM response) AS responses`);
    console.log(
      Object.entries(counts[0]!)
        .map(([k, v]) => `${k}: ${v}`)
        .join(", "),
    );
  }
}

/** `runs` timings of `work`, after one warm-up run: median and 95th percentile. */
async function time(label: string, runs: number, work: () => Promise<unknown>) {
  await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(44)} median ${percentile(times, 50).toFixed(0).padStart(5)} ms   p95 ${percentile(times, 95).toFixed(0).padStart(5)} ms   (${runs} runs)`,
  );
}

async function timeDashboard(db: PrismaClient) {
  const today = londonToday();
  // The refresh-priorities job: the three presets worked out live and stored, as every 10 minutes.
  const refreshStarted = performance.now();
  await refreshSnapshotsWith(db, new Date());
  console.log(`
refresh-priorities job (30 days, 90 days, 12 months): ${((performance.now() - refreshStarted) / 1000).toFixed(1)} s`);

  // The page: readPrioritiesDashboard after its permission check, a snapshot fresh (as between two refreshes).
  console.log(`
The page's read (readDashboardWith), snapshot fresh:`);
  for (const kind of PRESET_KINDS) {
    const period = presetPeriod(kind, today);
    await time(`${PERIOD_LABELS[kind].toLowerCase()}`, RUNS, async () => {
      const reading = await readDashboardWith(db, period, new Date());
      if (!reading.fromSnapshot) throw new Error(`${kind} was not read from its snapshot`);
    });
  }

  // A custom period (and a preset whose snapshot is missing or stale) is worked out live.
  console.log(`
Worked out live (loadDashboardWith):`);
  const custom: Period = { kind: "custom", from: addDays(today, -240), to: addDays(today, -40) };
  await time("custom: 200 days ending 40 days ago", CUSTOM_RUNS, () => readDashboardWith(db, custom, new Date()));
  for (const kind of PRESET_KINDS) {
    const period = presetPeriod(kind, today);
    await time(`${PERIOD_LABELS[kind].toLowerCase()}, live`, CUSTOM_RUNS, () =>
      loadDashboardWith(db, period, new Date()),
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
