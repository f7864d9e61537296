import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signInByRequest } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";

test("a partner opens the priorities from the inbox, switches to 12 months, reads a table and downloads it", async ({
  page,
}) => {
  await signInByRequest(page, "aru.researcher@example.com");
  await page.goto("/partner");
  await page.getByRole("main").getByRole("link", { name: "Priorities", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Priorities" })).toBeVisible();

  await page.getByLabel("Last 12 months").check();
  await page.getByRole("button", { name: "Show figures" }).click();
  await expect(page).toHaveURL(/[?&]period=12m/);
  await expect(page.getByLabel("Last 12 months")).toBeChecked();
  await expect(page.locator("#figures-as-of")).toHaveText(
    /^Figures as of \d{1,2}:\d{2}[ap]m today; they are worked out again every 10 minutes\.$/,
  );

  // The second week of the period: long enough ago that no other journey adds to it.
  const week = await queryOne<{ label: string; questions: number; answers: number }>(
    `WITH w AS (
       SELECT (date_trunc('week', (now() AT TIME ZONE 'Europe/London')::date - 364) + interval '7 days')::date AS ws
     )
     SELECT to_char(ws, 'FMDD FMMonth YYYY') AS label,
            (SELECT count(*) FROM question q WHERE q.moderation = 'approved'
               AND ((q.published_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London')::date >= ws
               AND ((q.published_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London')::date < ws + 7)::int AS questions,
            (SELECT count(*) FROM (SELECT question_id, min(created_at) AS first_at FROM response GROUP BY 1) f
               JOIN question q ON q.id = f.question_id AND q.moderation = 'approved'
               WHERE ((f.first_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London')::date >= ws
                 AND ((f.first_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London')::date < ws + 7)::int AS answers
     FROM w`,
  );
  const figure = page.locator("#weekly-trend");
  await figure.getByText("Show the data as a table").click();
  const table = figure.getByRole("table", { name: "Week by week" });
  await expect(table).toBeVisible();
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: week.label, exact: true }) });
  await expect(row.getByRole("cell")).toHaveText([String(week.questions), /^[\d,]+$/, String(week.answers)]);
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    figure.getByRole("link", { name: /Download this table \(CSV\)/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^priorities-weekly-trend-.*\.csv$/);
  const text = await readFile((await download.path())!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain("Week starting,New questions,Supports,Questions answered\r\n");
  expect(text).toContain(`\r\n${week.label},${week.questions},`);
});
