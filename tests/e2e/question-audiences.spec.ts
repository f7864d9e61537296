import { expect, test, type Page } from "@playwright/test";
import { signInByRequest, signOut } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";

async function sections(page: Page) {
  return {
    // Partners work on the question on its triage page: the public page only links there.
    workspace: page.getByRole("link", { name: "Open in the partner inbox" }),
    moderation: page.getByRole("region", { name: "Moderation" }),
  };
}

test("the question page links partners to the question's triage page and shows the moderation section to moderators only", async ({
  page,
}) => {
  const { id, title } = await queryOne<{ id: string; title: string }>(
    `SELECT q.id, q.title FROM question q JOIN assignment a ON a.question_id = q.id JOIN organisation o ON o.id = a.organisation_id
     WHERE o.slug = 'essex-county-council' AND q.moderation = 'approved' ORDER BY q.created_at, q.id LIMIT 1`,
  );

  // A visitor sees neither.
  await page.goto(`/questions/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  let { workspace, moderation } = await sections(page);
  await expect(workspace).toHaveCount(0);
  await expect(moderation).toHaveCount(0);

  // A member of the leading organisation gets the link to the triage page, where its internal notes are; no
  // internal notes on the public page, and not the moderation section.
  await signInByRequest(page, "ecc.officer@example.com");
  await page.goto(`/questions/${id}`);
  ({ workspace, moderation } = await sections(page));
  await expect(workspace).toHaveAttribute("href", `/partner/questions/${id}`);
  await expect(page.getByRole("heading", { name: "Internal notes" })).toHaveCount(0);
  await expect(moderation).toHaveCount(0);
  await expectNoAxeViolations(page);
  await workspace.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Internal notes" })).toBeVisible();
  await expectNoAxeViolations(page);
  await signOut(page);

  // A partner of another organisation gets the link too (the triage page says what they may do there), and no
  // moderation section.
  await signInByRequest(page, "aru.researcher@example.com");
  await page.goto(`/questions/${id}`);
  ({ workspace, moderation } = await sections(page));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(workspace).toBeVisible();
  await expect(moderation).toHaveCount(0);
  await signOut(page);

  // A moderator sees the moderation section, not the workspace.
  await signInByRequest(page, "moderator@example.com");
  await page.goto(`/questions/${id}`);
  ({ workspace, moderation } = await sections(page));
  await expect(moderation).toBeVisible();
  await expect(moderation.getByText("Published", { exact: true })).toBeVisible();
  await expect(workspace).toHaveCount(0);
  await expectNoAxeViolations(page);
  await signOut(page);
});
