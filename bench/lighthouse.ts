// `npx tsx bench/lighthouse.ts`: Lighthouse (mobile preset: simulated slow 4G and a 4× slower CPU) on the pages a
// visitor meets first, against a production build on the demo seed (issue 21). Per page: accessibility, best
// practices and performance scores, total blocking time, and the JavaScript sent (compressed bytes on the wire);
// the goals are accessibility 100, best practices 100, performance ≥ 97, TBT ≤ 150 ms and JS ≤ 100 KB.
//
//   npx tsx bench/lighthouse.ts                        fresh `next build`, every page, one run each
//   npx tsx bench/lighthouse.ts --reuse-build --runs=3 --pages=home,list
//   npx tsx bench/lighthouse.ts --reuse-build --serve  just serve the seeded build (to look around), until Ctrl-C
//   npx tsx bench/lighthouse.ts --reports=/tmp/lh    also keep every full Lighthouse report (JSON) there
//
// One Lighthouse run is made first and thrown away, so the browser's own first start is not charged to the first page.
// Pages: home, list, question (the most supported), ask (signed in as the demo citizen), learn, projector
// (/events/<id>/screen of the latest event). A page the branch does not have (404) or the seed gives nothing to
// show is skipped with a note. With --runs=N each figure is the median of N runs. Chromium: CHROMIUM_PATH, else
// /usr/bin/chromium. Writes bench/results/<date>-lighthouse.{md,json}.
import { spawn, type ChildProcess } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import lighthouse from "lighthouse";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { format, resolveConfig } from "prettier";
import { freePort, PROJECT_ROOT } from "../scripts/lib/embedded-postgres";
import { productionServerEnv, runCommand } from "../scripts/lib/production-server";
import { migrateAndSeed, openBenchDatabase, readFlag } from "./lib/embedded-database";

const PAGES = ["home", "list", "question", "ask", "learn", "projector"] as const;
type PageName = (typeof PAGES)[number];
const GOALS = { accessibility: 100, bestPractices: 100, performance: 97, tbtMs: 150, jsKb: 100 };
const SESSION_COOKIE = "authjs.session-token";
const CITIZEN_EMAIL = "citizen@example.com";

interface Figures {
  accessibility: number;
  bestPractices: number;
  performance: number;
  tbtMs: number;
  /** Compressed bytes of every script the page loaded, in KB (1,000 bytes, as Lighthouse reports). */
  jsKb: number;
  /** The audits that cost accessibility or best-practice points, and the scripts' count. */
  notes: string[];
}

interface PageResult {
  page: PageName;
  path: string | null;
  figures: Figures | null;
  /** Each run's total blocking time, in the order run: how much the median hides. */
  tbtRuns?: number[];
  skipped?: string;
}

const args = process.argv.slice(2);
const reuseBuild = args.includes("--reuse-build");
const serveOnly = args.includes("--serve");
const runs = Math.max(1, Number(readFlag("runs") ?? 1));
/** --reports=<dir>: keep each run's full Lighthouse report (JSON) there, to see where the time goes. */
const reportsDir = readFlag("reports");
const wanted = (readFlag("pages")?.split(",") ?? [...PAGES]).filter((p): p is PageName =>
  (PAGES as readonly string[]).includes(p),
);

async function waitUntilUp(base: string): Promise<void> {
  for (let i = 0; i < 240; i += 1) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await sleep(500);
  }
  throw new Error(`${base} did not answer /api/health within 2 minutes`);
}

/** A signed-in session cookie for the demo citizen, as the sign-in form would leave one. */
async function citizenCookie(client: pg.Client, secret: string): Promise<string> {
  const { rows } = await client.query<{ user_id: string; id: string; session_version: number }>(
    `INSERT INTO session (id, user_id) SELECT gen_random_uuid(), id FROM "user" WHERE email = $1
     RETURNING user_id, id, (SELECT session_version FROM "user" WHERE id = user_id)`,
    [CITIZEN_EMAIL],
  );
  const row = rows[0];
  if (!row) throw new Error(`${CITIZEN_EMAIL} is not in the demo seed`);
  const token = await encode({
    token: { sub: row.user_id, sv: row.session_version, sid: row.id },
    secret,
    salt: SESSION_COOKIE,
    maxAge: 8 * 60 * 60,
  });
  return `${SESSION_COOKIE}=${token}`;
}

/** Each page's path on this seed, or why there is none. */
async function pagePaths(client: pg.Client): Promise<Record<PageName, string | { skipped: string }>> {
  const question = await client.query<{ id: string }>(
    `SELECT id FROM question WHERE moderation = 'approved' AND status <> 'merged' ORDER BY support_count DESC, id LIMIT 1`,
  );
  const event = await client.query<{ id: string }>(`SELECT id FROM event ORDER BY starts_at DESC, id LIMIT 1`);
  return {
    home: "/",
    list: "/questions",
    question: question.rows[0] ? `/questions/${question.rows[0].id}` : { skipped: "no published question" },
    ask: "/questions/ask",
    learn: "/learn",
    projector: event.rows[0] ? `/events/${event.rows[0].id}/screen` : { skipped: "no event in the seed" },
  };
}

function startChromium(port: number, profile: string): ChildProcess {
  const executable = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  return spawn(
    executable,
    [
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--no-default-browser-check",
      "about:blank",
    ],
    { stdio: "ignore" },
  );
}

async function waitForDevTools(port: number): Promise<void> {
  for (let i = 0; i < 60; i += 1) {
    if (
      await fetch(`http://127.0.0.1:${port}/json/version`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await sleep(250);
  }
  throw new Error("Chromium's DevTools port did not open");
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

interface NetworkItem {
  resourceType?: string;
  transferSize?: number;
  url?: string;
}

async function measure(url: string, chromePort: number, cookie: string | undefined): Promise<Figures> {
  const result = await lighthouse(url, {
    port: chromePort,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices"],
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { categories, audits } = result.lhr;
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
  if (reportsDir) {
    await fs.mkdir(reportsDir, { recursive: true });
    const name = new URL(url).pathname.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home";
    await fs.writeFile(path.join(reportsDir, `${name}-${Date.now()}.json`), JSON.stringify(result.lhr));
  }
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const requests = ((audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined)?.items ??
    []) as NetworkItem[];
  const scripts = requests.filter((r) => r.resourceType === "Script");
  const lost = ["accessibility", "best-practices"].flatMap((category) =>
    (categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}: ${ref.id}`),
  );
  return {
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    performance: score("performance"),
    tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
    jsKb: Math.round(scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 100) / 10,
    notes: [...lost, `${scripts.length} scripts`],
  };
}

/** Lighthouse sometimes fails to record a trace on a busy machine (NO_NAVSTART, NO_FCP): try again, twice. */
async function measureWithRetry(url: string, chromePort: number, cookie: string | undefined): Promise<Figures> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await measure(url, chromePort, cookie);
    } catch (error) {
      if (attempt >= 3) throw error;
      console.warn(`${url}: ${(error as Error).message}; again`);
    }
  }
}

function combine(all: Figures[]): Figures {
  return {
    accessibility: median(all.map((f) => f.accessibility)),
    bestPractices: median(all.map((f) => f.bestPractices)),
    performance: median(all.map((f) => f.performance)),
    tbtMs: median(all.map((f) => f.tbtMs)),
    jsKb: median(all.map((f) => f.jsKb)),
    notes: [...new Set(all.flatMap((f) => f.notes))],
  };
}

/** "TBT 85–240 over 5 runs" when there was more than one run. */
function tbtRange(runs: number[] | undefined): string[] {
  if (!runs || runs.length < 2) return [];
  return [`TBT ${Math.min(...runs)}–${Math.max(...runs)} over ${runs.length} runs`];
}

function table(results: PageResult[]): string {
  const mark = (ok: boolean) => (ok ? "" : " ✘");
  const lines = [
    "| page | path | accessibility | best practices | performance | TBT (ms) | JS (KB, compressed) | notes |",
    "|---|---|---:|---:|---:|---:|---:|---|",
  ];
  for (const r of results) {
    const f = r.figures;
    if (!f) {
      lines.push(`| ${r.page} | ${r.path ?? "–"} | – | – | – | – | – | skipped: ${r.skipped} |`);
      continue;
    }
    lines.push(
      `| ${r.page} | ${r.path} | ${f.accessibility}${mark(f.accessibility >= GOALS.accessibility)} | ` +
        `${f.bestPractices}${mark(f.bestPractices >= GOALS.bestPractices)} | ` +
        `${f.performance}${mark(f.performance >= GOALS.performance)} | ${f.tbtMs}${mark(f.tbtMs <= GOALS.tbtMs)} | ` +
        `${f.jsKb}${mark(f.jsKb <= GOALS.jsKb)} | ${[...f.notes, ...tbtRange(r.tbtRuns)].join("; ")} |`,
    );
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  let server: ChildProcess | undefined;
  let chromium: ChildProcess | undefined;
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), "mse-lighthouse-"));
  try {
    await migrateAndSeed(database.url);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = productionServerEnv(process.env, { databaseUrl: database.url, port });
    if (!reuseBuild) {
      const code = await runCommand("npx", ["next", "build"], env);
      if (code !== 0) throw new Error(`next build failed (${code})`);
    }
    server = spawn("npx", ["next", "start", "--port", String(port), "--hostname", "127.0.0.1"], {
      env,
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    await waitUntilUp(base);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const cookie = await citizenCookie(client, env.AUTH_SECRET!);
    const paths = await pagePaths(client);
    await client.end();

    if (serveOnly) {
      console.log(`Serving ${base} (signed-in cookie for ${CITIZEN_EMAIL}: ${cookie}); Ctrl-C to stop.`);
      await new Promise<void>((resolve) => process.once("SIGINT", () => resolve()));
      return;
    }

    const chromePort = await freePort();
    chromium = startChromium(chromePort, profile);
    await waitForDevTools(chromePort);
    // One visit first, so that the server's first compile of each page is not measured.
    for (const name of wanted) {
      const p = paths[name];
      if (typeof p === "string") await fetch(base + p, { headers: { Cookie: cookie } }).catch(() => {});
    }

    // And one Lighthouse run thrown away, so that the browser's own first start (its first page's fonts and code
    // caches) is not charged to whichever page comes first.
    const first = wanted.map((name) => paths[name]).find((p): p is string => typeof p === "string");
    if (first) await measureWithRetry(base + first, chromePort, undefined).catch(() => undefined);

    const results: PageResult[] = [];
    for (const name of wanted) {
      const p = paths[name];
      if (typeof p !== "string") {
        results.push({ page: name, path: null, figures: null, skipped: p.skipped });
        continue;
      }
      const pageCookie = name === "ask" ? cookie : undefined;
      const status = (await fetch(base + p, { headers: pageCookie ? { Cookie: pageCookie } : {}, redirect: "manual" }))
        .status;
      if (status !== 200) {
        results.push({ page: name, path: p, figures: null, skipped: `${p} answers ${status} on this branch` });
        continue;
      }
      const all: Figures[] = [];
      for (let run = 0; run < runs; run += 1) all.push(await measureWithRetry(base + p, chromePort, pageCookie));
      results.push({ page: name, path: p, figures: combine(all), tbtRuns: all.map((f) => f.tbtMs) });
      console.log(`${name}: ${JSON.stringify(combine(all))}`);
    }

    const date = new Date().toISOString().slice(0, 10);
    const heading =
      `# Lighthouse ${date} (mobile preset, ${runs === 1 ? "one run" : `median of ${runs} runs`} per page)\n\n` +
      `Goals: accessibility ${GOALS.accessibility}, best practices ${GOALS.bestPractices}, performance ≥ ` +
      `${GOALS.performance}, TBT ≤ ${GOALS.tbtMs} ms, JS ≤ ${GOALS.jsKb} KB compressed; ✘ marks a figure short of ` +
      `its goal. Production build on the demo seed, ${os.cpus().length} cores (${os.loadavg()[0]!.toFixed(1)} load ` +
      `at the end).\n\n`;
    // As `npm run format` would write it, so that the committed results pass the format check.
    const markdown = await format(heading + table(results) + "\n", {
      ...(await resolveConfig(path.join(PROJECT_ROOT, "bench", "results", "lighthouse.md"))),
      parser: "markdown",
    });
    console.log("\n" + markdown);
    const outDir = path.join(PROJECT_ROOT, "bench", "results");
    await fs.mkdir(outDir, { recursive: true });
    const resultsBase = path.join(outDir, `${date}-lighthouse`);
    await fs.writeFile(`${resultsBase}.md`, markdown);
    await fs.writeFile(
      `${resultsBase}.json`,
      await format(JSON.stringify({ date, runs, goals: GOALS, results }), {
        ...(await resolveConfig(`${resultsBase}.json`)),
        parser: "json",
      }),
    );
    console.log(`Written to ${path.relative(PROJECT_ROOT, resultsBase)}.{md,json}`);
  } finally {
    chromium?.kill();
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    await database.stop();
    await fs.rm(profile, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
