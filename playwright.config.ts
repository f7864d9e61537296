import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// Debian's Chromium by default; set CHROMIUM_PATH to use another, or to "" to use Playwright's own browser.
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Whole journeys (sign up, confirm, ask, support, delete) take about 30 s on a quiet 2-core machine; the budget
  // leaves room for a loaded one without hiding a hang.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // scripts/test.ts runs several shards side by side, each with its own results file and artefacts folder.
  reporter: [["list"], ["json", { outputFile: process.env.E2E_RESULTS_FILE ?? "test-results/e2e-results.json" }]],
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results/e2e",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
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
  webServer: {
    command: `npx next start --port ${port} --hostname 127.0.0.1`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
