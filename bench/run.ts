// `npm run bench`: the portal under load at two data sizes (issue 17's table), through a production build.
//
//   npm run bench                                     both sizes, a throwaway cluster, fresh `next build`
//   npm run bench -- --keep=/tmp/mse-bench            keep the generated databases there and reuse them next time
//   npm run bench -- --size=large --only=list,support --duration=10 --reuse-build
//
// Flags: --size=small|large|both (small: 1,000 supports, large: 1,000,000; both with 100,000 questions, 10,000
// people and 200,000 comments), --only=<names> (static, home, list, question, search, similar, inbox,
// inbox-search, support, support-sql, api), --duration=<s> per path (20), --connections=<n> (50), --reuse-build (use .next as it is),
// --keep=<dir>, --label=<word> (results named <date>-<word>-supports-<n>, so a run of a few paths does not
// overwrite the day's full run), --cpu-prof=<dir> (a V8 CPU profile of the server, written when it stops).
//
// The open-data API against the page it mirrors, in one run at 100,000 questions:
//   npm run bench -- --size=small --only=static,list,api --label=open-data-api
//
// Per size: the data are generated (scripts/lib/large-data.ts, counts checked) into a template database once, and
// each run measures a fresh copy of it, so supports added by one run do not grow the next. The copy has
// pg_stat_statements (preloaded in the embedded cluster). `next start` serves it as production (the same
// environment as the e2e suite, plus TRUST_PROXY=true so the similar-questions limit is per client address and
// wrk's rotating X-Forwarded-For makes every request a different visitor). Each path gets a short warm-up, then
// wrk with 50 connections for 20 s; around it the bench reads requests/s, p50/p95/p99 and non-2xx answers (wrk
// Lua), the statements and their execution time in the database (pg_stat_statements, reset before each path;
// transaction control and the job queue's polling left out) divided by the requests, and CPU time of wrk, of the
// server's process tree and of the whole machine (/proc). The support ceiling is the support statement itself run
// by pgbench on the same PostgreSQL in the same run.
//
// Prints a table and writes bench/results/<date>-supports-<n>.{json,md}.
import { spawn, type ChildProcess } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { markDemoDatabase } from "../scripts/lib/demo-database";
import { recreateDatabase, withDatabase } from "../scripts/lib/database-url";
import { freePort, PROJECT_ROOT } from "../scripts/lib/embedded-postgres";
import { applyMigrations } from "../scripts/lib/migrations";
import { COMMON_SEARCH_WORD, FULL_SIZES, voteWeightText, type LargeDataSizes } from "../scripts/lib/large-data";
import { productionServerEnv, runCommand } from "../scripts/lib/production-server";
import { reportChecks, seedLargeDatabase } from "../scripts/seed-large";
import { keepFlag, openBenchDatabase, readFlag } from "./lib/embedded-database";
import {
  capture,
  machineTicks,
  runPgbench,
  runWrk,
  statementTotals,
  treeCpuSeconds,
  type LoadRequest,
  type LoadResult,
} from "./lib/load";

const SIZES: Record<"small" | "large", LargeDataSizes> = {
  small: { ...FULL_SIZES, supports: 1_000 },
  large: FULL_SIZES,
};
const SCENARIOS = [
  "static",
  "home",
  "list",
  "api",
  "question",
  "search",
  "similar",
  "inbox",
  "inbox-search",
  "support",
  "support-sql",
] as const;
type Scenario = (typeof SCENARIOS)[number];
const LABELS: Record<Scenario, string> = {
  static: "static file (/robots.txt, the ceiling)",
  home: "GET /",
  list: "GET /questions",
  api: "GET /api/v1/questions (open data, each request from another address)",
  question: "GET /questions/<id> (most supported)",
  search: `GET /questions?q=${COMMON_SEARCH_WORD}`,
  similar: "GET /api/questions/similar",
  inbox: "GET /partner (inbox, signed in as a partner)",
  "inbox-search": `GET /partner?q=${COMMON_SEARCH_WORD} (the inbox searched, every view counted)`,
  support: "support (server action POST)",
  "support-sql": "support statement by pgbench (the ceiling)",
};
/** People signed in for the support scenario: enough that no one reaches the per-account limit (120 a minute). */
const SUPPORTERS = 2_000;
const WARM_UP_SECONDS = 3;
const PARTNER_EMAIL = "ecc.officer@example.com";
const SESSION_COOKIE = "authjs.session-token";

interface Options {
  sizes: ("small" | "large")[];
  only: Scenario[];
  seconds: number;
  connections: number;
  reuseBuild: boolean;
}

function options(): Options {
  const size = readFlag("size") ?? "both";
  if (!["small", "large", "both"].includes(size)) throw new Error("--size must be small, large or both");
  const only = (readFlag("only") ?? SCENARIOS.join(",")).split(",").map((s) => s.trim());
  const unknown = only.filter((s) => !(SCENARIOS as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`--only: unknown ${unknown.join(", ")} (known: ${SCENARIOS.join(", ")})`);
  return {
    sizes: size === "both" ? ["small", "large"] : [size as "small" | "large"],
    only: only as Scenario[],
    seconds: Number(readFlag("duration") ?? 20),
    connections: Number(readFlag("connections") ?? 50),
    reuseBuild: process.argv.includes("--reuse-build"),
  };
}

interface Row {
  scenario: Scenario;
  path: string;
  result: LoadResult;
  queriesPerRequest: number | null;
  dbMsPerRequest: number | null;
  /** Shares of the machine's CPU capacity (all cores) during the measurement. */
  generatorShare: number;
  serverShare: number;
  postgresShare: number;
  machineBusy: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntilUp(base: string): Promise<void> {
  for (let i = 0; i < 240; i += 1) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(500);
  }
  throw new Error(`${base} did not answer /api/health within 2 minutes`);
}

/** The id Next gave setSupportAction in this build (what the vote button posts as the Next-Action header). */
async function supportActionId(): Promise<string> {
  const manifest = JSON.parse(
    await fs.readFile(path.join(PROJECT_ROOT, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === "setSupportAction" && entry.filename?.includes("app/questions/actions"),
  );
  if (!found) throw new Error("setSupportAction is not in .next/server/server-reference-manifest.json");
  return found[0];
}

/** Session rows and signed session cookies, as signing in makes them (lib/auth/auth.ts keeps sub, sv and sid). */
async function sessionCookies(client: pg.Client, userIds: string[], secret: string): Promise<string[]> {
  const { rows } = await client.query<{ user_id: string; session_version: number; id: string }>(
    `INSERT INTO session (id, user_id) SELECT gen_random_uuid(), u FROM unnest($1::uuid[]) u
     RETURNING user_id, id, (SELECT session_version FROM "user" WHERE id = user_id)`,
    [userIds],
  );
  return Promise.all(
    rows.map(async (row) => {
      const token = await encode({
        token: { sub: row.user_id, sv: row.session_version, sid: row.id },
        secret,
        salt: SESSION_COOKIE,
        maxAge: 8 * 60 * 60,
      });
      return `${SESSION_COOKIE}=${token}`;
    }),
  );
}

/**
 * The statement supportQuestion (lib/questions/service.ts) sends, with the supporter and question drawn by pgbench
 * from two numbered lists (a primary-key lookup each, inside the statement). Kept in step with the service by hand.
 */
function supportStatementScript(supporters: number, targets: number): string {
  // The question drawn with the skew the server-action load uses (index = N·u², u uniform), so both contend for
  // the popular questions' rows alike.
  return `\\set p random(1, ${supporters})
\\set u random(0, 999999)
\\set t 1 + ((:u * :u) / 1000000) * ${targets} / 1000000
WITH supporter AS (SELECT id FROM "user" WHERE id = (SELECT id FROM bench_supporter WHERE n = :p) AND status = 'active' FOR SHARE), target AS (SELECT q.id FROM question q, supporter WHERE q.id = (SELECT id FROM bench_target WHERE n = :t) AND q.moderation = 'approved' AND q.status <> 'merged' AND q.author_id <> supporter.id), inserted AS (INSERT INTO vote (user_id, question_id, created_at) SELECT (SELECT id FROM supporter), id, date_trunc('milliseconds', now() AT TIME ZONE 'UTC') FROM target ON CONFLICT DO NOTHING RETURNING question_id, created_at) UPDATE question q SET support_count = q.support_count + (SELECT count(*) FROM inserted), trending_score = q.trending_score + coalesce((SELECT sum(${voteWeightText("created_at")}) FROM inserted), 0) FROM target WHERE q.id = target.id RETURNING q.support_count;
`;
}

async function buildIfNeeded(opts: Options, env: NodeJS.ProcessEnv): Promise<void> {
  const built = await fs
    .access(path.join(PROJECT_ROOT, ".next", "BUILD_ID"))
    .then(() => true)
    .catch(() => false);
  if (opts.reuseBuild && built) {
    console.log("Reusing the build in .next (--reuse-build)");
    return;
  }
  const started = Date.now();
  if ((await runCommand("npx", ["next", "build"], env)) !== 0) throw new Error("next build failed");
  console.log(`next build: ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function measureSize(
  size: "small" | "large",
  opts: Options,
  adminUrl: string,
  postmasterPid: number | null,
  mark: { read(name: string): Promise<string | null>; write(name: string, value: string): Promise<void> },
): Promise<Row[]> {
  const sizes = SIZES[size];
  const template = `mse_large_${sizes.supports}`;
  const templateUrl = withDatabase(adminUrl, template);
  const wanted = JSON.stringify(sizes);
  if ((await mark.read(template)) !== wanted) {
    console.log(`\n== Generating ${wanted} into ${template}`);
    await recreateDatabase(adminUrl, template);
    await markDemoDatabase(templateUrl);
    const { checks } = await seedLargeDatabase(templateUrl, sizes);
    if (!reportChecks(checks)) throw new Error("The generated counts differ from their rows");
    await mark.write(template, wanted);
  } else {
    // A kept template is brought up to the code under test: migrations added since it was generated.
    const applied = await applyMigrations(templateUrl);
    console.log(`\n== Reusing ${template} (${wanted})${applied.length ? `; applied ${applied.join(", ")}` : ""}`);
  }
  const runName = "mse_bench_run";
  await recreateDatabase(adminUrl, runName, template);
  const runUrl = withDatabase(adminUrl, runName);
  const client = new pg.Client({ connectionString: runUrl });
  await client.connect();
  let server: ChildProcess | undefined;
  try {
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...productionServerEnv(process.env, { databaseUrl: runUrl, port }),
      TRUST_PROXY: "true",
    };
    // --cpu-prof=<dir>: the server writes a V8 CPU profile there when it stops (open it in Chrome's DevTools).
    const profileDir = readFlag("cpu-prof");
    const profiling = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileDir)}`] : [];
    server = spawn(
      "node",
      [...profiling, "node_modules/next/dist/bin/next", "start", "--port", String(port), "--hostname", "127.0.0.1"],
      {
        env,
        cwd: PROJECT_ROOT,
        stdio: ["ignore", "ignore", "inherit"],
        detached: true,
      },
    );
    await waitUntilUp(base);

    // What the paths need: the most supported question, the partner's session, supporters with sessions and
    // the questions they support (published, most supported first, as attention bunches).
    const popular = (
      await client.query<{ id: string }>(
        `SELECT id FROM question WHERE moderation = 'approved' AND status <> 'merged' ORDER BY support_count DESC, id LIMIT 1`,
      )
    ).rows[0]!.id;
    const secret = env.AUTH_SECRET!;
    const partner = (await client.query<{ id: string }>(`SELECT id FROM "user" WHERE email = $1`, [PARTNER_EMAIL]))
      .rows[0];
    if (!partner) throw new Error(`${PARTNER_EMAIL} is not in the demo seed`);
    const [partnerCookie] = await sessionCookies(client, [partner.id], secret);
    await client.query(`
      CREATE TABLE bench_supporter AS
        SELECT row_number() OVER (ORDER BY id) AS n, id FROM "user"
        WHERE email LIKE 'large%' AND status = 'active' AND email_verified_at IS NOT NULL
        ORDER BY id LIMIT ${SUPPORTERS};
      CREATE UNIQUE INDEX ON bench_supporter (n);
      CREATE TABLE bench_target AS
        SELECT row_number() OVER (ORDER BY support_count DESC, id) AS n, id FROM question
        WHERE moderation = 'approved' AND status <> 'merged' ORDER BY support_count DESC, id LIMIT 5000;
      CREATE UNIQUE INDEX ON bench_target (n);
      ANALYZE bench_supporter, bench_target;`);
    const supporterIds = (await client.query<{ id: string }>("SELECT id FROM bench_supporter ORDER BY n")).rows.map(
      (r) => r.id,
    );
    const targets = (await client.query<{ id: string }>("SELECT id FROM bench_target ORDER BY n")).rows.map(
      (r) => r.id,
    );
    const cookies = opts.only.includes("support") ? await sessionCookies(client, supporterIds, secret) : [];
    const titles = [
      "bus services in Chelmsford",
      "street lights not working near Harlow",
      "more EV chargers",
      "potholes on the high street",
      "flooding in Maldon",
      "broadband in Saffron Walden",
      "school places",
      "fly-tipping in lanes",
    ];

    const requests: Record<Exclude<Scenario, "support-sql">, () => Promise<LoadRequest>> = {
      static: async () => ({ kind: "get", path: "/robots.txt" }),
      home: async () => ({ kind: "get", path: "/" }),
      list: async () => ({ kind: "get", path: "/questions" }),
      // The open-data API's list of the same questions (issue 20: it must serve at least as many requests a second
      // as the page). Every request comes from another client address, so each is counted against the per-IP limit
      // in Postgres, as many callers' would be, and none is refused.
      api: async () => ({ kind: "get-from-many", paths: ["/api/v1/questions"] }),
      question: async () => ({ kind: "get", path: `/questions/${popular}` }),
      search: async () => ({ kind: "get", path: `/questions?q=${COMMON_SEARCH_WORD}` }),
      similar: async () => ({
        kind: "get-from-many",
        paths: titles.map((t) => `/api/questions/similar?title=${encodeURIComponent(t)}`),
      }),
      inbox: async () => ({ kind: "get", path: "/partner", headers: { Cookie: partnerCookie! } }),
      "inbox-search": async () => ({
        kind: "get",
        path: `/partner?q=${COMMON_SEARCH_WORD}`,
        headers: { Cookie: partnerCookie! },
      }),
      support: async () => ({
        kind: "action",
        actionId: await supportActionId(),
        origin: base,
        cookies,
        // Targets drawn with the same skew as the generated support: most people support the popular questions.
        targets: Array.from({ length: 4000 }, (_, i) => {
          const id = targets[Math.floor(Math.pow(((i * 7919) % 4000) / 4000, 2) * targets.length)]!;
          return { path: `/questions/${id}`, body: JSON.stringify([id, true]) };
        }),
      }),
    };

    const rows: Row[] = [];
    for (const scenario of opts.only) {
      let probe: LoadRequest | null = null;
      if (scenario !== "support-sql") {
        probe = await requests[scenario]();
        await checkOnce(base, probe);
        await runWrk(base, probe, { connections: 10, seconds: WARM_UP_SECONDS });
      }
      await client.query("SELECT pg_stat_statements_reset()");
      const serverBefore = server.pid ? await treeCpuSeconds(server.pid) : 0;
      const postgresBefore = postmasterPid ? await treeCpuSeconds(postmasterPid) : 0;
      const machineBefore = await machineTicks();
      const result =
        scenario === "support-sql"
          ? await runPgbench(runUrl, supportStatementScript(SUPPORTERS, targets.length), {
              connections: opts.connections,
              seconds: opts.seconds,
            })
          : await runWrk(base, probe!, { connections: opts.connections, seconds: opts.seconds });
      const machineAfter = await machineTicks();
      const postgresCpu = postmasterPid ? (await treeCpuSeconds(postmasterPid)) - postgresBefore : 0;
      const serverCpu =
        server.pid && scenario !== "support-sql" ? (await treeCpuSeconds(server.pid)) - serverBefore : 0;
      const statements = await statementTotals(client);
      const capacity = result.seconds * os.cpus().length;
      const row: Row = {
        scenario,
        path: probe?.kind === "get" ? probe.path : LABELS[scenario],
        result,
        queriesPerRequest: result.requests ? statements.calls / result.requests : null,
        dbMsPerRequest: result.requests ? statements.ms / result.requests : null,
        generatorShare: result.generatorCpuSeconds / capacity,
        serverShare: serverCpu / capacity,
        postgresShare: postgresCpu / capacity,
        machineBusy: (machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total),
      };
      rows.push(row);
      console.log(formatRow(row, rows));
    }
    return rows;
  } finally {
    await client.end();
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM"); // the server's own process group (npx and next)
      } catch {
        // already gone
      }
      await sleep(1000);
    }
  }
}

/** One request of the kind the load sends, which must succeed (a refused action or a sign-in redirect stops the bench). */
async function checkOnce(base: string, request: LoadRequest): Promise<void> {
  let response: Response;
  let expected = "";
  if (request.kind === "action") {
    const target = request.targets[0]!;
    response = await fetch(`${base}${target.path}`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "Next-Action": request.actionId,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Origin: request.origin,
        Cookie: request.cookies[0]!,
      },
      body: target.body,
    });
    expected = '"ok":true';
  } else {
    const path = request.kind === "get" ? request.path : request.paths[0]!;
    response = await fetch(`${base}${path}`, {
      redirect: "manual",
      headers: request.kind === "get" ? request.headers : { "X-Forwarded-For": "10.255.0.1" },
    });
  }
  const text = await response.text();
  if (response.status < 200 || response.status > 299 || !text.includes(expected)) {
    throw new Error(`A single ${request.kind} request failed: ${response.status} ${text.slice(0, 300)}`);
  }
}

const fmt = (n: number | null, digits = 0) =>
  n === null || !Number.isFinite(n)
    ? "–"
    : n.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pct = (n: number) => `${(n * 100).toFixed(0)}%`;

function ceilingNote(row: Row, rows: Row[]): string {
  const ceiling =
    row.scenario === "support"
      ? rows.find((r) => r.scenario === "support-sql")
      : ["static", "support-sql"].includes(row.scenario)
        ? undefined
        : rows.find((r) => r.scenario === "static");
  return ceiling ? pct(row.result.requestsPerSecond / ceiling.result.requestsPerSecond) : "";
}

const HEADER =
  "| path | req/s | of ceiling | p50 ms | p95 ms | p99 ms | errors | queries/req | db ms/req | wrk CPU | server CPU | postgres CPU | machine busy |\n" +
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

/** Nothing completed within wrk's timeout: the percentiles are of no answer at all. */
const noneAnswered = (r: LoadResult) => r.requests > 0 && r.errors >= r.requests && r.p95Ms === 0;

function formatRow(row: Row, rows: Row[]): string {
  const r = row.result;
  const latency = (ms: number) => (noneAnswered(r) ? "> 10,000" : fmt(ms, 1));
  return `| ${LABELS[row.scenario]} | ${fmt(r.requestsPerSecond)} | ${ceilingNote(row, rows)} | ${latency(r.p50Ms)} | ${latency(r.p95Ms)} | ${latency(r.p99Ms)} | ${r.errors} of ${fmt(r.requests)} | ${fmt(row.queriesPerRequest, 1)} | ${fmt(row.dbMsPerRequest, 2)} | ${pct(row.generatorShare)} | ${row.scenario === "support-sql" ? "–" : pct(row.serverShare)} | ${pct(row.postgresShare)} | ${pct(row.machineBusy)} |`;
}

/** Issue 20's comparison, when both were measured: the open-data list against the page it mirrors. */
function apiAgainstPage(rows: Row[]): string {
  const api = rows.find((r) => r.scenario === "api")?.result;
  const page = rows.find((r) => r.scenario === "list")?.result;
  if (!api || !page) return "";
  return `
Open data: GET /api/v1/questions served ${fmt(api.requestsPerSecond)} requests/s (p95 ${fmt(api.p95Ms, 1)} ms) against ${fmt(page.requestsPerSecond)} for the /questions page (p95 ${fmt(page.p95Ms, 1)} ms): ${(api.requestsPerSecond / page.requestsPerSecond).toFixed(2)} times the page's rate.
`;
}

function markdown(size: "small" | "large", rows: Row[], opts: Options, started: Date, load: number[]): string {
  const sizes = SIZES[size];
  return `# npm run bench: ${sizes.supports.toLocaleString("en-GB")} supports

${started.toISOString()} on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}.
Data: ${sizes.questions.toLocaleString("en-GB")} questions, ${sizes.supports.toLocaleString("en-GB")} supports, ${sizes.comments.toLocaleString("en-GB")} comments, ${sizes.people.toLocaleString("en-GB")} generated people (plus the demo seed).
Load: wrk, ${opts.connections} connections, 2 threads, ${opts.seconds} s per path after a ${WARM_UP_SECONDS} s warm-up; the support ceiling by pgbench (${opts.connections} clients) on the same PostgreSQL.
Load average at the start: ${load.map((l) => l.toFixed(1)).join(", ")}.${
    (load[0] ?? 0) > os.cpus().length
      ? " Other work was loading the machine (load average above the core count): the figures are lower bounds; compare runs on a quiet machine."
      : ""
  }

${HEADER}
${rows.map((row) => formatRow(row, rows)).join("\n")}
${apiAgainstPage(rows)}
- "of ceiling": requests/s as a share of the static file's (pages) or of pgbench's (support), in the same run.
- errors: non-2xx answers plus socket errors and timeouts.
- queries/req and db ms/req: pg_stat_statements in the measured database (calls and total_exec_time), reset before
  each path, divided by the requests wrk completed; transaction control (BEGIN/COMMIT) and the job queue's
  polling are not counted. For pgbench, per transaction.
- CPU columns: CPU time over the measurement as a share of the whole machine (${os.cpus().length} cores = 100%), from /proc:
  wrk or pgbench (the load generator), the \`next start\` process tree, the PostgreSQL cluster, and everything on
  the machine (other work included).
`;
}

async function main(): Promise<number> {
  const opts = options();
  const started = new Date();
  const load = os.loadavg();
  for (const [tool, install] of [
    ["wrk", "apt-get install -y wrk"],
    ["pgbench", "apt-get install -y postgresql-client"],
  ]) {
    await capture("sh", ["-c", `command -v ${tool}`]).catch(() => {
      throw new Error(`${tool} is not installed: ${install}`);
    });
  }
  const database = await openBenchDatabase({
    keep: keepFlag(),
    settings: { shared_preload_libraries: "pg_stat_statements", "pg_stat_statements.max": "10000" },
  });
  const allRows = new Map<"small" | "large", Row[]>();
  try {
    if (process.env.DATABASE_URL) console.log("Using DATABASE_URL's server (it needs pg_stat_statements preloaded)");
    const postmaster = await postmasterPid(database.url);
    await buildIfNeeded(opts, productionServerEnv(process.env, { databaseUrl: database.url, port: 3000 }));
    for (const size of opts.sizes) {
      const rows = await measureSize(size, opts, database.url, postmaster, {
        read: database.readMark,
        write: database.writeMark,
      });
      allRows.set(size, rows);
      const dir = path.join(PROJECT_ROOT, "bench", "results");
      await fs.mkdir(dir, { recursive: true });
      const label = readFlag("label");
      const name = `${started.toISOString().slice(0, 10)}${label ? `-${label}` : ""}-supports-${SIZES[size].supports}`;
      await fs.writeFile(
        path.join(dir, `${name}.json`),
        `${JSON.stringify({ started: started.toISOString(), loadAverage: load, sizes: SIZES[size], connections: opts.connections, seconds: opts.seconds, rows }, null, 2)}\n`,
      );
      await fs.writeFile(path.join(dir, `${name}.md`), markdown(size, rows, opts, started, load));
      // In the project's format, so the files can be committed as written (CI checks the format).
      await runCommand(
        "npx",
        ["prettier", "--log-level=warn", "--write", `bench/results/${name}.json`, `bench/results/${name}.md`],
        process.env,
      );
      console.log(`Written bench/results/${name}.{json,md}`);
    }
  } finally {
    await database.stop();
  }
  for (const [size, rows] of allRows) {
    console.log(
      `\n${SIZES[size].supports.toLocaleString("en-GB")} supports:\n${HEADER}\n${rows.map((r) => formatRow(r, rows)).join("\n")}`,
    );
  }
  const small = allRows.get("small");
  const large = allRows.get("large");
  if (small && large) {
    console.log("\nCost as data grows (p95 at 1,000,000 supports ÷ p95 at 1,000):");
    for (const row of large) {
      const before = small.find((r) => r.scenario === row.scenario);
      if (!before) continue;
      const ratio =
        noneAnswered(row.result) || noneAnswered(before.result)
          ? "– (no request answered within 10 s at one size)"
          : `${(row.result.p95Ms / before.result.p95Ms).toFixed(2)}×`;
      console.log(`  ${LABELS[row.scenario].padEnd(48)} ${ratio}`);
    }
  }
  return 0;
}

/** The postmaster's pid (its data directory's postmaster.pid is not readable from here: ask the server). */
async function postmasterPid(url: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE backend_type = 'postmaster' UNION ALL SELECT pg_backend_pid() AS pid",
    );
    // A backend's parent is the postmaster.
    const backend = rows.at(-1)!.pid;
    const stat = await fs.readFile(`/proc/${backend}/stat`, "utf8").catch(() => null);
    if (!stat) return null;
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } finally {
    await client.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
