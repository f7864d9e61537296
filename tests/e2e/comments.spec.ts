import { expect, test, type Page } from "@playwright/test";
import { signInByRequest, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";

/** A published question someone else asked, with its id and title. */
async function someoneElsesQuestion(email: string, skip = 0): Promise<{ id: string; title: string }> {
  return queryOne<{ id: string; title: string }>(
    `SELECT q.id, q.title FROM question q
     WHERE q.moderation = 'approved' AND q.status <> 'merged'
       AND q.author_id <> (SELECT id FROM "user" WHERE email = $1)
     ORDER BY q.comment_count, q.id LIMIT 1 OFFSET $2`,
    [email, skip],
  );
}

/** Every journey starts afresh: forget how many comments the demo accounts wrote in earlier runs. */
async function forgetCommentCounts(): Promise<void> {
  await queryOne(`DELETE FROM rate_limit WHERE key LIKE 'comment:%'`);
}

function commentBy(page: Page, text: string) {
  return page.getByRole("article").filter({ hasText: text });
}

test("a citizen comments and replies by keyboard, changes their comment, then deletes it and the reply stays", async ({
  page,
}) => {
  test.slow();
  await forgetCommentCounts();
  const question = await someoneElsesQuestion("citizen@example.com");
  const stamp = Date.now() % 100000;
  const comment = `The crossing near the school ${stamp} needs this most.`;
  const reply = `Also at weekends, when the market is on (${stamp}).`;

  await signInByRequest(page, "citizen@example.com");
  await page.goto(`/questions/${question.id}`);
  await expect(page.getByRole("heading", { level: 1, name: question.title })).toBeVisible();
  await expectNoAxeViolations(page);

  // An empty comment is refused with the error summary, and focus moves to it.
  const field = page.getByLabel("Add a comment");
  await expect(field).toHaveAccessibleDescription(/You can enter up to 2,000 characters/);
  await page.getByRole("button", { name: "Post your comment" }).click();
  await expect(errorSummary(page)).toContainText("Enter your comment");
  await expect(errorSummary(page)).toBeFocused();
  await expectNoAxeViolations(page);

  // Written and sent by keyboard alone.
  await errorSummary(page).getByRole("link", { name: "Enter your comment" }).press("Enter");
  await expect(field).toBeFocused();
  await page.keyboard.type(comment);
  await expect(
    page.getByText(`You have ${(2000 - comment.length).toLocaleString("en-GB")} characters remaining`),
  ).toHaveCount(2);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Post your comment" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByText("Your comment has been published.")).toBeVisible();
  const posted = commentBy(page, comment);
  await expect(posted).toBeVisible();
  await expect(posted).toHaveAttribute("id", /^comment-[0-9a-f-]{36}$/);
  // The page opens at the new comment: its anchor is in the address.
  expect(new URL(page.url()).hash).toBe(`#${await posted.getAttribute("id")}`);
  await expect(posted.getByRole("link", { name: /^Report/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Replying: its own page, one thing on it.
  await posted.getByRole("link", { name: /^Reply/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Reply to a comment" })).toBeVisible();
  await expect(page.getByText(comment)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Your reply").focus();
  await page.keyboard.type(reply);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");

  // The reply is shown on the comment's own page, under the comment.
  await expect(page.getByText("Your comment has been published.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`A comment on`) })).toBeVisible();
  await expect(page.getByRole("region", { name: "Replies" }).getByText(reply)).toBeVisible();
  await expectNoAxeViolations(page);

  // Changing it, within the 15 minutes.
  await commentBy(page, comment)
    .getByRole("link", { name: /^Change/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Change your comment" })).toBeVisible();
  await expect(page.getByLabel("Your comment")).toHaveValue(comment);
  await expectNoAxeViolations(page);
  await page.getByLabel("Your comment").fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(errorSummary(page)).toContainText("Enter your comment");
  await expectNoAxeViolations(page);
  const changed = `${comment} And by the library.`;
  await page.getByLabel("Your comment").fill(changed);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your changes have been saved.")).toBeVisible();
  await expect(commentBy(page, changed).first()).toContainText("(edited)");
  await expectNoAxeViolations(page);

  // Deleting it: asked first, then the words go and the reply stays.
  await commentBy(page, changed)
    .first()
    .getByRole("link", { name: /^Delete/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Delete your comment?" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Delete comment" }).click();
  await expect(page.getByText("Your comment has been removed.")).toBeVisible();
  await expect(page.getByText(changed)).toHaveCount(0);
  await expect(page.getByRole("article", { name: "Comment removed" }).first()).toBeVisible();
  await expect(page.getByText(reply)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a student's comment waits for a moderator, seen only by them; a visitor is asked to sign in, an unconfirmed account to confirm", async ({
  page,
  browser,
}) => {
  await forgetCommentCounts();
  const question = await someoneElsesQuestion("student@example.com", 1);
  const words = `Could there be a cycle club at school ${Date.now() % 100000}?`;

  await signInByRequest(page, "student@example.com");
  await page.goto(`/questions/${question.id}`);
  await expectNoAxeViolations(page);
  await page.getByLabel("Add a comment").fill(words);
  await page.getByRole("button", { name: "Post your comment" }).click();
  await expect(page.getByRole("region", { name: "Waiting for a moderator" })).toContainText(
    "A moderator will check your comment before it is published. Until then only you can see it.",
  );
  await expect(commentBy(page, words)).toContainText("Waiting for a moderator");
  await expectNoAxeViolations(page);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/questions/${question.id}`);
  await expect(visitor.getByRole("heading", { level: 1, name: question.title })).toBeVisible();
  await expect(visitor.getByText(words)).toHaveCount(0);
  const signIn = visitor.getByRole("link", { name: "Sign in to comment" });
  await expect(signIn).toHaveAttribute("href", `/sign-in?returnTo=${encodeURIComponent(`/questions/${question.id}`)}`);
  await expect(visitor.getByLabel("Add a comment")).toHaveCount(0);
  await expectNoAxeViolations(visitor);
  await visitor.context().close();

  // Someone who has not confirmed their email address is told to do that first, and gets no form.
  const email = uniqueEmail("unconfirmed");
  await queryOne(
    `INSERT INTO "user" (id, email, display_name, password_hash, age_band, updated_at)
     SELECT gen_random_uuid(), $1, 'Unconfirmed Heron', password_hash, 'age_25_44', now()
     FROM "user" WHERE email = 'citizen@example.com'`,
    [email],
  );
  const unconfirmed = await (await browser.newContext()).newPage();
  await signInByRequest(unconfirmed, email);
  await unconfirmed.goto(`/questions/${question.id}`);
  await expect(unconfirmed.getByRole("link", { name: "Confirm your email address to comment" })).toBeVisible();
  await expect(unconfirmed.getByLabel("Add a comment")).toHaveCount(0);
  await expectNoAxeViolations(unconfirmed);
  await unconfirmed.context().close();
});
