import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signInByRequest } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";
import { newResident } from "./support/residents";

test("an administrator filters the audit log by person and action, pages on and downloads the entries", async ({
  page,
}) => {
  // A moderator of this test's own, with more than a page (25) of entries under one action.
  const moderator = await newResident("Audit Trail Moderator", "audit-moderator");
  await queryOne(`UPDATE "user" SET platform_role = 'moderator' WHERE id = $1`, [moderator.id]);
  await queryOne(
    `INSERT INTO audit_log (actor_id, action, target_type, target_id, before, after, created_at, request_id)
     SELECT $1, 'moderation.hideQuestion', 'question', gen_random_uuid()::text, '{"moderation":"approved"}',
            '{"moderation":"hidden","rule":"respectful"}', now() - n * interval '1 minute', gen_random_uuid()::text
     FROM generate_series(1, 30) AS n`,
    [moderator.id],
  );

  await signInByRequest(page, "admin@example.com");
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A date that is not one is named in the error summary, and nothing is listed.
  await page.getByLabel("Date from").fill("yesterday");
  await page.getByRole("button", { name: "Show entries" }).click();
  await expect(
    errorSummary(page).getByRole("link", { name: /Date from must be a real date in the format yyyy-mm-dd/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Date from").fill("");
  await page.getByLabel("Person").selectOption({ label: `Audit Trail Moderator (${moderator.email})` });
  await page.getByLabel("Action", { exact: true }).selectOption("moderation.hideQuestion");
  await page.getByRole("button", { name: "Show entries" }).click();
  await expect(page).toHaveURL(new RegExp(`actor=${moderator.id}&action=moderation.hideQuestion`));
  expect(page.url()).not.toContain("%40");
  const entries = page.getByRole("list", { name: "Audit log entries" }).getByRole("listitem");
  await expect(entries).toHaveCount(25);
  await expect(entries.first()).toContainText("Hid a question");
  await expect(entries.first()).toContainText(`Audit Trail Moderator (${moderator.email})`);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Older entries" }).click();
  await expect(entries).toHaveCount(5);
  await expect(page.getByRole("link", { name: "Older entries" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download these entries as CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile((await file.path())!, "utf8")).trim().split("\r\n");
  expect(lines[0]).toBe("time,actor id,actor name,action,target type,target id,before,after,request id");
  expect(lines).toHaveLength(31);
  expect(lines[1]).toContain(`${moderator.id},Audit Trail Moderator,moderation.hideQuestion,question`);
});
