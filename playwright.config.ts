import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * The servers the journeys run against. scripts/test.ts serves its one build N times side by side, each on its own
 * copy of the seeded database (E2E_SERVERS, JSON `[{ "port": …, "databaseUrl": … }]`), so no journey sees another's
 * writes; Playwright runs one worker per server and hands a worker the next spec file whenever it finishes one, so
 * the servers finish together however long each file is. Without E2E_SERVERS: one server on E2E_PORT (default
 * 3100) against DATABASE_URL.
 */
interface E2EServer {
  port: number;
  databaseUrl?: string;
}
const servers: E2EServer[] = process.env.E2E_SERVERS
  ? (JSON.parse(process.env.E2E_SERVERS) as E2EServer[])
  : [{ port: Number(process.env.E2E_PORT ?? 3100), databaseUrl: process.env.DATABASE_URL }];
// Each worker process reads this file with its slot number (TEST_PARALLEL_INDEX, the same for a worker started
// again after a failure) already set, so its pages go to its own server and its SQL (tests/e2e/support/db.ts, the
// scripts the journeys start) to that server's database.
const server = servers[Number(process.env.TEST_PARALLEL_INDEX ?? 0) % servers.length]!;
if (server.databaseUrl) process.env.DATABASE_URL = server.databaseUrl;
// Debian's Chromium by default; set CHROMIUM_PATH to use another, or to "" to use Playwright's own browser.
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: servers.length,
  retries: 0,
  // Whole journeys (sign up, confirm, ask, support, delete) take about 30 s on a quiet 2-core machine; the budget
  // leaves room for a loaded one without hiding a hang.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: process.env.E2E_RESULTS_FILE ?? "test-results/e2e-results.json" }]],
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results/e2e",
  use: {
    baseURL: `http://127.0.0.1:${server.port}`,
    // A trace snapshots the page at every step, for every test, to keep the failed ones' — for a person at this
    // machine to open. CI keeps only the log, so there it records none (TRACE=1 turns it back on).
    trace: process.env.CI && !process.env.TRACE ? "off" : "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath || undefined,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: servers.map(({ port, databaseUrl }) => ({
    command: `npx next start --port ${port} --hostname 127.0.0.1`,
    url: `http://127.0.0.1:${port}/api/health`,
    // The rest of the server's environment is the runner's (scripts/test.ts sets it for production).
    env: {
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      ...(process.env.E2E_SERVERS ? { APP_URL: `http://127.0.0.1:${port}` } : {}),
    },
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
  })),
});
