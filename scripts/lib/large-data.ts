// Realistic volume for benches (`npm run seed:large`, `npm run bench`): people, questions, supports and comments
// generated in SQL (generate_series, set-based, one statement per table) on top of the migrated, demo-seeded
// database, then every stored count and rollup set from the rows and checked.
//
// Skew, as a county's engagement looks: support per question follows a power law (question rank n of N draws
// n = N·u^2.5, u uniform: the most popular question gets about 1% of all support, most get a handful), and a few
// people ask, support and comment far more than most. Districts weighted by population, themes by how often
// residents raise them, age bands and "I am a…" answers as a county's adult population with some students;
// moderation states and the public lifecycle spread as a live portal has them; dates over the past two years,
// a question's support and comments bunching in the weeks after it was published.
//
// Per-row work is avoided where the triggers would do it row by row: questions, supports and comments are drawn
// into temporary tables first, so each question is inserted once with its stored counts and trending score
// (an UPDATE would compute its search columns again); the vote triggers (supporter snapshot and rollups) and the
// comment count trigger are off during the bulk inserts, the snapshot columns are copied as the trigger copies
// them, and the four rollup tables are rebuilt from the votes with the triggers' grouping; verifyLargeData proves
// every stored count equals a recount. As a superuser (the embedded cluster)
// the foreign-key checks and the reply guard are skipped for votes and comments as well (session_replication_role
// = replica): every id is joined from the row it names, and verifyLargeData checks the reply rule. All of it is
// one transaction, with the secondary indexes of question, vote and comment dropped and built again at the end.
import { readFile } from "node:fs/promises";
import type pg from "pg";
import { LAMBDA_PER_MS, TRENDING_EPOCH } from "../../lib/votes/trending";

export interface LargeDataSizes {
  people: number;
  questions: number;
  supports: number;
  comments: number;
}

export const FULL_SIZES: LargeDataSizes = {
  people: 10_000,
  questions: 100_000,
  supports: 1_000_000,
  comments: 200_000,
};

/** A word in about one title in ten (the "bus …" topics): what the bench searches for. */
export const COMMON_SEARCH_WORD = "bus";

/** Generated people's addresses: large<n>@example.test. */
export const LARGE_PERSON_EMAIL_DOMAIN = "example.test";

const DISTRICT_WEIGHTS: Record<string, number> = {
  basildon: 187,
  braintree: 155,
  brentwood: 77,
  "castle-point": 90,
  chelmsford: 181,
  colchester: 197,
  "epping-forest": 135,
  harlow: 94,
  maldon: 66,
  rochford: 88,
  tendring: 149,
  uttlesford: 92,
  "southend-on-sea": 181,
  thurrock: 176,
  "essex-wide": 0,
};
/** A question about the whole county, not one district. */
const ESSEX_WIDE_QUESTION_WEIGHT = 120;

const THEME_WEIGHTS: Record<string, number> = {
  "transport-and-mobility": 25,
  "energy-and-environment": 14,
  "health-and-care": 11,
  "digital-connectivity": 9,
  "housing-and-planning": 10,
  "education-and-skills": 7,
  "community-safety": 8,
  "data-and-privacy": 4,
  "economy-and-jobs": 6,
  "waste-and-recycling": 8,
};

const AGE_BANDS: [string | null, number][] = [
  ["under_16", 5],
  ["age_16_17", 4],
  ["age_18_24", 10],
  ["age_25_44", 32],
  ["age_45_64", 29],
  ["age_65_plus", 14],
  [null, 6],
];

const PARTICIPANT_TYPES: [string | null, number][] = [
  ["resident", 70],
  ["business", 6],
  ["teacher", 4],
  ["other", 4],
  [null, 6],
];

const MODERATION: [string, number][] = [
  ["approved", 92],
  ["pending", 3],
  ["rejected", 3],
  ["hidden", 2],
];

const STATUSES: [string, number][] = [
  ["open", 45],
  ["under_review", 15],
  ["answered", 18],
  ["planned", 6],
  ["in_progress", 5],
  ["delivered", 6],
  ["declined", 5],
];

const COMMENT_MODERATION: [string, number][] = [
  ["approved", 93],
  ["pending", 3],
  ["rejected", 2],
  ["hidden", 2],
];

const TOPICS = [
  "bus services",
  "bus stops",
  "bus lanes",
  "street lights",
  "potholes",
  "cycle lanes",
  "pavements",
  "parking permits",
  "EV chargers",
  "speed cameras",
  "trains",
  "level crossings",
  "broadband",
  "mobile signal",
  "public wifi",
  "GP appointments",
  "the hospital car park",
  "care homes",
  "flooding",
  "air quality",
  "solar panels",
  "heat pumps",
  "tree planting",
  "new housing",
  "affordable homes",
  "the local plan",
  "school places",
  "apprenticeships",
  "coding clubs",
  "CCTV",
  "anti-social behaviour",
  "open data",
  "smart sensors",
  "the high street",
  "empty shops",
  "bin collections",
  "recycling",
  "fly-tipping",
  "food waste",
  "litter",
];
const PLACES = [
  "Basildon",
  "Braintree",
  "Brentwood",
  "Canvey Island",
  "Chelmsford",
  "Colchester",
  "Epping",
  "Harlow",
  "Maldon",
  "Rochford",
  "Clacton",
  "Saffron Walden",
  "Southend",
  "Grays",
  "Witham",
  "Billericay",
  "Harwich",
  "Wickford",
  "Rayleigh",
  "Loughton",
  "Great Dunmow",
  "Tiptree",
  "Frinton",
  "Leigh-on-Sea",
];
const TEMPLATES = [
  "What is the council doing about % in #?",
  "Could % in # be improved?",
  "Who is responsible for % near #?",
  "Are there plans for better % around #?",
  "Why are % in # so poor this year?",
  "Can we have more % in #?",
  "Idea: smarter % for #",
  "Will % in # be fixed before winter?",
];
const DETAILS = [
  "Many of us have raised % at parish meetings in # without an answer.",
  "I have lived in # for ten years and % have never been this poor.",
  "Older people in # depend on % and would like to know the plan.",
  "Could the council share data on % in # so residents can see progress?",
  "My children walk to school in # and % make a real difference to them.",
];
const COMMENTS = [
  "I agree, this affects my street too.",
  "The same happens near us every week.",
  "Thank you for raising this. Is there any news?",
  "Has anyone asked the parish council about it?",
  "This has got worse since the spring.",
  "Good idea, I would use it every day.",
  "I am not sure this is the council's job, but it needs doing.",
  "We reported it last year and nothing changed.",
];

const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
const sqlArray = (values: string[]) => `ARRAY[${values.map(literal).join(",")}]`;

/** CASE expression choosing a value by weight from a uniform [0, 1) expression. */
function weightedPick(uniform: string, choices: [string | null, number][], cast = ""): string {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let upTo = 0;
  const whens = choices
    .filter(([, weight]) => weight > 0)
    .map(([value, weight]) => {
      upTo += weight / total;
      return `WHEN ${uniform} < ${upTo.toFixed(6)} THEN ${value === null ? "NULL" : literal(value)}${cast}`;
    });
  // The last branch catches rounding.
  const last = choices.filter(([, weight]) => weight > 0).at(-1)!;
  return `(CASE ${whens.slice(0, -1).join(" ")} ELSE ${last[0] === null ? "NULL" : literal(last[0])}${cast} END)`;
}

/** Same for numeric ids. */
function weightedId(uniform: string, choices: [number, number][]): string {
  return weightedPick(
    uniform,
    choices.map(([id, weight]) => [String(id), weight]),
    "::int",
  ).replace(/'(\d+)'::int/g, "$1");
}

/** The trending weight of a vote, as lib/votes/trending.ts voteWeightSql computes it. */
export const voteWeightText = (createdAt: string) =>
  `exp(${LAMBDA_PER_MS * 1000}::float8 * (extract(epoch FROM ${createdAt}) - ${TRENDING_EPOCH / 1000}::float8))`;

/** The current moment as the portal stores times (UTC, no time zone). */
const NOW = "(now() AT TIME ZONE 'UTC')";

/**
 * Drops the tables' secondary indexes (neither unique nor behind a constraint) and returns their exact
 * definitions, to build again once the rows are in: building an index over the loaded rows costs a fraction of
 * updating it once per row (and once more per row for each stored count set afterwards).
 */
async function dropSecondaryIndexes(client: pg.Client, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisunique AND NOT i.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables],
  );
  if (rows.length > 0) await client.query(`DROP INDEX ${rows.map((r) => r.name).join(", ")}`);
  return rows.map((r) => r.definition);
}

export interface GenerateOptions {
  log?: (line: string) => void;
}

/**
 * Adds `sizes` of generated data to the database the client is connected to (migrated; districts, themes and,
 * for official responses, an organisation with members must exist: the demo seed provides them). Returns the
 * seconds each step took.
 */
export async function generateLargeData(
  client: pg.Client,
  sizes: LargeDataSizes,
  { log = () => {} }: GenerateOptions = {},
): Promise<void> {
  // A throwaway or bench database: a commit need not wait for the disk (this session only). The drawn rows sit in
  // temporary tables (a million supports, about 150 MB with their key) and are grouped and sorted in memory: room
  // for both, or they spill to disk (temp_buffers applies only before the session's first temporary table).
  await client.query("SET synchronous_commit = off; SET temp_buffers = '512MB'; SET work_mem = '128MB'");
  const districts = (await client.query<{ id: number; slug: string }>("SELECT id, slug FROM district ORDER BY id"))
    .rows;
  const themes = (await client.query<{ id: number; slug: string }>("SELECT id, slug FROM theme ORDER BY id")).rows;
  if (districts.length === 0 || themes.length === 0) throw new Error("Districts and themes must exist: seed first.");
  const personDistrict = weightedId(
    "r_district",
    districts.map((d) => [d.id, DISTRICT_WEIGHTS[d.slug] ?? 50]),
  );
  const questionDistrict = weightedId(
    "r_district",
    districts.map((d) => [
      d.id,
      d.slug === "essex-wide" ? ESSEX_WIDE_QUESTION_WEIGHT : (DISTRICT_WEIGHTS[d.slug] ?? 50),
    ]),
  );
  const themePick = (uniform: string) =>
    weightedId(
      uniform,
      themes.map((t) => [t.id, THEME_WEIGHTS[t.slug] ?? 5]),
    );

  const step = async (label: string, sql: string) => {
    const started = Date.now();
    await client.query(sql);
    log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };

  // One transaction: a failure leaves the database as it was (indexes and triggers included).
  await client.query("BEGIN");
  try {
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    const indexes = await dropSecondaryIndexes(client, ["question", "vote", "comment"]);
    // As a superuser (the embedded cluster), foreign keys are not re-checked row by row either: every id is
    // joined from the rows it refers to. verifyLargeData checks what the skipped reply guard would have.
    const superuser = (
      await client.query<{ rolsuper: boolean }>("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    ).rows[0]?.rolsuper;
    await generateRows(client, sizes, step, log, {
      personDistrict,
      questionDistrict,
      themePick,
      superuser: !!superuser,
    });
    await step(`${indexes.length} indexes rebuilt`, indexes.join(";\n"));
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
  await step("VACUUM ANALYZE", "VACUUM ANALYZE");
  // On a shared machine the wall time says little: the database server's own CPU time for this work says more.
  const cpu = await backendCpuSeconds(client);
  if (cpu !== null) log(`database CPU time for the generation: ${cpu.toFixed(0)} s`);
}

/** CPU seconds used so far by this connection's server process, when it runs on this machine (/proc). */
async function backendCpuSeconds(client: pg.Client): Promise<number | null> {
  const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  const stat = await readFile(`/proc/${rows[0]!.pid}/stat`, "utf8").catch(() => null);
  if (!stat) return null;
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function generateRows(
  client: pg.Client,
  sizes: LargeDataSizes,
  step: (label: string, sql: string) => Promise<void>,
  log: (line: string) => void,
  {
    personDistrict,
    questionDistrict,
    themePick,
    superuser,
  }: { personDistrict: string; questionDistrict: string; themePick: (uniform: string) => string; superuser: boolean },
): Promise<void> {
  await step(
    `${sizes.people} people`,
    `
    DROP TABLE IF EXISTS large_person;
    CREATE TEMP TABLE large_person AS
    WITH ins AS (
      INSERT INTO "user" (id, email, email_verified_at, display_name, platform_role, status, district_id, age_band,
                          participant_type, created_at, updated_at)
      SELECT gen_random_uuid(), 'large' || g || '.' || substr(md5(random()::text), 1, 6) || '@${LARGE_PERSON_EMAIL_DOMAIN}', t,
             'Resident ' || g, 'citizen', 'active',
             CASE WHEN r_none < 0.08 THEN NULL ELSE ${personDistrict} END,
             age::"AgeBand",
             -- Under-18s take part as students.
             (CASE WHEN age IN ('under_16', 'age_16_17') THEN 'student'
                   ELSE ${weightedPick("r_type", PARTICIPANT_TYPES)} END)::"ParticipantType",
             t, t
      FROM (
        SELECT g, random() AS r_district, random() AS r_none, random() AS r_type,
               ${weightedPick("random()", AGE_BANDS)} AS age,
               ${NOW} - power(random(), 0.7) * interval '730 days' AS t
        FROM generate_series(1, ${sizes.people}) AS g
      ) s
      RETURNING id, district_id, created_at
    )
    -- n in random order: a low n is an active person (the draws below favour low n).
    SELECT row_number() OVER (ORDER BY random()) AS n, id FROM ins;
    CREATE UNIQUE INDEX ON large_person (n);
    ANALYZE large_person;`,
  );

  // Questions are drawn into a temporary table first and inserted once, with their counts, after their supports
  // and comments are drawn: an UPDATE of a question row would compute its search columns (a tsvector of title and
  // details) a second time.
  await step(
    `${sizes.questions} questions drawn`,
    `
    DROP TABLE IF EXISTS large_question;
    CREATE TEMP TABLE large_question AS
    WITH words AS (
      SELECT ${sqlArray(TOPICS)} AS topic, ${sqlArray(PLACES)} AS place, ${sqlArray(TEMPLATES)} AS template,
             ${sqlArray(DETAILS)} AS detail
    ), drawn AS (
      SELECT g, random() AS r_district, random() AS r_status, random() AS r_answer,
             ${weightedPick("random()", MODERATION)} AS moderation,
             1 + floor(random() * ${TOPICS.length})::int AS topic_at, 1 + floor(random() * ${PLACES.length})::int AS place_at,
             1 + floor(power(random(), 2) * ${sizes.people})::int AS author_n,
             -- More questions lately than two years ago; stored to the millisecond, as the column keeps them.
             date_trunc('milliseconds', ${NOW} - power(random(), 1.3) * interval '730 days') AS created
      FROM generate_series(1, ${sizes.questions}) AS g
    ), shaped AS (
      SELECT gen_random_uuid() AS id, drawn.*, p.id AS author_id, w.*,
             CASE WHEN moderation IN ('approved', 'hidden') THEN ${weightedPick("r_status", STATUSES)} ELSE 'open' END AS status
      FROM drawn JOIN large_person p ON p.n = drawn.author_n, words w
    )
    SELECT id, author_id,
           left(replace(replace(template[1 + g % ${TEMPLATES.length}], '%', topic[topic_at]), '#', place[place_at])
                || CASE WHEN g % 4 = 0 THEN '' ELSE ' (' || g || ')' END, 140) AS title,
           replace(replace(detail[1 + g % ${DETAILS.length}], '%', topic[topic_at]), '#', place[place_at])
             || ' ' || replace(replace(detail[1 + (g / 7) % ${DETAILS.length}], '%', topic[1 + (topic_at * 7) % ${TOPICS.length}]), '#', place[place_at]) AS body,
           CASE WHEN r_district < 0.1 THEN NULL ELSE ${questionDistrict} END AS district_id,
           moderation::"ModerationState" AS moderation,
           CASE WHEN moderation IN ('rejected', 'hidden') THEN 'Generated: does not keep to the house rules.' END AS moderation_reason,
           CASE WHEN moderation IN ('rejected', 'hidden') THEN created + interval '1 day' END AS moderated_at,
           CASE WHEN moderation = 'pending' THEN created END AS queued_at,
           status::"QuestionStatus" AS status,
           created AS created_at,
           CASE WHEN moderation IN ('approved', 'hidden') THEN created + interval '2 hours' END AS published_at,
           CASE WHEN status IN ('answered', 'planned', 'in_progress', 'delivered')
                THEN date_trunc('milliseconds', least(${NOW}, created + interval '2 hours' + r_answer * interval '40 days')) END AS answered_at
    FROM shaped;
    CREATE UNIQUE INDEX ON large_question (id);
    ANALYZE large_question;
    -- Published questions (approved, or hidden after publishing) can be supported and discussed; n in random order,
    -- so popularity does not follow age.
    DROP TABLE IF EXISTS large_published;
    CREATE TEMP TABLE large_published AS
      SELECT row_number() OVER (ORDER BY random()) AS n, id, author_id, published_at
      FROM large_question WHERE published_at IS NOT NULL;
    CREATE UNIQUE INDEX ON large_published (n);
    ANALYZE large_published;`,
  );

  const published = Number(
    (await client.query<{ count: string }>("SELECT count(*) AS count FROM large_published")).rows[0]!.count,
  );

  // Supports: drawn (question rank, person rank) pairs, duplicates and own questions left out, until exactly
  // `supports` pairs are in; the supporter's details copied as the vote trigger copies them.
  const supportsStarted = Date.now();
  await client.query(`
    DROP TABLE IF EXISTS large_vote;
    CREATE TEMP TABLE large_vote (
      user_id uuid NOT NULL, question_id uuid NOT NULL, created_at timestamp(3) NOT NULL,
      district_id integer, age_band "AgeBand", participant_type "ParticipantType",
      PRIMARY KEY (user_id, question_id)
    )`);
  let drawn = 0;
  for (let round = 0; drawn < sizes.supports && round < 20; round += 1) {
    const remaining = sizes.supports - drawn;
    const result = await client.query(`
      INSERT INTO large_vote (user_id, question_id, created_at, district_id, age_band, participant_type)
      SELECT u.id, q.id,
             q.published_at + power(random(), 3) * (${NOW} - q.published_at),
             u.district_id, u.age_band, u.participant_type
      FROM (
        SELECT DISTINCT 1 + floor(power(random(), 2.5) * ${published})::int AS qn,
                        1 + floor(power(random(), 1.5) * ${sizes.people})::int AS pn
        FROM generate_series(1, ${Math.ceil(remaining * 1.25) + 10})
      ) d
      JOIN large_published q ON q.n = d.qn JOIN large_person p ON p.n = d.pn JOIN "user" u ON u.id = p.id
      WHERE u.id <> q.author_id
      LIMIT ${remaining}
      ON CONFLICT DO NOTHING`);
    drawn += result.rowCount ?? 0;
  }
  if (drawn !== sizes.supports) throw new Error(`Only ${drawn} of ${sizes.supports} supports could be drawn`);
  log(`${drawn} supports drawn: ${((Date.now() - supportsStarted) / 1000).toFixed(1)} s`);

  // Comments: four in five top-level, on published questions with the same skew (popular questions are
  // discussed more), then replies to top-level comments, the busiest threads drawing most.
  const topLevel = Math.round(sizes.comments * 0.8);
  const replies = sizes.comments - topLevel;
  const commentBody = (uniform: string) => `(${sqlArray(COMMENTS)})[1 + floor(${uniform} * ${COMMENTS.length})::int]`;
  const commentColumns = `id, question_id, author_id, parent_id, body, moderation, moderation_reason, moderated_at, queued_at, deleted_at, created_at, updated_at`;
  const commentValues = (parent: string) => `
      gen_random_uuid(), q_id, p.id, ${parent},
      CASE WHEN r_deleted < 0.01 THEN '' ELSE ${commentBody("r_body")} END,
      moderation::"ModerationState",
      CASE WHEN moderation IN ('rejected', 'hidden') THEN 'Generated: does not keep to the house rules.' END,
      CASE WHEN moderation IN ('rejected', 'hidden') THEN created + interval '3 hours' END,
      CASE WHEN moderation = 'pending' THEN created END,
      CASE WHEN r_deleted < 0.01 THEN created + interval '1 day' END,
      created, created`;
  await step(
    `${sizes.comments} comments drawn (${replies} replies)`,
    `
    DROP TABLE IF EXISTS large_comment;
    CREATE TEMP TABLE large_comment AS
    SELECT ${commentColumns} FROM comment WHERE false;
    INSERT INTO large_comment (${commentColumns})
    SELECT ${commentValues("NULL::uuid")}
    FROM (
      SELECT q.id AS q_id, 1 + floor(power(random(), 2) * ${sizes.people})::int AS pn, random() AS r_deleted,
             random() AS r_body, ${weightedPick("random()", COMMENT_MODERATION)} AS moderation,
             date_trunc('milliseconds', q.published_at + power(random(), 2) * (${NOW} - q.published_at)) AS created
      FROM (SELECT 1 + floor(power(random(), 2) * ${published})::int AS qn FROM generate_series(1, ${topLevel})) d
      JOIN large_published q ON q.n = d.qn
    ) s JOIN large_person p ON p.n = s.pn;
    DROP TABLE IF EXISTS large_thread;
    CREATE TEMP TABLE large_thread AS
      SELECT row_number() OVER (ORDER BY random()) AS n, id, question_id, created_at FROM large_comment;
    CREATE UNIQUE INDEX ON large_thread (n);
    ANALYZE large_thread;
    INSERT INTO large_comment (${commentColumns})
    SELECT ${commentValues("parent_id")}
    FROM (
      SELECT c.id AS parent_id, c.question_id AS q_id, 1 + floor(power(random(), 2) * ${sizes.people})::int AS pn,
             random() AS r_deleted, random() AS r_body, ${weightedPick("random()", COMMENT_MODERATION)} AS moderation,
             date_trunc('milliseconds', c.created_at + power(random(), 3) * (${NOW} - c.created_at)) AS created
      FROM (SELECT 1 + floor(power(random(), 1.5) * ${topLevel})::int AS cn FROM generate_series(1, ${replies})) d
      JOIN large_thread c ON c.n = d.cn
    ) s JOIN large_person p ON p.n = s.pn;`,
  );

  // Now the rows, each written once. The stored counts as the write path keeps them: support_count and
  // trending_score by the votes (lib/questions/service.ts), comment_count by approved, undeleted comments (the
  // comment_count trigger). The vote triggers (supporter snapshot, rollups) and the comment count trigger are
  // off for the bulk inserts; the snapshot is already copied and the rollups are rebuilt below.
  await step(
    `${sizes.questions} questions, ${sizes.supports} supports and ${sizes.comments} comments inserted`,
    `
    INSERT INTO question (id, title, body, author_id, district_id, moderation, moderation_reason, moderated_at,
                          queued_at, status, support_count, comment_count, trending_score, created_at, updated_at,
                          published_at, answered_at)
    SELECT q.id, q.title, q.body, q.author_id, q.district_id, q.moderation, q.moderation_reason, q.moderated_at,
           q.queued_at, q.status, coalesce(v.supporters, 0), coalesce(c.visible, 0), coalesce(v.score, 0),
           q.created_at, q.created_at, q.published_at, q.answered_at
    FROM large_question q
    LEFT JOIN (SELECT question_id, count(*)::int AS supporters, sum(${voteWeightText("created_at")}) AS score
               FROM large_vote GROUP BY 1) v ON v.question_id = q.id
    LEFT JOIN (SELECT question_id, count(*)::int AS visible FROM large_comment
               WHERE moderation = 'approved' AND deleted_at IS NULL GROUP BY 1) c ON c.question_id = q.id;
    INSERT INTO question_theme (question_id, theme_id)
    SELECT id, theme_id FROM (
      SELECT id, ${themePick("random()")} AS theme_id FROM large_question
      UNION
      SELECT id, ${themePick("random()")} FROM large_question WHERE random() < 0.4
    ) s;
    ALTER TABLE vote DISABLE TRIGGER USER;
    ALTER TABLE comment DISABLE TRIGGER comment_count;
    ${superuser ? "SET LOCAL session_replication_role = replica;" : ""}
    INSERT INTO vote (user_id, question_id, created_at, district_id, age_band, participant_type)
      SELECT user_id, question_id, created_at, district_id, age_band, participant_type FROM large_vote
      ORDER BY user_id, question_id;
    -- Top-level comments before replies, so each reply's parent is there when its foreign key is checked.
    INSERT INTO comment (${commentColumns})
      SELECT ${commentColumns} FROM large_comment ORDER BY parent_id NULLS FIRST;
    ${superuser ? "SET LOCAL session_replication_role = origin;" : ""}
    ALTER TABLE comment ENABLE TRIGGER comment_count;
    ALTER TABLE vote ENABLE TRIGGER USER;`,
  );

  // The rollups as the statement triggers keep them: every vote on a question published now (moderation
  // 'approved'), grouped by London day and month, per question and per supporter with their snapshot.
  await step(
    "support rollups",
    `
    TRUNCATE question_support_day, question_support_month, supporter_day, supporter_month;
    CREATE TEMP TABLE large_vote_day AS
      SELECT london_day(v.created_at) AS day, v.question_id, v.user_id, v.district_id, v.age_band, v.participant_type
      FROM vote v JOIN question q ON q.id = v.question_id WHERE q.moderation = 'approved';
    INSERT INTO question_support_day SELECT day, question_id, count(*) FROM large_vote_day GROUP BY 1, 2 ORDER BY 1, 2;
    INSERT INTO question_support_month
      SELECT date_trunc('month', day)::date, question_id, count(*) FROM large_vote_day GROUP BY 1, 2 ORDER BY 1, 2;
    INSERT INTO supporter_day
      SELECT day, user_id, district_id, age_band, participant_type, count(*) FROM large_vote_day
      GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5;
    INSERT INTO supporter_month
      SELECT date_trunc('month', day)::date, user_id, district_id, age_band, participant_type, count(*)
      FROM large_vote_day GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5;
    DROP TABLE large_vote_day;`,
  );

  // Official responses on the questions a partner has answered (or planned, started, delivered), by a member of
  // an organisation that has members (the demo seed's partners).
  await step(
    "official responses",
    `
    INSERT INTO response (id, question_id, organisation_id, author_id, body, created_at, updated_at)
    SELECT gen_random_uuid(), q.id, m.organisation_id, m.user_id,
           'Thank you for raising this. We have looked into it and will report back on progress here.',
           q.answered_at, q.answered_at
    FROM large_question q
    CROSS JOIN LATERAL (
      SELECT organisation_id, user_id FROM organisation_membership
      ORDER BY md5(q.id::text || organisation_id::text || user_id::text) LIMIT 1
    ) m
    WHERE q.answered_at IS NOT NULL;
    DROP TABLE large_vote, large_comment, large_thread, large_question, large_published, large_person;`,
  );
}

export interface CountCheck {
  name: string;
  /** Rows that disagree with a recount (0 when right). */
  wrong: number;
}

/**
 * Every stored count against the rows it counts: support counts and trending scores against votes, comment
 * counts against visible comments, the four rollups against a regrouping of the votes on published questions,
 * the vote snapshots of generated people against their accounts, and the search columns filled.
 */
export async function verifyLargeData(client: pg.Client): Promise<CountCheck[]> {
  // The votes on published questions with their London day, grouped once for the four rollup checks.
  await client.query(`
    DROP TABLE IF EXISTS verify_vote_day;
    CREATE TEMP TABLE verify_vote_day AS
      SELECT london_day(v.created_at) AS day, v.question_id, v.user_id, v.district_id, v.age_band, v.participant_type
      FROM vote v JOIN question q ON q.id = v.question_id WHERE q.moderation = 'approved'`);
  const rollup = (table: string, period: "day" | "month", keys: string) => {
    const bucket = period === "day" ? "day" : "date_trunc('month', day)::date";
    const groupBy = keys
      .split(", ")
      .map((_, i) => i + 2)
      .join(", ");
    return `
    WITH recount AS MATERIALIZED (
      SELECT ${bucket} AS period, ${keys}, count(*)::int AS supports FROM verify_vote_day GROUP BY 1, ${groupBy}
    )
    SELECT count(*) AS wrong FROM (
      (SELECT ${period}, ${keys}, supports FROM ${table} EXCEPT ALL SELECT * FROM recount)
      UNION ALL
      (SELECT * FROM recount EXCEPT ALL SELECT ${period}, ${keys}, supports FROM ${table})
    ) d`;
  };
  const checks: [string, string][] = [
    [
      "question.support_count = its votes",
      `SELECT count(*) AS wrong FROM question q
       LEFT JOIN (SELECT question_id, count(*) AS n FROM vote GROUP BY 1) v ON v.question_id = q.id
       WHERE q.support_count <> coalesce(v.n, 0)`,
    ],
    [
      "question.trending_score = Σ vote weights",
      `SELECT count(*) AS wrong FROM question q
       LEFT JOIN (SELECT question_id, sum(${voteWeightText("created_at")}) AS score FROM vote GROUP BY 1) v ON v.question_id = q.id
       WHERE abs(q.trending_score - coalesce(v.score, 0)) > 1e-9 * greatest(1, coalesce(v.score, 0))`,
    ],
    [
      "question.comment_count = approved, undeleted comments",
      `SELECT count(*) AS wrong FROM question q
       LEFT JOIN (SELECT question_id, count(*) AS n FROM comment WHERE moderation = 'approved' AND deleted_at IS NULL GROUP BY 1) c
         ON c.question_id = q.id
       WHERE q.comment_count <> coalesce(c.n, 0)`,
    ],
    ["question_support_day = votes by day", rollup("question_support_day", "day", "question_id")],
    ["question_support_month = votes by month", rollup("question_support_month", "month", "question_id")],
    [
      "supporter_day = votes by person and day",
      rollup("supporter_day", "day", "user_id, district_id, age_band, participant_type"),
    ],
    [
      "supporter_month = votes by person and month",
      rollup("supporter_month", "month", "user_id, district_id, age_band, participant_type"),
    ],
    [
      "vote snapshot = generated supporter's details",
      `SELECT count(*) AS wrong FROM vote v JOIN "user" u ON u.id = v.user_id
       WHERE u.email LIKE 'large%@${LARGE_PERSON_EMAIL_DOMAIN}'
         AND (v.district_id, v.age_band, v.participant_type) IS DISTINCT FROM (u.district_id, u.age_band, u.participant_type)`,
    ],
    [
      "replies one level deep, on their parent's question",
      `SELECT count(*) AS wrong FROM comment c JOIN comment parent ON parent.id = c.parent_id
       WHERE parent.parent_id IS NOT NULL OR parent.question_id <> c.question_id`,
    ],
    [
      "published_question_tally = published questions by theme, district and status",
      `SELECT count(*) AS wrong FROM (
         (SELECT theme_id, district_id, status, questions FROM published_question_tally WHERE questions <> 0
          EXCEPT ALL SELECT * FROM tally_recount)
         UNION ALL
         (SELECT * FROM tally_recount
          EXCEPT ALL SELECT theme_id, district_id, status, questions FROM published_question_tally WHERE questions <> 0)
       ) d`,
    ],
    [
      "question search columns filled",
      `SELECT count(*) AS wrong FROM question WHERE search IS NULL OR title_folded IS NULL OR search = ''::tsvector`,
    ],
  ];
  await client.query(`
    CREATE TEMP TABLE tally_recount AS
      SELECT 0 AS theme_id, coalesce(district_id, 0) AS district_id, status, count(*)::int AS questions
      FROM question WHERE moderation = 'approved' GROUP BY 1, 2, 3
      UNION ALL
      SELECT qt.theme_id, coalesce(q.district_id, 0), q.status, count(*)::int
      FROM question q JOIN question_theme qt ON qt.question_id = q.id WHERE q.moderation = 'approved' GROUP BY 1, 2, 3`);
  const results: CountCheck[] = [];
  for (const [name, sql] of checks) {
    const { rows } = await client.query<{ wrong: string }>(sql);
    results.push({ name, wrong: Number(rows[0]!.wrong) });
  }
  await client.query("DROP TABLE verify_vote_day, tally_recount");
  return results;
}

export interface RowTotals {
  people: number;
  questions: number;
  supports: number;
  comments: number;
  responses: number;
  mostSupportsOnOneQuestion: number;
  medianSupportsOfSupportedQuestions: number;
}

/** Row totals, for the summary line. */
export async function countRows(client: pg.Client): Promise<RowTotals> {
  const { rows } = await client.query<Record<keyof RowTotals, string>>(`
    SELECT (SELECT count(*) FROM "user") AS people, (SELECT count(*) FROM question) AS questions,
           (SELECT count(*) FROM vote) AS supports, (SELECT count(*) FROM comment) AS comments,
           (SELECT count(*) FROM response) AS responses,
           (SELECT max(support_count) FROM question) AS "mostSupportsOnOneQuestion",
           (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY support_count) FROM question WHERE support_count > 0)
             AS "medianSupportsOfSupportedQuestions"`);
  const row = rows[0]!;
  return {
    people: Number(row.people),
    questions: Number(row.questions),
    supports: Number(row.supports),
    comments: Number(row.comments),
    responses: Number(row.responses),
    mostSupportsOnOneQuestion: Number(row.mostSupportsOnOneQuestion),
    medianSupportsOfSupportedQuestions: Number(row.medianSupportsOfSupportedQuestions),
  };
}
