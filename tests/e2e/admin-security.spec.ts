// Issue 15, point 8: a failed sign-in is recorded, and an administrator finds it on the security events page,
// filtered to that person (found by email through a POST) and to failed sign-ins.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signInWithPassword } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { errorSummary } from "./support/forms";
import { newResident } from "./support/residents";

test("an administrator sees a person's failed sign-in among the security events", async ({ page }) => {
  const resident = await newResident("Wary Plover", "wary-plover");
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(resident.email);
  await page.getByLabel("Password", { exact: true }).fill("not the right password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(errorSummary(page)).toContainText("Enter a correct email address and password");
  await expectNoAxeViolations(page);

  await signInWithPassword(page, "admin@example.com", DEMO_PASSWORD);
  await page.getByRole("link", { name: "Security events" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Security events" })).toBeVisible();
  await expect(page.getByText(/Events are kept for \d+ days/)).toBeVisible();
  await expectNoAxeViolations(page);

  // The address goes by POST; the page comes back filtered by the person's id.
  await page.getByLabel("Show one person's events").fill(resident.email);
  await page.getByRole("button", { name: "Find person" }).click();
  await expect(page).toHaveURL(new RegExp(`user=${resident.id}`));
  expect(page.url()).not.toContain("@");
  await page.getByLabel("What happened").selectOption({ label: "Failed sign-in" });
  await page.getByRole("button", { name: "Show events" }).click();
  await expect(page).toHaveURL(/kind=sign_in_failed/);

  const events = page.getByRole("listitem").filter({ hasText: "Tried to sign in, but the password or link was wrong" });
  await expect(events).toHaveCount(1);
  await expect(events).toContainText(`Wary Plover (${resident.email})`);
  await expectNoAxeViolations(page);
});
