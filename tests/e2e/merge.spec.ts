import { expect, test } from "@playwright/test";
import { signInByRequest } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";

// A partner merges one of the seeded duplicate pairs (prisma/seed-merge-demo.ts), which no other spec uses: the
// kept question's page states its new support count, the same as the database's, and the duplicate's public page
// says where it went.
const DUPLICATE = "Why do broken lamp posts on the Colchester cycle paths stay dark for weeks?";
const KEPT = "Could broken lighting columns on Colchester cycle paths be fixed faster?";

test("a partner merges a seeded duplicate into the suggested question; the counts are right and both pages say so", async ({
  page,
}) => {
  test.slow();
  const { id: duplicateId } = await queryOne<{ id: string }>(`SELECT id FROM question WHERE title = $1`, [DUPLICATE]);
  const { id: keptId } = await queryOne<{ id: string }>(`SELECT id FROM question WHERE title = $1`, [KEPT]);
  await signInByRequest(page, "industry.engineer@example.com");

  await page.goto(`/partner/questions/${duplicateId}`);
  await expect(page.getByRole("heading", { level: 1, name: DUPLICATE })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Merge this question into another" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Merge this question into another" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Without a note it is refused, and the choice made stays made.
  await page.getByRole("radio", { name: KEPT }).check();
  await page.getByRole("button", { name: "Merge the questions" }).click();
  await expect(errorSummary(page)).toContainText("Write a public note");
  await expect(errorSummary(page)).toBeFocused();
  await expect(page.getByRole("radio", { name: KEPT })).toBeChecked();
  await expectNoAxeViolations(page);

  await page.getByLabel("Public note").fill("Both ask why the lights on the Colchester cycle paths stay broken.");
  await page.getByRole("button", { name: "Merge the questions" }).click();

  await expect(page).toHaveURL(new RegExp(`/partner/questions/${keptId}\\?merged=${duplicateId}$`));
  const { stored, recount } = await queryOne<{ stored: number; recount: number }>(
    `SELECT support_count AS stored, (SELECT count(*)::int FROM vote WHERE question_id = $1) AS recount
     FROM question WHERE id = $1`,
    [keptId],
  );
  expect(stored).toBe(recount);
  const banner = page.getByRole("status").filter({ hasText: "was merged into this question" });
  await expect(banner).toContainText(`It now has ${stored} supporters, each counted once.`);
  await expect(banner).toBeFocused();
  await expectNoAxeViolations(page);

  await page.goto(`/questions/${duplicateId}`);
  await expect(page.getByText("This question was merged into")).toBeVisible();
  await expect(page.getByRole("link", { name: KEPT }).first()).toHaveAttribute("href", `/questions/${keptId}`);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: KEPT }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: KEPT })).toBeVisible();
  await expect(page.getByRole("link", { name: DUPLICATE })).toBeVisible();
  await expect(page.getByText(`${stored} supporters`).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
