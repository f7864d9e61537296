import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { queryOne } from "./db";

export const DEMO_PASSWORD = "essex-demo-password";

export function uniqueEmail(prefix = "e2e"): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

/**
 * Opens the development mail page for an address and follows the first link in the newest mail with that
 * subject. Mail is sent by the server's background worker, so the page is reloaded until the mail is there.
 */
export async function openLinkFromMail(page: Page, to: string, subject: string): Promise<void> {
  const mail = page
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: subject }) })
    .first();
  await expect(async () => {
    await page.goto(`/dev/mail?to=${encodeURIComponent(to)}`);
    await expect(mail).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await expectNoAxeViolations(page);
  await mail.getByRole("link").first().click();
}

export async function signInWithPassword(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  // Every journey starts in a fresh browser, so the suite signs the demo citizen in from "new browsers" more often
  // than the per-account allowance (10 in 15 minutes) lets a person: forget the sign-in counts first. The journeys
  // that test those limits sign in through the form themselves, not through this helper.
  await queryOne(`DELETE FROM rate_limit WHERE key LIKE 'sign-in:%'`);
  await page.goto("/sign-in");
  await expectNoAxeViolations(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectNoAxeViolations(page);
}

/** Signs in by emailed link, as the seeded residents (who have no password) do. */
export async function signInByLink(page: Page, email: string): Promise<void> {
  await page.goto("/sign-in/email-link");
  await expectNoAxeViolations(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await openLinkFromMail(page, email, "Your sign-in link for My Smarter Essex");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expectNoAxeViolations(page);
}
