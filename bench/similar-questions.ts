// Duplicate suggestions at 100,000 questions: the time of the suggestion query (lib/questions/similar.ts, the
// query behind findSimilarQuestions and GET /api/questions/similar) for 200 varied inputs, after a warm-up,
// with the median and p95, and EXPLAIN ANALYZE of the slowest. Fails if p95 is 50 ms or more, or if the
// slowest plan reads the question table without the GIN indexes (a sequential scan).
//
//   npx tsx bench/similar-questions.ts      (a throwaway embedded PostgreSQL; or set DATABASE_URL to an empty database)
//   npx tsx bench/similar-questions.ts --keep=/tmp/mse-similar-bench
//                                           (keeps the embedded PostgreSQL in that directory: the first run builds
//                                           the 100,000 questions, later runs apply new migrations and reuse them)
//
// Measured on the database round trip (Prisma client → PostgreSQL → rows), not through `next start`: the
// route adds a rate-limit check and JSON around the same call.
//
// The questions are generated in SQL (generate_series) from the portal's vocabulary, synonyms included: a
// topic phrase (with its other names: "bin lorries", "refuse collection", "dustcart"), a place, a template,
// and details that mention a second topic; every question published, supports 0–500 skewed low.
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, Prisma } from "../lib/generated/prisma/client";
import { similarQuestionsSql } from "../lib/questions/similar";
import { applyMigrations } from "../scripts/lib/migrations";
import { keepFlag, migrateAndSeed, openBenchDatabase } from "./lib/embedded-database";

const QUESTIONS = 100_000;
const P95_BUDGET_MS = 50;

const TOPICS = [
  "bin lorries",
  "refuse collection",
  "the dustcart",
  "bin collections",
  "street lights",
  "lamp posts",
  "lighting columns",
  "GP appointments",
  "the doctor's surgery",
  "the health centre",
  "potholes",
  "road defects",
  "e-scooters",
  "electric scooters",
  "EV chargers",
  "electric vehicle charging points",
  "broadband",
  "full fibre",
  "the internet",
  "bus stops",
  "bus shelters",
  "flooding",
  "surface water",
  "fly-tipping",
  "illegal dumping",
  "council tax",
  "A&E waits",
  "the emergency department",
  "pavements",
  "footways",
  "speed bumps",
  "traffic calming",
  "the car park",
  "parking permits",
  "zebra crossings",
  "cycle lanes",
  "bike paths",
  "public toilets",
  "childcare places",
  "nursery places",
  "heat pumps",
  "loft insulation",
  "solar panels",
  "trains",
  "bus services",
  "litter",
  "graffiti",
  "dog fouling",
  "air quality",
  "playgrounds",
  "libraries",
  "recycling",
  "food waste",
  "garden waste",
  "mobile signal",
  "wifi",
  "CCTV",
  "street trees",
  "drains",
  "the café",
  "smart sensors",
  "open data",
  "apprenticeships",
  "coding clubs",
  "telecare",
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
  "Halstead",
  "Harwich",
  "Wickford",
  "Rayleigh",
  "Loughton",
  "Burnham-on-Crouch",
  "Frinton",
  "Leigh-on-Sea",
  "Hadleigh",
  "Ongar",
  "Kelvedon",
  "Takeley",
  "Wivenhoe",
  "Lexden",
  "Pitsea",
  "Great Bardfield",
  "Heybridge",
  "Westcliff",
  "Coggeshall",
  "Shoeburyness",
  "Hockley",
  "Dedham",
  "Tiptree",
  "Great Dunmow",
  "Thaxted",
  "Dovercourt",
  "Walton-on-the-Naze",
  "Brightlingsea",
  "Mersea Island",
  "South Woodham Ferrers",
  "Benfleet",
  "Stanford-le-Hope",
  "Tilbury",
  "Waltham Abbey",
  "Buckhurst Hill",
  "Chigwell",
  "Theydon Bois",
  "Ingatestone",
  "Writtle",
  "Danbury",
  "Tollesbury",
  "Manningtree",
  "Coggeshall Road",
  "Springfield",
];
const TEMPLATES = [
  "What is the council doing about % in #?",
  "Could % in # be improved?",
  "Who is responsible for % near #?",
  "% in # need more money spent on them",
  "Are there plans for better % around #?",
  "How do I report a problem with % in #?",
  "Why are % in # so bad this year?",
  "Can we have more % in #?",
  "Idea: smarter % for #",
  "% on the High Street in #",
  "Will % in # be fixed before winter?",
  "Could residents of # have a say on %?",
];
const DETAILS = [
  "Many of us have raised % at parish meetings in # without an answer.",
  "I have lived in # for ten years and % have never been this poor.",
  "Older people in # depend on % and would like to know the plan.",
  "Could the council share data on % in # so residents can see progress?",
];

const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]`;

const GENERATE = `
WITH words AS (
  SELECT ${sqlArray(TOPICS)} AS topic, ${sqlArray(PLACES)} AS place,
         ${sqlArray(TEMPLATES)} AS template, ${sqlArray(DETAILS)} AS detail
)
INSERT INTO question (id, title, body, author_id, moderation, status, support_count, published_at, created_at, updated_at)
SELECT gen_random_uuid(),
       left(replace(replace(template[1 + g % ${TEMPLATES.length}], '%', topic[1 + (g * 7) % ${TOPICS.length}]),
                    '#', place[1 + (g * 13 + g / 997) % ${PLACES.length}]) || CASE WHEN g % 3 = 0 THEN '' ELSE ' (' || g || ')' END, 140),
       replace(replace(detail[1 + g % ${DETAILS.length}], '%', topic[1 + (g * 11 + 5) % ${TOPICS.length}]),
               '#', place[1 + (g * 13 + g / 997) % ${PLACES.length}]) || ' Generated question ' || g || '.',
       (SELECT id FROM "user" ORDER BY id LIMIT 1),
       'approved',
       (ARRAY['open','open','open','under_review','answered','planned','in_progress','delivered','declined'])[1 + g % 9]::"QuestionStatus",
       floor(power(random(), 3) * 500)::int,
       now(), now() - (random() * interval '730 days'), now()
FROM generate_series(1, ${QUESTIONS}) AS g, words`;

/** 200 inputs as people type them: other names for the topics, places, partial words, long and short. */
function inputs(): string[] {
  const typed = [
    "bin lorries come too early",
    "refuse lorry blocking the road",
    "binmen leave rubbish behind",
    "street light out",
    "lamppost not working",
    "lamp-post",
    "doctors surgery appointments",
    "GP practice phone queue",
    "health center opening hours",
    "pot holes",
    "road defect",
    "escooters on pavements",
    "e scooter hire",
    "EV charger",
    "electric car charging points",
    "internet slow",
    "fibre broadband",
    "bus shelter broken",
    "bus stop",
    "floods",
    "surface water on the road",
    "flytipping",
    "illegal dumping in lanes",
    "council tax rise",
    "A&E waiting times",
    "accident and emergency",
    "footpath too narrow",
    "speed humps",
    "traffic calming",
    "carpark spaces",
    "resident permit cost",
    "zebra crossing needed",
    "bike lane",
    "public loos",
    "nursery spaces",
    "heat pump grants",
    "insulate my loft",
    "solar pv on schools",
    "late trains",
    "bus times",
    "graffiti in subways",
    "dog poo bins",
    "air pollution near schools",
    "play area",
    "library opening hours",
    "recycling centre",
    "food caddy",
    "green bin",
    "no 4G",
    "free wi-fi",
    "CCTV footage",
    "tree planting",
    "blocked drains",
    "cafe in the park",
    "smart sensors data",
    "apprenticeships for adults",
    "coding club for girls",
    "telecare alarm",
    "What time is it",
    "hello there",
  ];
  const result: string[] = [];
  for (let i = 0; result.length < 200; i += 1) {
    const phrase = typed[i % typed.length]!;
    const place = PLACES[(i * 7) % PLACES.length]!;
    switch (Math.floor(i / typed.length)) {
      case 0:
        result.push(phrase);
        break;
      case 1:
        result.push(`${phrase} in ${place}`);
        break;
      case 2:
        result.push(`Why is nothing done about ${phrase} near ${place}, it has been like this for months`);
        break;
      default:
        // Still typing: the first few words only.
        result.push(`${place} ${phrase}`.slice(0, 12));
    }
  }
  return result;
}

async function main() {
  const database = await openBenchDatabase({ keep: keepFlag() });
  const url = database.url;
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    if ((await database.readMark("similar-questions")) === null) {
      await migrateAndSeed(url);
      const started = performance.now();
      await db.$executeRawUnsafe(GENERATE);
      await database.writeMark("similar-questions", new Date().toISOString());
      console.log(`
generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } else {
      const applied = await applyMigrations(url);
      console.log(`reusing the kept database${applied.length ? `; applied ${applied.join(", ")}` : ""}`);
    }
    await db.$executeRawUnsafe("VACUUM ANALYZE");
    const [row] = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM question`;
    console.log(`\n${row?.count} questions`);

    const texts = inputs();
    const query = (text: string) => similarQuestionsSql(Prisma.sql`${text}::text`, 5);
    for (const text of texts.slice(0, 40)) await db.$queryRaw(query(text));

    const timings: { text: string; ms: number; found: number }[] = [];
    for (const text of texts) {
      const start = performance.now();
      const rows = await db.$queryRaw<unknown[]>(query(text));
      timings.push({ text, ms: performance.now() - start, found: rows.length });
    }
    const sorted = [...timings].sort((a, b) => a.ms - b.ms);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!.ms;
    const median = at(50);
    const p95 = at(95);
    const slowest = sorted[sorted.length - 1]!;
    console.log(
      `\n${timings.length} inputs: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${slowest.ms.toFixed(1)} ms`,
    );
    console.log(
      `inputs with no suggestion: ${timings
        .filter((t) => t.found === 0)
        .map((t) => `"${t.text}"`)
        .join(", ")}`,
    );
    console.log("slowest five:");
    for (const t of sorted.slice(-5).reverse())
      console.log(`  ${t.ms.toFixed(1).padStart(7)} ms  "${t.text}" (${t.found} found)`);

    const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(
      Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${query(slowest.text)}`,
    );
    const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
    console.log(`\nEXPLAIN ANALYZE of the slowest ("${slowest.text}"):\n${text}`);

    const indexes = [
      "question_similar_terms_idx",
      "question_moderation_support_count_id_idx",
      "question_title_folded_trgm_idx",
    ].filter((name) => text.includes(name));
    const seqScan = /Seq Scan on question\b/.test(text);
    console.log(`\nindexes used: ${indexes.join(", ") || "none"}${seqScan ? "; a sequential scan of question" : ""}`);
    if (p95 >= P95_BUDGET_MS || indexes.length === 0 || seqScan) {
      console.error(`\nFAILED: p95 must be under ${P95_BUDGET_MS} ms, reading question through its GIN indexes`);
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
