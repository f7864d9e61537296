import { expect, test } from "@playwright/test";
import { signInWithPassword } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";

// The seeded administrator opens Admin from the header, sees the counts, adds an organisation (after one refused
// try that keeps what was typed), deactivates it, then adds a theme and retires it. Everything it makes has a
// name of its own, so no other journey's data is touched and none touches this one's.
test("an administrator manages organisations and themes from the admin home", async ({ page }) => {
  const tag = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  await signInWithPassword(page, "admin@example.com");

  await page.getByRole("banner").getByRole("link", { name: "Admin", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
  await expectNoAxeViolations(page);
  const figure = (label: string) => page.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]");
  const { n: activeOrganisations } = await queryOne<{ n: number }>(
    `SELECT count(*)::int AS n FROM organisation WHERE deactivated_at IS NULL`,
  );
  await expect(figure("Active organisations")).toHaveText(activeOrganisations.toLocaleString("en-GB"));
  for (const label of ["People with active accounts", "Invitations waiting", "Items waiting for moderation"])
    await expect(figure(label)).toHaveText(/^\d[\d,]*$/);

  await page.getByRole("link", { name: "Organisations", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Organisations" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Add an organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add an organisation" })).toBeVisible();
  await expectNoAxeViolations(page);

  const name = `Harwich Harbour Engineering ${tag}`;
  const description = "Marine engineers at Harwich who maintain the harbour's sensors.";
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Short name for web addresses (optional)").fill("Harbour Works!");
  await page.getByLabel("Industry").check();
  await page.getByLabel("Description").fill(description);
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(errorSummary(page)).toContainText("lower-case letters, numbers and hyphens");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
  await expect(page.getByLabel("Industry")).toBeChecked();
  await expect(page.getByLabel("Description")).toHaveValue(description);
  await expectNoAxeViolations(page);

  await page.getByLabel("Short name for web addresses (optional)").fill("");
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(`${name} has been added.`)).toBeVisible();
  await expectNoAxeViolations(page);
  const { slug } = await queryOne<{ slug: string }>(`SELECT slug FROM organisation WHERE name = $1`, [name]);
  expect(slug).toBe(`harwich-harbour-engineering-${tag}`);

  await page.getByRole("link", { name: /Deactivate this organisation/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Deactivate ${name}?` })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Yes, deactivate it" }).click();
  await expect(page.getByText(`${name} has been deactivated.`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Reactivate this organisation" })).toBeVisible();
  await expectNoAxeViolations(page);
  const deactivated = await queryOne<{ at: Date | null }>(
    `SELECT deactivated_at AS at FROM organisation WHERE name = $1`,
    [name],
  );
  expect(deactivated.at).not.toBeNull();

  await page.getByRole("banner").getByRole("link", { name: "Admin", exact: true }).click();
  await page.getByRole("link", { name: "Themes", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Themes" })).toBeVisible();
  await expectNoAxeViolations(page);
  const theme = `Coast and rivers ${tag}`;
  await page.getByLabel("Name", { exact: true }).fill(theme);
  await page.getByLabel("Description").fill("Sea walls, flooding and the rivers of Essex.");
  await page.getByRole("button", { name: "Add theme" }).click();
  await expect(page.getByRole("heading", { level: 1, name: theme })).toBeVisible();
  await expect(page.getByText(`${theme} has been added.`)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Retire this theme" }).click();
  await expect(page.getByRole("status", { name: "Success" })).toContainText("Theme retired.");
  await expect(page.getByRole("status", { name: "Success" })).toBeFocused();
  await expect(page.getByRole("button", { name: "Bring this theme back" })).toBeVisible();
  await expectNoAxeViolations(page);
  const retired = await queryOne<{ at: Date | null }>(`SELECT archived_at AS at FROM theme WHERE name = $1`, [theme]);
  expect(retired.at).not.toBeNull();
});
