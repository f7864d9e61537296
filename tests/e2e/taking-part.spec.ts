// Issue 19, point 4: a visitor finds "Who is taking part" from the footer and reads the districts' figures as a
// table; an administrator is refused a malformed population file (the row named beside the field, nothing
// changed) and then replaces the figures with a small file.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signInByRequest } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";

const FIXTURES = path.join(process.cwd(), "tests", "e2e", "fixtures");
let saved: unknown[] = [];

// The figures are shared by every journey after this one: put them back as the seed left them.
test.beforeEach(async () => {
  const { rows } = await queryOne<{ rows: unknown[] }>(
    `SELECT coalesce(json_agg(c), '[]'::json) AS rows FROM census_population c`,
  );
  saved = rows;
});
test.afterEach(async () => {
  await queryOne(`DELETE FROM census_population`);
  await queryOne(
    `INSERT INTO census_population SELECT * FROM json_populate_recordset(null::census_population, $1::json)`,
    [JSON.stringify(saved)],
  );
});

test("a visitor reads who is taking part and its table; an administrator replaces the population figures", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Who is taking part" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Who is taking part" })).toBeVisible();
  await page.getByLabel("Last 12 months").check();
  await page.getByRole("button", { name: "Show figures" }).click();
  await expect(page).toHaveURL(/\/taking-part\?period=12m/);

  const districts = page.locator("#taking-part-district");
  await expect(districts.getByRole("heading", { name: /by district/ })).toBeVisible();
  await expect(districts.getByRole("img")).toBeVisible();
  await districts.getByText("Show the data as a table").click();
  const table = districts.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Residents (Census 2021)" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "95% interval" })).toBeVisible();
  await expect(table.getByRole("row", { name: /^Basildon .*187,600/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "How these are worked out" })).toBeVisible();
  await expect(page.getByText("Wilson score interval", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);

  await signInByRequest(page, "admin@example.com");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Population figures" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Population figures" })).toBeVisible();
  await expect(page.getByRole("row", { name: /^Chelmsford district,chelmsford 181,500$/ })).toBeVisible();
  await expectNoAxeViolations(page);

  const upload = page.getByLabel("Upload a replacement file");
  await upload.setInputFiles(path.join(FIXTURES, "census-population-malformed.csv"));
  await page.getByRole("button", { name: "Replace the population figures" }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(page.locator("#file-error")).toContainText(
    "Row 3: code “atlantis” is not one of the portal's districts",
  );
  await expect(page.getByRole("row", { name: /^Chelmsford / })).toBeVisible();
  await expectNoAxeViolations(page);
  const { n } = await queryOne<{ n: string }>(`SELECT count(*) AS n FROM census_population`);
  expect(Number(n)).toBe(20);

  await page
    .getByLabel("Upload a replacement file")
    .setInputFiles(path.join(FIXTURES, "census-population-replacement.csv"));
  await page.getByRole("button", { name: "Replace the population figures" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Population figures replaced: 3 rows from the file." }),
  ).toBeFocused();
  await expect(page.getByRole("row", { name: /^Chelmsford / })).toHaveCount(0);
  await expect(page.getByRole("row", { name: /^Aged 65 or over age_band,age_65_plus 368,600$/ })).toBeVisible();
  const audit = await queryOne<{ after: Record<string, number> }>(
    `SELECT after FROM audit_log WHERE action = 'population.replace' ORDER BY id DESC LIMIT 1`,
  );
  expect(audit.after).toEqual({ harlow: 93_300, basildon: 187_600, age_65_plus: 368_600 });
});
