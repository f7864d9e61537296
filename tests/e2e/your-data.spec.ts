import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signInByLink, signInWithPassword } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";

test("a person edits their profile, downloads their data, deletes their account and can no longer sign in", async ({
  page,
}) => {
  // A seeded resident who asked a published question; residents sign in by emailed link.
  const {
    email,
    question_id: questionId,
    title,
  } = await queryOne<{ email: string; question_id: string; title: string }>(
    `SELECT u.email, q.id AS question_id, q.title FROM "user" u JOIN question q ON q.author_id = u.id
     WHERE u.email LIKE 'resident%@example.com' AND q.moderation = 'approved' AND u.status = 'active'
       AND (u.age_band IS NULL OR u.age_band NOT IN ('under_16', 'age_16_17'))
     ORDER BY u.email DESC LIMIT 1`,
  );

  await signInByLink(page, email);
  await expectNoAxeViolations(page);

  // Profile: a bad name is refused and kept; a good one is saved.
  await page.getByRole("link", { name: /Change your public name/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Public name").fill("me@example.com");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(
    errorSummary(page).getByRole("link", { name: "Public name must not be an email address" }),
  ).toBeVisible();
  await expect(page.getByLabel("Public name")).toHaveValue("me@example.com");
  await expectNoAxeViolations(page);
  await page.getByLabel("Public name").fill("Patient Curlew 61");
  await page.getByLabel("Where in Essex do you live?").selectOption({ label: "Harlow" });
  await page.getByLabel("45 to 64").check();
  await page.getByLabel("A resident").check();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile has been saved.")).toBeVisible();
  await expect(page.getByLabel("Public name")).toHaveValue("Patient Curlew 61");
  await expect(page.getByLabel("Where in Essex do you live?")).toHaveValue("harlow");
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByLabel("45 to 64")).toBeChecked();

  // Download my data: the file parses and holds their question.
  await page.getByRole("link", { name: "Back to your account" }).click();
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download your data (JSON file)" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^my-smarter-essex-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(data.profile.email).toBe(email);
  expect(data.profile.displayName).toBe("Patient Curlew 61");
  expect(data.questions.map((q: { id: string }) => q.id)).toContain(questionId);

  // The same data as a page to read.
  await page.getByRole("link", { name: "See your data on a page" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Profile", exact: true })).toBeVisible();
  await expect(page.getByText("Patient Curlew 61").first()).toBeVisible();
  // Stored codes in the portal's words, as the account pages say them.
  const profile = page.getByRole("region", { name: "Profile", exact: true });
  await expect(profile.getByText("Citizen", { exact: true })).toBeVisible();
  await expect(profile.getByText("citizen", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 2, name: "Questions", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Back to your account" }).click();

  // Delete: Cancel goes back with nothing done; refused without the confirmation, then done.
  await page.getByRole("link", { name: "Delete your account" }).click();
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await page.getByRole("link", { name: "Delete your account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Delete your account" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Also remove the words of my questions and comments").check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(errorSummary(page).getByRole("link", { name: /Tick the box/ })).toBeVisible();
  await expect(page.getByLabel("Also remove the words of my questions and comments")).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByLabel("I understand that deleting my account cannot be undone").check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account has been deleted" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Their question stays, as by "Former participant", without their words (they asked for them to go).
  await page.goto(`/questions/${questionId}`);
  await expect(page.getByRole("heading", { level: 1, name: "[removed at the author's request]" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: title })).toHaveCount(0);
  await expect(page.getByText("Asked by Former participant").first()).toBeVisible();

  // They cannot sign in again: no link is sent to the old address. Mail is queued in the request that causes
  // it, so an empty queue once the request has answered means none will be sent.
  const mailsTo = () =>
    queryOne<{ captured: string; queued: string }>(
      `SELECT (SELECT count(*) FROM captured_mail WHERE to_address = $1) AS captured,
              (SELECT count(*) FROM pgboss.job WHERE name = 'send-mail' AND data->>'to' = $1) AS queued`,
      [email],
    );
  expect(await mailsTo()).toEqual({ captured: "0", queued: "0" });
  await page.goto("/sign-in/email-link");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  expect(await mailsTo()).toEqual({ captured: "0", queued: "0" });
});

test("an administrator changes a person's role and organisation; a citizen is not allowed in", async ({
  page,
  browser,
}) => {
  await signInWithPassword(page, "admin@example.com", DEMO_PASSWORD);
  await page.getByRole("link", { name: "Roles and organisation memberships" }).click();
  await expect(page.getByLabel("Find a person by email address")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Find a person by email address").fill("resident3@example.com");
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByText("resident3@example.com.")).toBeVisible();
  // Searched by POST: the address is in no URL (history, logs, Referer), only the person's opaque id.
  expect(page.url()).not.toContain("resident3");
  expect(page.url()).toMatch(/\/admin\/people\?person=[0-9a-f-]{36}$/);
  await expectNoAxeViolations(page);

  await page.getByLabel("Moderator").check();
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page.getByText("Role saved.")).toBeVisible();

  await page.getByLabel("Organisation", { exact: true }).selectOption({ label: "Anglia Ruskin University" });
  await page.getByRole("button", { name: "Add to organisation" }).click();
  await expect(page.getByText("Anglia Ruskin University (member)")).toBeVisible();
  await expectNoAxeViolations(page);
  const audit = await queryOne<{ n: string }>(
    "SELECT count(*) AS n FROM audit_log WHERE action IN ('user.role_changed', 'membership.added')",
  );
  expect(Number(audit.n)).toBeGreaterThanOrEqual(2);

  // Remove asks first (a page of its own, no script needed); Cancel changes nothing.
  await page.getByRole("link", { name: "Remove from Anglia Ruskin University" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: /^Remove .+ from Anglia Ruskin University\?$/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page.getByText("Anglia Ruskin University (member)")).toBeVisible();
  await page.getByRole("link", { name: "Remove from Anglia Ruskin University" }).click();
  await page.getByRole("button", { name: "Yes, remove them" }).click();
  await expect(page.getByRole("status").getByText(/is no longer a member of Anglia Ruskin University/)).toBeVisible();
  await expect(page.getByText("Not a member of any partner organisation.")).toBeVisible();
  await expectNoAxeViolations(page);

  // A search that finds no one says so, with what was searched for, and keeps it in the box.
  await page.getByLabel("Find a person by email address").fill("nobody-at-all@example.com");
  await page.getByRole("button", { name: "Find" }).click();
  await expect(
    page.getByText("No people match 'nobody-at-all@example.com'. Check the spelling", { exact: false }).first(),
  ).toBeVisible();
  await expect(page.getByLabel("Find a person by email address")).toHaveValue("nobody-at-all@example.com");
  await expectNoAxeViolations(page);

  const citizen = await browser.newContext();
  const citizenPage = await citizen.newPage();
  await signInWithPassword(citizenPage, "citizen@example.com", DEMO_PASSWORD);
  await expect(citizenPage.getByRole("link", { name: "Roles and organisation memberships" })).toHaveCount(0);
  const response = await citizenPage.goto("/admin/people");
  expect(response?.status()).toBe(403);
  await expect(
    citizenPage.getByRole("heading", { level: 1, name: "You are not allowed to see this page" }),
  ).toBeVisible();
  await expectNoAxeViolations(citizenPage);
  await citizen.close();
});
