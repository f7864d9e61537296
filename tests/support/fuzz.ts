// Shared by the fuzz tests (tests/integration/fuzz-*.test.ts): how many inputs, which seed, what an answer must
// never contain, and the real ids forged input borrows.
import type pg from "pg";
import type { IdPool } from "./hostile-input";

/** Generated inputs per action or route handler (issue 17 asks at least 1,000). */
export const FUZZ_RUNS = 1_000;

/**
 * The seed: FUZZ_SEED when set (to replay a failure fast-check reported, or to vary the inputs locally), else a
 * fixed one, so CI runs the same inputs every time and a failure there is reproducible.
 */
export function fuzzSeed(): number {
  const chosen = Number(process.env.FUZZ_SEED);
  return Number.isSafeInteger(chosen) ? chosen : 17_006;
}

// What gives away the server's insides: a stack frame, a file path, a Prisma or PostgreSQL message, SQL.
const INTERNALS = [
  /\bat \S+ \(/, // a stack frame "at fn (file:line:col)"
  /\bat \/|\bat file:/, // a frame without a function name
  /\.(?:ts|tsx|js|mjs|cjs):\d+/, // a file and line
  /node_modules|\/work\/|\/home\/|\/root\//,
  /\b\w*Error:/, // "TypeError: …", "PrismaClientKnownRequestError: …"
  /prisma/i,
  // SQL as PostgreSQL and Prisma print it (upper case: "Select a role from the list" is English).
  /\bSELECT\b[\s\S]*\bFROM\b|\bINSERT INTO\b|\bUPDATE\b[\s\S]*\bSET\b|\bDELETE FROM\b/,
  /\bP\d{4}\b/, // a Prisma error code
  /violates|constraint|relation "|syntax error|invalid input syntax|duplicate key|deadlock/i,
];

/**
 * Tables a refusal may rightly change: the rate limits' counters (rate-limiter-flexible also deletes expired rows
 * on a timer of its own, so they change while nothing is asked).
 */
export const UNGUARDED_TABLES = ["public.rate_limit"];

/** Whether an answer's text shows the server's insides. */
export function leaksInternals(text: string): boolean {
  return INTERNALS.some((pattern) => pattern.test(text));
}

/** Ids of real rows of every table with an `id` (other people's, other organisations'), as forged input uses them. */
export async function loadIdPool(client: pg.Client): Promise<IdPool> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT format('%I', table_name) AS name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name = 'id' ORDER BY 1`,
  );
  const uuids: string[] = [];
  const numbers: number[] = [];
  for (const { name } of tables) {
    const { rows } = await client.query<{ id: unknown }>(`SELECT id FROM ${name} ORDER BY id DESC LIMIT 10`);
    for (const { id } of rows) {
      if (typeof id === "number") numbers.push(id);
      else if (typeof id === "string" && /^[0-9a-f-]{36}$/i.test(id)) uuids.push(id);
    }
  }
  return { uuids: [...new Set(uuids)], numbers: [...new Set(numbers)] };
}
