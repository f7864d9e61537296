// npm test — every test layer against real PostgreSQL, ending with one line "N passed, N failed".
//
//   start PostgreSQL (a throwaway embedded one unless DATABASE_URL is set) → migrate a template database →
//   Vitest's unit tests → Vitest's integration tests (each file copies the template), with the e2e seed and
//   next build beside them → Vitest's system tests (the build served twice behind a proxy on a PostgreSQL of their
//   own, stopped and started) → Playwright in Chromium against `next start` on seeded copies → summary →
//   teardown, also on failure.
//
// Options: --skip-e2e, --only=unit|integration|system|e2e (comma-separated), and file filters (for quicker local
// loops; CI runs everything): without e2e in --only they filter Vitest's files, otherwise Playwright's.
// E2E_SHARDS=N serves the browser journeys from N servers side by side, one Playwright worker each (default 4; 1
// with a file filter).
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { assertReachable, dropDatabase, recreateDatabase, withDatabase } from "./lib/database-url";
import {
  freePort,
  PROJECT_ROOT,
  randomPassword,
  startEmbeddedPostgres,
  type RunningPostgres,
} from "./lib/embedded-postgres";
import { applyMigrations } from "./lib/migrations";
import { productionServerEnv, runCommand as run } from "./lib/production-server";
import { axeVisitsDir, listPageRoutes, readCheckedPaths, routesWithoutCheck } from "./lib/route-inventory";

interface LayerResult {
  layer: string;
  passed: number;
  failed: number;
  skipped: number;
  exitCode: number;
  /** The failed tests' names, repeated in the summary so that the end of a long log says what failed. */
  failures?: string[];
}

const args = new Set(process.argv.slice(2));
const only = [...args].find((a) => a.startsWith("--only="))?.slice("--only=".length);
/** Anything else on the command line filters the end-to-end tests (Playwright's file or title filters). */
const filters = [...args].filter((a) => !a.startsWith("--only=") && a !== "--skip-e2e");
const vitestOnly = only !== undefined && !only.split(",").includes("e2e");
const e2eFilters = vitestOnly ? [] : filters;
const vitestFilters = vitestOnly ? filters : [];
/** --skip-e2e skips the build and the two layers that need it (system and e2e). */
const wants = (layer: string) =>
  only ? only.split(",").includes(layer) : !((layer === "e2e" || layer === "system") && args.has("--skip-e2e"));

async function readJson<T>(file: string): Promise<T | null> {
  return fs.readFile(file, "utf8").then(
    (text) => JSON.parse(text) as T,
    () => null,
  );
}

async function runVitest(project: string, env: NodeJS.ProcessEnv): Promise<LayerResult> {
  const output = path.join(PROJECT_ROOT, "test-results", `${project}-results.json`);
  await fs.rm(output, { force: true });
  const exitCode = await run(
    "npx",
    [
      "vitest",
      "run",
      "--project",
      project,
      ...vitestFilters,
      ...(vitestFilters.length ? ["--passWithNoTests"] : []),
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${output}`,
    ],
    env,
  );
  const report = await readJson<{
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { name: string; message?: string; assertionResults: { fullName: string; status: string }[] }[];
  }>(output);
  if (!report) return { layer: project, passed: 0, failed: 1, skipped: 0, exitCode: exitCode || 1 };
  // A file that fails to load has no failed test but a non-zero exit: count it as one failure.
  const failed = report.numFailedTests || (exitCode !== 0 ? 1 : 0);
  return {
    layer: project,
    passed: report.numPassedTests,
    failed,
    skipped: report.numPendingTests + report.numTodoTests,
    exitCode,
    failures: report.testResults.flatMap((file) => {
      const where = path.relative(PROJECT_ROOT, file.name);
      const tests = file.assertionResults.filter((t) => t.status === "failed").map((t) => `${where} › ${t.fullName}`);
      return tests.length || !file.message ? tests : [`${where} › ${file.message.split("\n")[0]}`];
    }),
  };
}

interface PlaywrightSuite {
  title: string;
  file?: string;
  specs?: { title: string; ok: boolean }[];
  suites?: PlaywrightSuite[];
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites?: PlaywrightSuite[];
}

function failedSpecs(suites: PlaywrightSuite[] = [], file = ""): string[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).filter((spec) => !spec.ok).map((spec) => `${suite.file ?? file} › ${spec.title}`),
    ...failedSpecs(suite.suites, suite.file ?? file),
  ]);
}

/**
 * The browser journeys in one Playwright run with one worker per server (playwright.config.ts): each server is a
 * `next start` of the one build on its own copy of the seeded database, so no journey sees another's writes, and
 * a worker takes the next spec file whenever it finishes one, so the servers finish together. (Fixed --shard
 * splits, one run per server, left one server idle for the last minute or more of the run.)
 */
async function runPlaywright(
  env: NodeJS.ProcessEnv,
  servers: { port: string; databaseUrl: string }[],
): Promise<LayerResult> {
  const output = path.join(PROJECT_ROOT, "test-results", "e2e-results.json");
  await fs.rm(output, { force: true });
  await fs.rm(axeVisitsDir(PROJECT_ROOT), { recursive: true, force: true });
  const exitCode = await run("npx", ["playwright", "test", ...e2eFilters], {
    ...env,
    E2E_SERVERS: JSON.stringify(servers),
    E2E_RESULTS_FILE: output,
    AXE_VISITS_DIR: axeVisitsDir(PROJECT_ROOT),
  });
  const report = await readJson<PlaywrightReport>(output);
  if (!report) return { layer: "e2e", passed: 0, failed: 1, skipped: 0, exitCode: exitCode || 1 };
  const { expected, unexpected, flaky, skipped } = report.stats;
  return {
    layer: "e2e",
    passed: expected,
    failed: unexpected + flaky || (exitCode !== 0 ? 1 : 0),
    skipped,
    exitCode,
    failures: failedSpecs(report.suites),
  };
}

/**
 * The route inventory (issue 21): after the whole e2e suite, every page route in app/ must have been checked by
 * axe at least once (tests/e2e/support/axe.ts records each checked page's path). Only after a whole run: a file
 * filter runs some journeys, which check some routes.
 */
async function checkRouteInventory(): Promise<LayerResult> {
  const routes = await listPageRoutes(path.join(PROJECT_ROOT, "app"));
  const checked = await readCheckedPaths(axeVisitsDir(PROJECT_ROOT));
  const missing = routesWithoutCheck(routes, checked);
  console.log(
    `== route inventory: ${routes.length - missing.length} of ${routes.length} page routes checked by axe` +
      (missing.length ? `; never checked:\n${missing.map((r) => `  ${r}`).join("\n")}` : ""),
  );
  return {
    layer: "route inventory",
    passed: missing.length ? 0 : 1,
    failed: missing.length ? 1 : 0,
    skipped: 0,
    exitCode: missing.length ? 1 : 0,
    failures: missing.map((route) => `${route} has no axe check in the e2e suite`),
  };
}

/**
 * How many servers (and Playwright workers) share the journeys: E2E_SHARDS, else 4 (1 with a file filter). A
 * journey mostly waits (on its server, on the mail worker's polling, on the page): on two workers the suite used
 * about 440 CPU-seconds (browsers, servers and database together) in 9.6 minutes on a machine loaded by other
 * work, as long as it takes in CI on a quiet one, so two kept two cores well under half busy.
 */
function e2eShardCount(): number {
  const asked = Number(process.env.E2E_SHARDS);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  return e2eFilters.length ? 1 : 4;
}

/**
 * Where the integration suite runs: beside everything else, or, with INTEGRATION_DATABASE_URL, on another server
 * (CI runs it on the oldest PostgreSQL supported while the journeys run on the embedded one; scripts/ci-postgres15.sh).
 * The other server gets its own migrated template, named as this one.
 */
async function integrationEnv(baseEnv: NodeJS.ProcessEnv, template: string): Promise<NodeJS.ProcessEnv> {
  const otherServer = process.env.INTEGRATION_DATABASE_URL;
  if (!otherServer) return baseEnv;
  await assertReachable(otherServer);
  await recreateDatabase(otherServer, template);
  await applyMigrations(withDatabase(otherServer, template));
  return { ...baseEnv, TEST_ADMIN_DATABASE_URL: otherServer };
}

/** Runs a layer and says how long it took (CI's log shows where the time goes). */
async function timed(layer: string, runLayer: () => Promise<LayerResult>): Promise<LayerResult> {
  const started = Date.now();
  const result = await runLayer();
  console.log(`== ${layer} took ${Math.round((Date.now() - started) / 1000)}s`);
  return result;
}

/**
 * Seeds the browser journeys' database (when they run) and builds the app, with their output in a file shown
 * whole once both are done (they run beside the Vitest layers); resolves to the first non-zero exit code, or 0.
 */
async function seedAndBuild(
  adminUrl: string,
  template: string,
  e2eDatabase: string,
  e2eEnv: NodeJS.ProcessEnv,
): Promise<number> {
  const started = Date.now();
  const log = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "mse-build-")), "build.log");
  let code = 0;
  if (wants("e2e")) {
    await recreateDatabase(adminUrl, e2eDatabase, template);
    code = await run("npx", ["tsx", "prisma/seed.ts"], e2eEnv, log);
  }
  if (code === 0) code = await run("npx", ["next", "build"], e2eEnv, log);
  const output = await fs.readFile(log, "utf8").catch(() => "");
  await fs.rm(path.dirname(log), { recursive: true, force: true });
  console.log(`\n== ${wants("e2e") ? "e2e seed and next build" : "next build"} (beside the tests above)\n${output}`);
  console.log(
    `== seed and build took ${Math.round((Date.now() - started) / 1000)}s${code ? `, exit code ${code}` : ""}`,
  );
  return code;
}

async function main(): Promise<number> {
  const results: LayerResult[] = [];
  let postgres: RunningPostgres | undefined;
  let tempDir: string | undefined;
  const createdDatabases: string[] = [];
  let adminUrl = process.env.DATABASE_URL;

  const teardown = async () => {
    if (adminUrl) for (const name of createdDatabases) await dropDatabase(adminUrl, name).catch(() => {});
    await postgres?.stop().catch(() => {});
    if (tempDir) await fs.rm(tempDir, { recursive: true, force: true }).catch(() => {});
  };
  const onSignal = () => void teardown().then(() => process.exit(130));
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  try {
    if (adminUrl) {
      await assertReachable(adminUrl);
    } else {
      tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "mse-test-"));
      await fs.chmod(tempDir, 0o755); // the server runs as `postgres` when we are root
      postgres = await startEmbeddedPostgres({
        dataDir: path.join(tempDir, "data"),
        persistent: false,
        password: randomPassword(),
      });
      adminUrl = postgres.url("postgres");
    }
    const suffix = randomBytes(4).toString("hex");
    const template = `mse_template_${suffix}`;
    await recreateDatabase(adminUrl, template);
    createdDatabases.push(template);
    await applyMigrations(withDatabase(adminUrl, template));

    const baseEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "test",
      TEST_ADMIN_DATABASE_URL: adminUrl,
      TEST_TEMPLATE_DATABASE: template,
      AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
      SMTP_URL: "", // tests never send real mail: it is captured in the captured_mail table
    };

    if (wants("unit")) results.push(await timed("unit", () => runVitest("unit", baseEnv)));

    // The e2e database's seed and `next build` run beside the integration layer (their output is held back and
    // shown whole when they finish): the integration suite spends most of its time waiting on its database and on
    // deliberate delays (it used about 240 CPU-seconds, its PostgreSQL's included, in a layer that takes over five
    // minutes on CI's two cores), and the build's CPU (about 100 s with the seed) fills that. Not beside the unit
    // layer, whose property tests have Vitest's 5 s timeout. The system and browser layers need the build, and
    // their timings (a fail-fast within 2 s, journeys within their expect timeouts) cores of their own, so they run
    // after both.
    const e2eDatabase = `mse_e2e_${suffix}`;
    const port = String(await freePort());
    const databaseUrl = withDatabase(adminUrl, e2eDatabase);
    const e2eEnv = { ...productionServerEnv(baseEnv, { databaseUrl, port }), E2E_PORT: port };
    if (wants("e2e")) createdDatabases.push(e2eDatabase);
    const building =
      wants("e2e") || wants("system")
        ? seedAndBuild(adminUrl, template, e2eDatabase, e2eEnv).catch((error: unknown) => {
            console.error(error);
            return 1;
          })
        : null;

    if (wants("integration")) {
      const env = await integrationEnv(baseEnv, template);
      results.push(await timed("integration", () => runVitest("integration", env)));
    }

    if (building) {
      const buildCode = await building;
      if (buildCode !== 0) {
        results.push({ layer: "build", passed: 0, failed: 1, skipped: 0, exitCode: buildCode });
      }
      // The system tests serve the build twice on a PostgreSQL of their own, which they stop and start.
      if (buildCode === 0 && wants("system")) results.push(await timed("system", () => runVitest("system", baseEnv)));
      if (buildCode === 0 && wants("e2e")) {
        // Each further server gets a copy of the seeded database (nothing is connected to it between seed and run).
        const servers = [{ port, databaseUrl }];
        for (let n = 2; n <= e2eShardCount(); n++) {
          const database = `${e2eDatabase}_${n}`;
          await recreateDatabase(adminUrl, database, e2eDatabase);
          createdDatabases.push(database);
          let next = String(await freePort());
          while (servers.some((s) => s.port === next)) next = String(await freePort());
          servers.push({ port: next, databaseUrl: withDatabase(adminUrl, database) });
        }
        results.push(await timed("e2e", () => runPlaywright(e2eEnv, servers)));
        if (!e2eFilters.length) results.push(await checkRouteInventory());
      }
    }
  } catch (error) {
    console.error(error);
    results.push({ layer: "setup", passed: 0, failed: 1, skipped: 0, exitCode: 1 });
  } finally {
    await teardown();
  }

  console.log("");
  for (const r of results) {
    console.log(`  ${r.layer}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ""}`);
    for (const name of r.failures ?? []) console.log(`    ✘ ${name}`);
  }
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  const skipped = results.reduce((n, r) => n + r.skipped, 0);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  return failed > 0 || results.some((r) => r.exitCode !== 0) || passed === 0 ? 1 : 0;
}

main().then((code) => process.exit(code));
