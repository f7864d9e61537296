import { appendFileSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import type { AxeResults, RunOptions } from "axe-core";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
// Only violations are read: axe then keeps one node, not every node, of the rules that pass or cannot tell (its
// documented speed-up), which matters with two hundred and more checks in the suite.
const OPTIONS: RunOptions = { runOnly: { type: "tag", values: WCAG_TAGS }, resultTypes: ["violations"] };

/**
 * Fails the test on any WCAG 2.2 AA violation axe finds on the page as it is now. Runs axe-core in the page
 * directly, injected once per document: @axe-core/playwright injects it on every check and finishes each run in
 * a fresh blank page (for cross-origin frames, which the portal has none of), about five times slower — 2.9 s
 * against 0.5 s on the browse page, with a hundred and more checks in the suite.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  let violations = await violationsNow(page);
  // After a navigation or a server action React re-renders the page's metadata and swaps the <title>, which is
  // absent for a moment — possibly while axe runs. Check again once the title is back: a page that never gets a
  // title is still reported.
  for (let attempt = 0; attempt < 3 && violations.some((v) => v.startsWith("document-title:")); attempt++) {
    violations = await violationsNow(page);
  }
  expect(violations).toEqual([]);
  await recordCheckedPath(page);
}

// The route inventory (scripts/lib/route-inventory.ts, run by scripts/test.ts after the journeys) reads these:
// one file per worker process, so the four servers' workers never write to the same file.
const VISITS_DIR = process.env.AXE_VISITS_DIR ?? path.resolve(import.meta.dirname, "../../../test-results/axe-visits");
// Titles of the portal's own refusal pages: one of them at /questions/<id> is no check of the question page.
const NOT_THE_ROUTE = ["Page not found", "You are not allowed to see this page"];

async function recordCheckedPath(page: Page): Promise<void> {
  const title = await page.title();
  if (NOT_THE_ROUTE.some((t) => title.startsWith(t))) return;
  mkdirSync(VISITS_DIR, { recursive: true });
  appendFileSync(path.join(VISITS_DIR, `worker-${process.pid}.txt`), new URL(page.url()).pathname + "\n");
}

async function violationsNow(page: Page): Promise<string[]> {
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5_000 }).catch(() => {});
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (options) => {
    const axe = (window as unknown as { axe: { run: (context: Document, o: RunOptions) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document, options);
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  }, OPTIONS);
}
