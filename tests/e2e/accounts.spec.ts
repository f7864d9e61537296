import { expect, test } from "@playwright/test";
import {
  DEMO_PASSWORD,
  openLinkFromMail,
  signInByRequest,
  signInThroughTheForm,
  signInWithPassword,
  signOut,
  uniqueEmail,
} from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { countRows, queryOne } from "./support/db";
import { errorSummary } from "./support/forms";

const PASSWORD = "kingfisher estuary lantern";

test("a new person signs up by keyboard alone, confirms their email, signs out, and signs in by password and by link", async ({
  page,
}) => {
  const email = uniqueEmail("signup");

  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create an account" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Keyboard only: focus the email field by tabbing, type, tab on, type, submit with Enter.
  const emailField = page.getByLabel("Email address");
  for (let i = 0; i < 30 && !(await emailField.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press("Tab");
  await expect(emailField).toBeFocused();
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Create a password")).toBeFocused();
  await page.keyboard.type(PASSWORD);
  // The age question: Tab into the radios, arrow down to "18 to 24" (each arrow selects), then on to the button.
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("18 to 24")).toBeChecked();
  const createButton = page.getByRole("button", { name: "Create account" });
  for (let i = 0; i < 10 && !(await createButton.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press("Tab");
  await expect(createButton).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await expectNoAxeViolations(page);

  await openLinkFromMail(page, email, "Confirm your email address for My Smarter Essex");
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your email address" })).toBeVisible();
  // The page says which account the link is for (a forwarded link cannot sign anyone in unawares).
  await expect(page.getByRole("main").getByText(email, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expect(page.getByText("Your email address is confirmed.")).toBeVisible();
  await expect(page.getByText(`${email} (confirmed)`)).toBeVisible();
  await expectNoAxeViolations(page);

  await signOut(page);
  await expectNoAxeViolations(page);

  await signInThroughTheForm(page, email, PASSWORD);
  await signOut(page);

  await page.goto("/sign-in");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Email me a sign-in link" }).click();
  // A client-side navigation: axe waits until the new page, title included, is in place.
  await expect(page).toHaveTitle("Email me a sign-in link – My Smarter Essex");
  await expectNoAxeViolations(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await expectNoAxeViolations(page);
  await openLinkFromMail(page, email, "Your sign-in link for My Smarter Essex");
  await expect(page.getByRole("main").getByText(email, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  const link = page.url();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  // Signed up and confirmed in this same browser: the password chosen at sign-up was kept.
  await expect(page.getByText("You do not have a password.")).toHaveCount(0);

  // The link was single use.
  await page.goto(link);
  await expect(page.getByText("This link has expired or has already been used.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in" })).toHaveCount(0);
});

test("bad input on the sign-up form is explained next to each field, keeps the email and writes nothing", async ({
  page,
}) => {
  const usersBefore = await countRows("user");
  await page.goto("/sign-up");

  await page.getByRole("button", { name: "Create account" }).click();
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Enter your email address" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Enter a password" })).toBeVisible();
  await expect(summary.getByRole("link", { name: /Select your age group/ })).toBeVisible();
  await expectNoAxeViolations(page);

  const hostile = `"><img src=x onerror=alert(1)>@example.com`;
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.getByLabel("Email address").fill(hostile);
  await page.getByLabel("Create a password").fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Error: Enter an email address in the correct format")).toBeVisible();
  await expect(page.getByText("Error: This password is too common")).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveValue(hostile);
  await expect(page.getByLabel("Create a password")).toHaveValue("");
  expect(dialogs).toBe(0);

  // The summary links move focus to the field.
  await errorSummary(page)
    .getByRole("link", { name: /too common/ })
    .click();
  await expect(page.getByLabel("Create a password")).toBeFocused();
  await expectNoAxeViolations(page);

  expect(await countRows("user")).toBe(usersBefore);
});

test("a wrong password gets one message that does not say whether the email is registered", async ({ page }) => {
  for (const email of ["citizen@example.com", uniqueEmail("nobody")]) {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("not the right password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(
      errorSummary(page).getByRole("link", { name: "Enter a correct email address and password" }),
    ).toBeVisible();
    await expect(page.getByLabel("Email address")).toHaveValue(email);
    await expectNoAxeViolations(page);
  }
});

test("a person who forgot their password resets it by email and signs in with the new one", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "I have forgotten my password" }).click();
  await expectNoAxeViolations(page);
  // Typed before the page has hydrated, the address can be lost as React takes over the form (once in CI, under
  // four shards): the form then says "Enter your email address" and sends nothing, so type and send again.
  const sent = page.getByRole("heading", { level: 1, name: "Check your email" });
  await expect(async () => {
    if (await sent.isVisible()) return;
    await page.getByLabel("Email address").fill("resident7@example.com");
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(sent).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 20_000 });

  await openLinkFromMail(page, "resident7@example.com", "Reset your My Smarter Essex password");
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("New password").fill("short");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(errorSummary(page).getByRole("link", { name: /at least 10 characters/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("New password").fill(PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password has been changed.")).toBeVisible();
  await expectNoAxeViolations(page);

  await signInThroughTheForm(page, "resident7@example.com", PASSWORD);
  await expectNoAxeViolations(page);
});

test("signing out of all devices ends another browser's session on its next request", async ({ page, browser }) => {
  await signInWithPassword(page, "citizen@example.com", DEMO_PASSWORD);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInByRequest(otherPage, "citizen@example.com", DEMO_PASSWORD);

  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Sign out of all devices" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectNoAxeViolations(page);

  await otherPage.goto("/account");
  await expect(otherPage.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expectNoAxeViolations(otherPage);
  await other.close();
});

test("a copied session cookie no longer works once its browser signs out, while other sessions carry on", async ({
  page,
  browser,
}) => {
  await signInWithPassword(page, "citizen@example.com", DEMO_PASSWORD);
  // Another device of the same person, signed in on its own: it must survive this sign-out.
  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  await signInByRequest(phonePage, "citizen@example.com", DEMO_PASSWORD);
  // Someone copies the cookies out of the first browser.
  const thief = await browser.newContext();
  await thief.addCookies(await page.context().cookies());
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/account");
  await expect(thiefPage.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

  await signOut(page);

  await thiefPage.goto("/account");
  await expect(thiefPage.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expectNoAxeViolations(thiefPage);
  await phonePage.goto("/account");
  await expect(phonePage.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await thief.close();
  await phone.close();
});

test("deleting an account on a session signed in a while ago asks for the password first", async ({ page }) => {
  await signInByRequest(page, "citizen@example.com", DEMO_PASSWORD);
  // The proof of identity of this (the newest) session is an hour old.
  await queryOne(
    `UPDATE session SET authenticated_at = now() - interval '1 hour'
     WHERE id = (SELECT s.id FROM session s JOIN "user" u ON u.id = s.user_id
                 WHERE u.email = $1 ORDER BY s.created_at DESC LIMIT 1)`,
    ["citizen@example.com"],
  );
  await page.goto("/account/delete");
  await page.getByLabel("I understand that deleting my account cannot be undone").check();
  await page.getByRole("button", { name: "Delete my account" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Confirm it's you" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Password", { exact: true }).fill("not my password at all");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(errorSummary(page)).toContainText("That password is not right.");
  await expectNoAxeViolations(page);

  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Continue" }).click();
  // Back where the person was, with the account untouched; they can now make the change.
  await expect(page.getByRole("heading", { level: 1, name: "Delete your account" })).toBeVisible();
  expect(await queryOne(`SELECT status FROM "user" WHERE email = $1`, ["citizen@example.com"])).toEqual({
    status: "active",
  });
});
