import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signInByRequest, signOut } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";

// The journey, through the pages alone: the under-16 demo student asks a question with a phone number in
// it; it is held, and says why; a moderator sees why and turns it down citing a house rule; the student reads the
// reason and appeals, which puts it back in the queue for a different moderator.
test("a student's question with a phone number is held; a moderator rejects it citing a rule; the student reads why and appeals", async ({
  page,
}) => {
  const title = `Could our school bus to Braintree run later on club days ${Date.now().toString(36)}?`;
  await signInByRequest(page, "student@example.com", DEMO_PASSWORD);
  await page.goto("/questions/ask");
  await page.getByLabel("Your question or idea").fill(title);
  await page
    .getByLabel("Details")
    .fill("The last bus leaves before robotics club ends. Text me on 07700 900123 if you want to know more.");
  await page.getByLabel("Transport and mobility").check();
  await page.getByRole("button", { name: "Send your question" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // Held, and the page says why in the student's terms.
  await expect(page.getByRole("main")).toContainText("posts by people under 18");
  await expect(page.getByRole("main")).toContainText("personal information");
  await expectNoAxeViolations(page);
  const questionUrl = page.url();
  const { id: questionId } = await queryOne<{ id: string }>(`SELECT id FROM question WHERE title = $1`, [title]);
  expect(
    await queryOne<{ moderation: string; screening_rules: string[] }>(
      `SELECT moderation::text, screening_rules FROM question WHERE id = $1`,
      [questionId],
    ),
  ).toEqual({ moderation: "pending", screening_rules: ["child_protections", "personal_information"] });
  await signOut(page);

  // The moderator sees why it waits and turns it down, citing the rule about personal information.
  await signInByRequest(page, "moderator@example.com", DEMO_PASSWORD);
  await page.goto(questionUrl);
  await page.getByRole("link", { name: "Review it in the moderation queue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review a question" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("The author is under 18");
  await expect(page.getByRole("main")).toContainText("The text looks like it holds personal information");
  await expectNoAxeViolations(page);
  await page.getByLabel(/^Reject/).check();
  await page.getByLabel("Rule 2: Keep personal information private").check();
  await page
    .getByLabel("Your words (optional)")
    .fill("Please ask again without your phone number: people you do not know read this.");
  await page.getByRole("button", { name: "Save decision" }).click();
  await expect(page.getByRole("status", { name: "Success" })).toBeVisible();
  await expectNoAxeViolations(page);
  await signOut(page);

  // The student reads the rule and the words, and appeals once.
  await signInByRequest(page, "student@example.com", DEMO_PASSWORD);
  await page.goto(questionUrl);
  const decision = page.getByRole("region", { name: "Not published" });
  await expect(decision.getByRole("link", { name: "Rule 2: Keep personal information private" })).toBeVisible();
  await expect(decision).toContainText("Please ask again without your phone number");
  await expectNoAxeViolations(page);
  await decision.getByRole("link", { name: /Appeal this decision/ }).click();
  await page
    .getByLabel("Why should a different moderator look at this again?")
    .fill("That is the school office's number, not mine. I can take it out.");
  await page.getByRole("button", { name: "Send appeal" }).click();
  await expect(page.getByRole("status", { name: "Appeal sent" })).toBeFocused();
  await expect(decision).toContainText("Your appeal is waiting for a different moderator.");
  await expectNoAxeViolations(page);
  expect(
    await queryOne<{ waiting: boolean; original: string }>(
      `SELECT q.queued_at IS NOT NULL AS waiting, u.email AS original
       FROM moderation_appeal a JOIN question q ON q.id = a.question_id
       JOIN "user" u ON u.id = a.original_moderator_id WHERE a.question_id = $1`,
      [questionId],
    ),
  ).toEqual({ waiting: true, original: "moderator@example.com" });
});
