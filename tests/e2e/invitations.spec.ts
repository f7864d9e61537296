import { expect, test } from "@playwright/test";
import { openLinkFromMail, signInWithPassword, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";

const PASSWORD = "heron saltmarsh beacon";

test("an administrator invites someone to an organisation's team; they create an account from the emailed link and join", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("invited");
  await signInWithPassword(page, "admin@example.com");
  await page.goto("/partner");
  await expect(page.getByRole("heading", { level: 1, name: "Partner inbox" })).toBeVisible();
  await expectNoAxeViolations(page);
  const teamLink = page.getByRole("link", { name: /^Team of / });
  const organisationName = (await teamLink.textContent())!.replace(/^Team of /, "");
  await teamLink.click();
  await expect(page.getByRole("heading", { level: 1, name: "Your organisation's team" })).toBeVisible();
  await expect(page.getByRole("table", { name: `Members of ${organisationName}` })).toBeVisible();
  await expectNoAxeViolations(page);

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
});
