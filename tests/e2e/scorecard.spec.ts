import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

// Other journeys claim and answer questions for Anglia Ruskin University as the suite runs, so the figures are read
// for their shape ("12 of 40 (30%)"), not exact counts; the integration tests prove the counts.
const SHARE = /^[\d,]+ of [\d,]+ \(\d+%\)$/;
const WAIT = /^(\d+ working days?|not reached yet)$/;

test("a visitor compares the partners, reads one scorecard and its table, and changes the period", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "How partners are doing" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "How partners are doing" })).toBeVisible();
  await expect(page.getByLabel("Last 90 days")).toBeChecked();

  // Alphabetical, each partner with its figures; a figure out of fewer than 10 says so instead of a number.
  const headings = await page.locator("section[data-partner] h2").allTextContents();
  expect(headings).toEqual([...headings].sort((a, b) => a.localeCompare(b)));
  const aru = page.locator('section[data-partner="anglia-ruskin-university"]');
  const value = (scope: typeof aru, key: string) => scope.locator(`[data-figure="${key}"] [data-figure-value]`);
  await expect(value(aru, "answered")).toHaveText(SHARE);
  await expect(value(aru, "median")).toHaveText(WAIT);
  await expect(
    page.locator("[data-figure-value]").filter({ hasText: "too few to show: fewer than 10" }).first(),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "How these are worked out" })).toBeVisible();
  await expectNoAxeViolations(page);

  await aru.getByRole("link", { name: /Anglia Ruskin University's scorecard/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Anglia Ruskin University" })).toBeVisible();
  await expect(page).toHaveURL(/\/partners\/anglia-ruskin-university\?period=90d$/);
  const figures = page.getByRole("main");
  for (const key of ["answered", "within-target", "overdue-questions"])
    await expect(value(figures, key)).toHaveText(SHARE);

  // The chart's table alternative: the estimated share still waiting after 5, 10, 20 and 40 working days.
  const chart = page.locator("#still-waiting");
  await chart.getByText("Show the data as a table").click();
  const table = chart.getByRole("table", { name: "How many questions are still waiting for a first answer" });
  await expect(table).toBeVisible();
  await expect(table.getByRole("rowheader")).toHaveText([
    "After 5 working days",
    "After 10 working days",
    "After 20 working days",
    "After 40 working days",
  ]);
  await expect(table.getByRole("cell")).toHaveText([/^\d+%$/, /^\d+%$/, /^\d+%$/, /^\d+%$/]);
  await expectNoAxeViolations(page);

  // A year: the slow answers from months ago bring the 9-in-10 wait within reach.
  await page.getByLabel("Last 12 months").check();
  await page.getByRole("button", { name: "Show figures" }).click();
  await expect(page).toHaveURL(/\/partners\/anglia-ruskin-university\?period=12m(&|$)/);
  await expect(page.getByLabel("Last 12 months")).toBeChecked();
  await expect(value(figures, "ninetieth")).toHaveText(/^\d+ working days?$/);
  await expect(page.locator("#period-shown")).toHaveText(/^Showing \d{1,2} \w+ \d{4} to \d{1,2} \w+ \d{4}\.$/);

  // A date that is not real is explained next to the field, and the figures fall back to 90 days meanwhile.
  await page.getByLabel("Choose dates").check();
  await page.locator("#from").fill("31");
  await page.locator("#fromMonth").fill("2");
  await page.locator("#fromYear").fill("2026");
  await page.getByRole("button", { name: "Show figures" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "The start date must be a real date",
  );
  await expect(page.locator("#period-shown")).toHaveText(/^Showing the last 90 days until the dates are corrected/);
  await expectNoAxeViolations(page);
});
