import { expect, test, type Browser } from "@playwright/test";
import { signInByRequest, signInWithPassword, signOut } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";
import { newResident, publishedQuestion } from "./support/residents";

/** A word no seeded question uses, so a search for it finds only this journey's question. */
function uniqueWord(prefix: string): string {
  return `${prefix}${Date.now()
    .toString(36)
    .replace(/\d/g, (d) => "abcdefghij"[Number(d)]!)}`;
}

/** A new resident reports the question through the report form, in a browser of their own. */
async function reportAsNewResident(browser: Browser, name: string, questionId: string) {
  const reporter = await newResident(name, name.toLowerCase().replace(/\s+/g, "-"));
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInByRequest(page, reporter.email);
  await page.goto(`/questions/${questionId}`);
  await page.getByRole("link", { name: "Report this question" }).click();
  await page.getByLabel("It is offensive, abusive or hateful").check();
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Report received" })).toBeVisible();
  await context.close();
}

test("three residents report a question: it leaves the public list, and its author is told it is hidden while a moderator checks", async ({
  page,
  browser,
}) => {
  const word = uniqueWord("lampq");
  const author = await newResident("Lamplighter", "lamp-author");
  const title = `Why are the ${word} street lamps so dim at night?`;
  const questionId = await publishedQuestion(author.id, {
    title,
    body: "They went dim after the new bulbs were fitted on the estate.",
  });

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/questions?q=${word}`);
  await expect(visitor.getByRole("link", { name: title })).toBeVisible();

  for (const name of ["Reporter One", "Reporter Two", "Reporter Three"]) {
    await reportAsNewResident(browser, name, questionId);
  }
  expect(
    await queryOne<{ moderation: string; open_flag_count: number }>(
      `SELECT moderation, open_flag_count FROM question WHERE id = $1`,
      [questionId],
    ),
  ).toEqual({ moderation: "hidden", open_flag_count: 3 });

  await visitor.reload();
  await expect(visitor.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);

  // The author, on their account page and on the question's own page.
  await signInWithPassword(page, author.email);
  await expect(page.getByRole("main")).toContainText("hidden while a moderator checks reports");
  await page.getByRole("link", { name: title }).click();
  const banner = page.getByRole("region", { name: "Hidden while a moderator checks it" });
  await expect(banner).toContainText("Your question is hidden while a moderator checks reports about it.");
  await expect(banner.getByRole("link", { name: /Appeal this decision/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const questionUrl = page.url();
  await signOut(page);

  // A moderator finds the reports unfounded and restores it: it is back in the public list.
  await signInByRequest(page, "moderator@example.com");
  await page.goto(questionUrl);
  await page.getByRole("link", { name: "Review it in the moderation queue" }).click();
  await expect(page.getByRole("main")).toContainText("Offensive: 3 reports");
  await page.getByLabel("Restore: publish it again").check();
  await page.getByRole("button", { name: "Save decision" }).click();
  await expect(page.getByRole("status", { name: "Success" })).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByRole("link", { name: title })).toBeVisible();
  expect(
    await queryOne<{ moderation: string; open_flag_count: number; dismissed: string }>(
      `SELECT q.moderation, q.open_flag_count,
              (SELECT count(*) FROM flag f WHERE f.question_id = q.id AND f.state = 'dismissed')::text AS dismissed
       FROM question q WHERE q.id = $1`,
      [questionId],
    ),
  ).toEqual({ moderation: "approved", open_flag_count: 0, dismissed: "3" });
});

test("an author reads the rule and words of a rejection, appeals once, and sees it waiting for a different moderator", async ({
  page,
}) => {
  const author = await newResident("Appellant", "appellant");
  const title = `Can the ${uniqueWord("parkq")} car park have more cycle racks?`;
  const { id: questionId } = await queryOne<{ id: string }>(
    `INSERT INTO question (id, title, body, author_id, moderation, moderation_reason, moderation_rule,
                           moderated_by_id, moderated_at, status, updated_at)
     SELECT gen_random_uuid(), $1, 'The racks by the library are always full on a Saturday.', $2, 'rejected',
            'It names the person who runs the car park.', 'personal_information', u.id, now(), 'open', now()
     FROM "user" u WHERE u.email = 'admin@example.com' RETURNING id`,
    [title, author.id],
  );

  await signInByRequest(page, author.email);
  await page.goto("/account/questions");
  const listed = page.getByRole("listitem").filter({ hasText: title });
  await expect(listed).toContainText("The moderator’s words: It names the person who runs the car park.");
  await expect(listed.getByRole("link", { name: "Rule 2: Keep personal information private" })).toHaveAttribute(
    "href",
    "/house-rules#rule-2",
  );
  await expectNoAxeViolations(page);

  await listed.getByRole("link", { name: "Appeal this decision about your question" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Appeal the decision about your question" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(
    "The moderator’s words: It names the person who runs the car park.",
  );
  await expectNoAxeViolations(page);

  // Sending nothing: the error is next to the field and in the summary.
  await page.getByRole("button", { name: "Send appeal" }).click();
  await expect(errorSummary(page)).toContainText("Enter why a different moderator should look at this again");
  await expectNoAxeViolations(page);

  const why = "I did not name anyone: the car park is run by the council, and I only said so.";
  await page.getByLabel("Why should a different moderator look at this again?").fill(why);
  await page.getByRole("button", { name: "Send appeal" }).click();

  await expect(page.getByRole("status", { name: "Appeal sent" })).toBeFocused();
  await expect(page.getByRole("region", { name: "Not published" })).toContainText(
    "Your appeal is waiting for a different moderator.",
  );
  await expect(page.getByRole("link", { name: /Appeal this decision/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(
    await queryOne<{ body: string; original_rule: string; queued: boolean }>(
      `SELECT a.body, a.original_rule, q.queued_at IS NOT NULL AS queued
       FROM moderation_appeal a JOIN question q ON q.id = a.question_id WHERE a.question_id = $1`,
      [questionId],
    ),
  ).toEqual({ body: why, original_rule: "personal_information", queued: true });

  await page.goto("/house-rules#appeals");
  await expect(page.getByRole("heading", { level: 2, name: "Appealing a decision" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an author appeals a decision about their comment from under the comment itself", async ({ page }) => {
  const author = await newResident("Comment Appellant", "comment-appellant");
  const questionId = await publishedQuestion(author.id, {
    title: `Could the ${uniqueWord("benchq")} green have more benches?`,
    body: "There is nowhere to sit between the shops and the bus stop.",
  });
  const comment = "Ask Jo at number 12, she knows who to call about it.";
  await queryOne(
    `INSERT INTO comment (id, question_id, author_id, body, moderation, moderation_rule, moderated_by_id,
                          moderated_at, updated_at)
     SELECT gen_random_uuid(), $1, $2, $3, 'rejected', 'personal_information', u.id, now(), now()
     FROM "user" u WHERE u.email = 'admin@example.com' RETURNING id`,
    [questionId, author.id, comment],
  );

  await signInByRequest(page, author.email);
  await page.goto(`/questions/${questionId}`);
  await expect(page.getByText(comment)).toBeVisible();
  await page.getByRole("link", { name: "Appeal this decision about your comment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Appeal the decision about your comment" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByLabel("Why should a different moderator look at this again?")
    .fill("Jo runs the residents' association: it is her public role, not her home.");
  await page.getByRole("button", { name: "Send appeal" }).click();
  await expect(page.getByRole("status", { name: "Appeal sent" })).toBeFocused();
  await expect(page.getByText("Your appeal is waiting for a different moderator.")).toBeVisible();
  await expectNoAxeViolations(page);
});
