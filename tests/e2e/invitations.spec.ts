import { expect, test } from "@playwright/test";
import { openLinkFromMail, signInByRequest, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";

const PASSWORD = "heron saltmarsh beacon";

// The journey: an administrator (who mistypes their password once) invites a partner, who joins from the
// emailed link; the administrator changes a setting; the audit log, filtered to the administrator, shows both; the
// security events show the failed sign-in.
test("an administrator invites someone to an organisation's team, who joins from the emailed link; a setting changes; the audit log and the security events show it all", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const email = uniqueEmail("invited");
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("admin@example.com");
  await page.getByLabel("Password", { exact: true }).fill("not the administrator's password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(errorSummary(page)).toBeVisible();
  await signInByRequest(page, "admin@example.com");
  await page.goto("/partner");
  await expect(page.getByRole("heading", { level: 1, name: "Partner inbox" })).toBeVisible();
  await expectNoAxeViolations(page);
  const teamLink = page.getByRole("link", { name: /^Team of / });
  const organisationName = (await teamLink.textContent())!.replace(/^Team of /, "");
  await teamLink.click();
  await expect(page.getByRole("heading", { level: 1, name: "Your organisation's team" })).toBeVisible();
  await expect(page.getByRole("table", { name: `Members of ${organisationName}` })).toBeVisible();
  await expect(page).toHaveTitle(/^Your organisation's team – /);
  await expectNoAxeViolations(page);

  // Removing someone asks first, on a step titled as its heading; Cancel goes back with nothing done.
  const removeLink = page.getByRole("table", { name: `Members of ${organisationName}` }).getByRole("link", {
    name: /^Remove /,
  });
  const removed = (await removeLink.first().textContent())!.replace(/^Remove\s*/, "").trim();
  await removeLink.first().click();
  const question = `Remove ${removed} from ${organisationName}?`;
  await expect(page.getByRole("heading", { level: 1, name: question })).toBeVisible();
  await expect(page).toHaveTitle(`${question} – My Smarter Essex`);
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your organisation's team" })).toBeVisible();

  // One mistake first: explained in the summary and at the field, with what was typed kept.
  await page.getByLabel("Email address").fill("not an address");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(errorSummary(page)).toContainText("Enter an email address in the correct format");
  await expect(page.getByLabel("Email address")).toHaveValue("not an address");
  await expectNoAxeViolations(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status").getByText(`Invitation sent to ${email}.`)).toBeVisible();
  await expect(
    page.getByRole("table", { name: /not yet used/ }).getByRole("cell", { name: email, exact: true }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The invited person, in a browser of their own, follows the emailed link and creates an account from it.
  const invitedContext = await browser.newContext();
  const invited = await invitedContext.newPage();
  await openLinkFromMail(invited, email, `You are invited to join ${organisationName} on My Smarter Essex`);
  const join = invited.getByRole("heading", { level: 1, name: `Join ${organisationName} on My Smarter Essex` });
  await expect(join).toBeVisible();
  const invitationUrl = invited.url();
  const invitationPath = new URL(invitationUrl).pathname;
  expect(invitationPath).toMatch(/^\/invitations\/[A-Za-z0-9_-]{43}$/);
  await expectNoAxeViolations(invited);
  await invited.getByRole("main").getByRole("link", { name: "Create an account" }).click();
  await expect(invited.getByRole("heading", { level: 1, name: "Create an account" })).toBeVisible();
  await expectNoAxeViolations(invited);
  await invited.getByLabel("Email address").fill(email);
  await invited.getByLabel("Create a password").fill(PASSWORD);
  await invited.getByRole("group", { name: "How old are you?" }).getByLabel("25 to 44", { exact: true }).check();
  await invited.getByRole("button", { name: "Create account" }).click();
  await expect(invited.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await expectNoAxeViolations(invited);
  await openLinkFromMail(invited, email, "Confirm your email address for My Smarter Essex");
  await expectNoAxeViolations(invited);
  await invited.getByRole("button", { name: "Confirm and sign in" }).click();

  // Back on the invitation, signed in with the address it was sent to: one button joins.
  await expect(join).toBeVisible();
  expect(new URL(invited.url()).pathname).toBe(invitationPath);
  await expectNoAxeViolations(invited);
  await invited.getByRole("button", { name: `Join ${organisationName}` }).click();
  await expect(invited.getByRole("heading", { level: 1, name: "Partner inbox" })).toBeVisible();
  await expectNoAxeViolations(invited);
  const membership = await queryOne<{ role: string }>(
    `SELECT m.role FROM organisation_membership m JOIN "user" u ON u.id = m.user_id WHERE u.email = $1`,
    [email],
  );
  expect(membership.role).toBe("member");

  // The link worked once.
  await invited.goto(invitationUrl);
  await expect(invited.getByRole("heading", { level: 1, name: "This invitation has already been used" })).toBeVisible();
  await invitedContext.close();

  // The administrator adds a word the screening holds posts for (a word no other journey writes).
  await page.getByRole("banner").getByRole("link", { name: "Admin", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Settings", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  const words = page.getByLabel("Blocked words");
  await words.fill(`${await words.inputValue()}\nquibblewockle`.trim());
  await page.getByRole("button", { name: "Save blocked words" }).click();
  await expect(page.getByText("Blocked words saved.")).toBeVisible();

  // The audit log, filtered to the administrator, shows the invitation and the setting.
  await page.getByRole("banner").getByRole("link", { name: "Admin", exact: true }).click();
  await page.getByRole("main").getByRole("link", { name: "Audit log", exact: true }).click();
  await page.getByLabel("Person").selectOption({ label: "CSES Administrator (admin@example.com)" });
  await page.getByRole("button", { name: "Show entries" }).click();
  await expect(page).toHaveURL(/actor=[0-9a-f-]{36}/);
  const entries = page.getByRole("list", { name: "Audit log entries" }).getByRole("listitem");
  await expect(entries.filter({ hasText: "Changed a setting" }).filter({ hasText: "blocked_words" })).not.toHaveCount(
    0,
  );
  await expect(entries.filter({ hasText: "Invited someone to an organisation" })).not.toHaveCount(0);
  await expect(entries.filter({ hasNotText: "CSES Administrator" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The security events show the failed sign-in.
  await page.getByRole("banner").getByRole("link", { name: "Admin", exact: true }).click();
  await page.getByRole("main").getByRole("link", { name: "Security events", exact: true }).click();
  await page.getByLabel("What happened").selectOption({ label: "Failed sign-in" });
  await page.getByRole("button", { name: "Show events" }).click();
  await expect(page.getByRole("main").getByText("admin@example.com").first()).toBeVisible();
  await expectNoAxeViolations(page);
});
