import { expect, test, type Locator, type Page } from "@playwright/test";
import { signInByRequest } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";

const CITIZEN = "citizen@example.com";

/** A published question someone else asked, which the demo citizen has not reported yet. */
async function questionToReport(): Promise<{ id: string; title: string }> {
  // Each journey reports the question it picks, so the next journey picks another.
  await queryOne(`DELETE FROM rate_limit WHERE key LIKE 'flag:%'`);
  return queryOne<{ id: string; title: string }>(
    `SELECT q.id, q.title FROM question q, "user" u
     WHERE u.email = $1 AND q.moderation = 'approved' AND q.author_id <> u.id
       AND NOT EXISTS (SELECT 1 FROM flag f WHERE f.question_id = q.id AND f.reporter_id = u.id)
     ORDER BY q.published_at DESC, q.id LIMIT 1`,
    [CITIZEN],
  );
}

async function reportsBy(email: string, questionId: string) {
  return queryOne<{ n: number; category: string | null; details: string | null }>(
    `SELECT count(*)::int AS n, min(f.category::text) AS category, min(f.details) AS details
     FROM flag f JOIN "user" u ON u.id = f.reporter_id WHERE u.email = $1 AND f.question_id = $2`,
    [email, questionId],
  );
}

/** Presses Tab until the target has focus (the keyboard's way of getting somewhere). */
async function tabTo(page: Page, target: Locator, maxTabs = 80) {
  for (let i = 0; i < maxTabs && !(await target.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press("Tab");
  await expect(target).toBeFocused();
}

test("a citizen reports a question by keyboard alone and is told the report was received", async ({ page }) => {
  const question = await questionToReport();
  await signInByRequest(page, CITIZEN);
  await page.goto(`/questions/${question.id}`);
  await expectNoAxeViolations(page);

  // Only Tab, Space and Enter from here on.
  await tabTo(page, page.getByRole("link", { name: "Report this question" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Report this question" })).toBeVisible();
  await expect(page.getByRole("main").getByText(question.title)).toBeVisible();
  await expectNoAxeViolations(page);

  // Tab into the radios (none chosen yet, so the first takes focus) and choose it with Space.
  const spam = page.getByLabel("It is spam or advertising");
  await tabTo(page, spam);
  await page.keyboard.press("Space");
  await expect(spam).toBeChecked();
  await tabTo(page, page.getByLabel("Tell us more"), 3);
  await tabTo(page, page.getByRole("button", { name: "Send report" }), 3);
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: "Report received" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "What happens next" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await reportsBy(CITIZEN, question.id)).toEqual({ n: 1, category: "spam", details: null });

  // Coming back to the form: it says the report stands, and when it was made, instead of asking again.
  await page.goto(`/questions/${question.id}/report`);
  await expect(page.getByRole("heading", { level: 2, name: "You have already reported this" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send report" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("a visitor is asked to sign in first; Something else without words is refused and the choice is kept", async ({
  page,
}) => {
  const question = await questionToReport();
  await page.goto(`/questions/${question.id}/report`);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  expect(new URL(page.url()).searchParams.get("returnTo")).toBe(`/questions/${question.id}/report`);
  await expectNoAxeViolations(page);

  await signInByRequest(page, CITIZEN);
  await page.goto(`/questions/${question.id}/report`);
  await expect(page.getByRole("heading", { level: 1, name: "Report this question" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Something else").check();
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(errorSummary(page)).toContainText("Tell us what is wrong, because you chose Something else");
  await expect(errorSummary(page)).toBeFocused();
  await expect(page.getByLabel("Something else")).toBeChecked();
  await expect(page.getByText("Error: Tell us what is wrong, because you chose Something else")).toBeVisible();
  await expectNoAxeViolations(page);
  expect((await reportsBy(CITIZEN, question.id)).n).toBe(0);

  await page.getByLabel("Tell us more").fill("It copies another question word for word to sell something.");
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Report received" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await reportsBy(CITIZEN, question.id)).toEqual({
    n: 1,
    category: "other",
    details: "It copies another question word for word to sell something.",
  });
});

test("a citizen reports a comment from its own report page, and cannot report their own question", async ({ page }) => {
  const question = await questionToReport();
  const body = `The car park by the station is a disgrace and so is whoever runs it ${Date.now()}.`;
  const { id: commentId } = await queryOne<{ id: string }>(
    `INSERT INTO comment (id, question_id, author_id, body, moderation, updated_at)
     SELECT gen_random_uuid(), $1, u.id, $2, 'approved', now() FROM "user" u WHERE u.email = 'resident1@example.com'
     RETURNING id`,
    [question.id, body],
  );
  await signInByRequest(page, CITIZEN);
  await page.goto(`/questions/${question.id}/report?comment=${commentId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Report a comment" })).toBeVisible();
  await expect(page.getByRole("main").getByText(body)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("It is offensive, abusive or hateful").check();
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Report received" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the comment" })).toHaveAttribute(
    "href",
    `/questions/${question.id}#comment-${commentId}`,
  );
  await expectNoAxeViolations(page);
  const stored = await queryOne<{ n: number }>(
    `SELECT count(*)::int AS n FROM flag f JOIN "user" u ON u.id = f.reporter_id
     WHERE u.email = $1 AND f.comment_id = $2 AND f.question_id IS NULL AND f.category = 'offensive'`,
    [CITIZEN, commentId],
  );
  expect(stored.n).toBe(1);

  // A comment that is not on this question is not found here.
  const other = await queryOne<{ id: string }>(
    `SELECT id FROM question WHERE moderation = 'approved' AND id <> $1 LIMIT 1`,
    [question.id],
  );
  await page.goto(`/questions/${other.id}/report?comment=${commentId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();

  const own = await queryOne<{ id: string }>(
    `SELECT q.id FROM question q JOIN "user" u ON u.id = q.author_id
     WHERE u.email = $1 AND q.moderation = 'approved' LIMIT 1`,
    [CITIZEN],
  );
  await page.goto(`/questions/${own.id}`);
  await expect(page.getByRole("link", { name: "Report this question" })).toHaveCount(0);
  await page.goto(`/questions/${own.id}/report`);
  await expect(page.getByText("You cannot report your own question.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send report" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
