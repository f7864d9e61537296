// Issue 15, point 6: the settings page. The seeded administrator is refused an impossible flag threshold (the
// message beside the field, what they typed kept), saves a real one, adds a bank holiday and a help line; a
// visitor then finds the help line and the new threshold on the house rules page.
import { expect, test } from "@playwright/test";
import { signInByRequest } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";

// A date far off, so no due date another journey checks can count it; random, so a re-run against the same
// database does not meet its own.
const holidayDay = 1 + Math.floor(Math.random() * 28);
const holidayDate = `2098-03-${String(holidayDay).padStart(2, "0")}`;

// The settings are shared by every journey after this one: put them back as the seed left them.
test.afterEach(async () => {
  await queryOne(`DELETE FROM setting WHERE key IN ('flag_threshold', 'signposting_links')`);
  await queryOne(`DELETE FROM bank_holiday WHERE date = $1::date`, [holidayDate]);
});

test("an administrator changes settings on the settings page, and a visitor sees them on the house rules", async ({
  page,
}) => {
  const { last } = await queryOne<{ last: string | null }>(`SELECT max(id)::text AS last FROM audit_log`);
  await signInByRequest(page, "admin@example.com");
  await page.goto("/admin/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Refused: the message in the summary and beside the field, and the 0 still there to correct.
  const threshold = page.getByLabel("Flag threshold", { exact: true });
  await threshold.fill("0");
  await page.getByRole("button", { name: "Save flag threshold" }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page)).toContainText("Flag threshold must be between 1 and 100");
  await expect(page.locator("#flagThreshold-error")).toContainText("Flag threshold must be between 1 and 100");
  await expect(threshold).toHaveValue("0");
  await expectNoAxeViolations(page);

  await threshold.fill("4");
  await page.getByRole("button", { name: "Save flag threshold" }).click();
  const saved = page.getByRole("status").filter({ hasText: "Flag threshold saved. It is 4." });
  await expect(saved).toBeFocused();
  await expect(errorSummary(page)).toHaveCount(0);
  await expect(threshold).toHaveValue("4");

  const date = page.getByRole("group", { name: "Date of the bank holiday" });
  await date.getByLabel("Day").fill(String(holidayDay));
  await date.getByLabel("Month").fill("3");
  await date.getByLabel("Year").fill("2098");
  await page.getByLabel("Name of the bank holiday").fill("Essex Day");
  await page.getByRole("button", { name: "Add bank holiday" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Bank holiday added: Essex Day, ${holidayDay} March 2098.` }),
  ).toBeFocused();
  await expect(page.getByRole("row", { name: new RegExp(`${holidayDay} March 2098 Essex Day`) })).toBeVisible();

  const newHelpLine = page.getByRole("group", { name: "Help line 2 (new)" });
  await newHelpLine.getByLabel("Name", { exact: true }).fill("Samaritans");
  await newHelpLine.getByLabel("Who it is for").fill("For anyone who is struggling to cope. Free, any time.");
  await newHelpLine.getByLabel("Phone number (optional)").fill("116 123");
  await newHelpLine.getByLabel("Website (optional)").fill("https://www.samaritans.org");
  await page.getByRole("button", { name: "Save signposting links" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Signposting links saved." })).toBeFocused();
  await expectNoAxeViolations(page);

  const audit = await queryOne<{ n: string }>(
    `SELECT count(*) AS n FROM audit_log
      WHERE id > $1 AND action = 'setting.changed' AND target_id IN ('flag_threshold', 'signposting_links')`,
    [last ?? "0"],
  );
  expect(Number(audit.n)).toBe(2);

  await page.context().clearCookies();
  await page.goto("/house-rules");
  await expect(page.getByText("4 different people report the same post")).toBeVisible();
  const help = page.locator("h2#who-can-help + div");
  await expect(help.getByRole("link", { name: "116 123" })).toHaveAttribute("href", "tel:116123");
  await expect(help.getByRole("link", { name: "samaritans.org" })).toHaveAttribute(
    "href",
    "https://www.samaritans.org",
  );
  await expect(help.getByRole("link", { name: "0800 1111" })).toHaveAttribute("href", "tel:08001111");
  await expectNoAxeViolations(page);
});
