// Bench (issue 10, point 4): does a flood of wrong-password sign-ins take the server's CPU from everyone else?
//
//   npx tsx bench/sign-in-flood.ts
//
// Starts a throwaway embedded PostgreSQL, migrates and seeds it, builds Next (BENCH_SKIP_BUILD=1 reuses .next)
// and runs `next start` on 127.0.0.1; or, with BENCH_URL, measures a server already running there (only
// 127.0.0.1/localhost). It times GET /questions at rest, then again while 500 wrong-password sign-ins go through
// the real sign-in form (no-JS form posts, BENCH_IN_FLIGHT at a time, default 20), and passes when the page's p95 under the flood stays
// within 2x of its p95 at rest. Every sign-in is for a different unknown address and the server it starts has the
// site-wide failure budget raised, so no rate limit turns the flood away before hashing: what keeps the pages
// fast is the argon2 concurrency limit alone (lib/accounts/password.ts). Traffic: ~620 requests, at most ~3 min.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { dropDatabase, recreateDatabase, withDatabase } from "../scripts/lib/database-url";
import {
  freePort,
  PROJECT_ROOT,
  randomPassword,
  startEmbeddedPostgres,
  type RunningPostgres,
} from "../scripts/lib/embedded-postgres";
import { applyMigrations } from "../scripts/lib/migrations";
import { productionServerEnv, runCommand as run } from "../scripts/lib/production-server";

const FLOOD = 500;
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT) || 20;
const PROBES_AT_REST = 60;
const PAGE = "/questions";
const DEADLINE = Date.now() + 10 * 60 * 1000;

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

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

async function timedGet(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return performance.now() - started;
}

/** The sign-in form's hidden fields (Next's action reference), so a post runs the real server action. */
async function signInFormFields(base: string): Promise<[string, string][]> {
  const html = await (await fetch(`${base}/sign-in`)).text();
  const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(html.slice(html.indexOf('name="password"') - 4000))?.[0] ?? html;
  const fields: [string, string][] = [];
  for (const input of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? "";
    if (name) fields.push([name.replace(/&quot;/g, '"'), value.replace(/&quot;/g, '"').replace(/&amp;/g, "&")]);
  }
  if (!fields.some(([name]) => name.startsWith("$ACTION"))) throw new Error("No server action found on /sign-in");
  return fields;
}

async function wrongSignIn(base: string, fields: [string, string][]): Promise<string> {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  body.append("email", `flood-${randomUUID()}@example.com`);
  body.append("password", "not the password at all");
  const response = await fetch(`${base}/sign-in`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { Origin: base, "Sec-Fetch-Site": "same-origin" },
  });
  const text = await response.text();
  return text.includes("Enter a correct email address and password") ? "refused" : `other (${response.status})`;
}

async function measure(base: string): Promise<boolean> {
  const page = `${base}${PAGE}`;
  for (let i = 0; i < 5; i += 1) await timedGet(page); // warm up
  const rest: number[] = [];
  for (let i = 0; i < PROBES_AT_REST; i += 1) rest.push(await timedGet(page));

  const fields = await signInFormFields(base);
  const outcomes = new Map<string, number>();
  let sent = 0;
  const floodStarted = performance.now();
  let flooding = true;
  const workers = Array.from({ length: IN_FLIGHT }, async () => {
    while (sent < FLOOD && Date.now() < DEADLINE) {
      sent += 1;
      const outcome = await wrongSignIn(base, fields).catch((error: Error) => `error (${error.message})`);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
  });
  const flood = Promise.all(workers).then(() => (flooding = false));
  const underFlood: number[] = [];
  await sleep(300); // let the flood build up
  while (flooding) underFlood.push(await timedGet(page));
  await flood;
  const floodSeconds = (performance.now() - floodStarted) / 1000;

  const idle = p95(rest);
  const loaded = p95(underFlood);
  const ratio = loaded / idle;
  const pass = ratio <= 2 && (outcomes.get("refused") ?? 0) === FLOOD;
  console.log(`sign-in flood: ${FLOOD} wrong passwords, ${IN_FLIGHT} in flight, ${floodSeconds.toFixed(1)} s`);
  console.log(`  outcomes: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  console.log(`  ${PAGE} p95 idle ${idle.toFixed(1)} ms (${rest.length} requests)`);
  console.log(`  ${PAGE} p95 under flood ${loaded.toFixed(1)} ms (${underFlood.length} requests)`);
  console.log(`  ratio ${ratio.toFixed(2)} (limit 2.00): ${pass ? "PASS" : "FAIL"}`);
  return pass;
}

async function main(): Promise<number> {
  const given = process.env.BENCH_URL;
  if (given) {
    const host = new URL(given).hostname;
    if (host !== "127.0.0.1" && host !== "localhost") throw new Error("BENCH_URL must be on 127.0.0.1 or localhost");
    return (await measure(given.replace(/\/$/, ""))) ? 0 : 1;
  }

  let postgres: RunningPostgres | undefined;
  let server: ChildProcess | undefined;
  let tempDir: string | undefined;
  let adminUrl: string | undefined;
  const database = `mse_bench_${randomBytes(4).toString("hex")}`;
  try {
    tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "mse-bench-"));
    await fs.chmod(tempDir, 0o755); // the server runs as `postgres` when we are root
    postgres = await startEmbeddedPostgres({
      dataDir: path.join(tempDir, "data"),
      persistent: false,
      password: randomPassword(),
    });
    adminUrl = postgres.url("postgres");
    await recreateDatabase(adminUrl, database);
    await applyMigrations(withDatabase(adminUrl, database));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...productionServerEnv(process.env, { databaseUrl: withDatabase(adminUrl, database), port }),
      // The worst case: no site-wide budget turns the flood away, so every request costs an argon2 verify.
      SIGN_IN_FAILURES_PER_MINUTE: "1000000",
    };
    if ((await run("npx", ["tsx", "prisma/seed.ts"], env)) !== 0) throw new Error("seed failed");
    if (process.env.BENCH_SKIP_BUILD !== "1" && (await run("npx", ["next", "build"], env)) !== 0)
      throw new Error("next build failed");
    server = spawn("npx", ["next", "start", "--port", String(port), "--hostname", "127.0.0.1"], {
      env,
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    await waitUntilUp(base);
    return (await measure(base)) ? 0 : 1;
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM"); // the server's own process group (npx and next)
      } catch {
        // already gone
      }
    }
    await sleep(500);
    if (adminUrl) await dropDatabase(adminUrl, database).catch(() => {});
    await postgres?.stop().catch(() => {});
    if (tempDir) await fs.rm(tempDir, { recursive: true, force: true }).catch(() => {});
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
