import { expect, test, type Page } from "@playwright/test";
import { signInWithPassword } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";
import { newResident, publishedQuestion } from "./support/residents";

// Each journey makes its own moderator, author and held items, queued long ago so that they lead the queue
// (oldest first) whatever else waits there: the demo data's items and other journeys' are left alone.
let queuedSeconds = 0;
const longAgo = () => `2001-01-01T00:00:${String(queuedSeconds++ % 60).padStart(2, "0")}Z`;

async function newModerator(name: string): Promise<string> {
  const { id, email } = await newResident(name, "e2e-moderator");
  await queryOne(`UPDATE "user" SET platform_role = 'moderator' WHERE id = $1`, [id]);
  return email;
}

async function heldQuestion(authorId: string, title: string): Promise<string> {
  const { id } = await queryOne<{ id: string }>(
    `INSERT INTO question (id, title, body, author_id, moderation, screening_rules, queued_at, updated_at)
     VALUES (gen_random_uuid(), $1, 'Held for a moderator by the e2e journey.', $2, 'pending',
             ARRAY['first_posts'], $3::timestamptz AT TIME ZONE 'UTC', now())
     RETURNING id`,
    [title, authorId, longAgo()],
  );
  return id;
}

/** A held comment on a new published question titled "Harlow cycle lanes <tag>". */
async function heldComment(authorId: string, tag: string): Promise<string> {
  const onQuestion = await publishedQuestion(authorId, { title: `Harlow cycle lanes ${tag}`, body: "Where next?" });
  const { id } = await queryOne<{ id: string }>(
    `INSERT INTO comment (id, question_id, author_id, body, moderation, screening_rules, queued_at, updated_at)
     VALUES (gen_random_uuid(), $1, $2, $3, 'pending', ARRAY['first_posts'], $4::timestamptz AT TIME ZONE 'UTC', now())
     RETURNING id`,
    [onQuestion, authorId, `The Harlow lanes need lights ${tag}`, longAgo()],
  );
  return id;
}

async function moderationOf(id: string) {
  return queryOne<{ moderation: string; moderation_rule: string | null; queued_at: Date | null }>(
    `SELECT moderation, moderation_rule, queued_at FROM question WHERE id = $1`,
    [id],
  );
}

async function openQueueFromHeader(page: Page, moderatorEmail: string) {
  await signInWithPassword(page, moderatorEmail);
  await page.getByRole("link", { name: /^Moderation, [\d,]+ waiting$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Moderation queue" })).toBeVisible();
  await expectNoAxeViolations(page);
}

test("a moderator opens the queue from the header, filters it, approves one question and rejects two at once", async ({
  page,
}) => {
  const tag = Date.now().toString(36);
  const moderatorEmail = await newModerator("Mo Queue");
  const author = await newResident("Held Author", "e2e-held");
  const [approveId, rejectA, rejectB] = [
    await heldQuestion(author.id, `Could Maldon have more benches ${tag}?`),
    await heldQuestion(author.id, `Buy cheap watches here ${tag}`),
    await heldQuestion(author.id, `Best pizza deals in Witham ${tag}`),
  ];
  await heldComment(author.id, tag);

  await openQueueFromHeader(page, moderatorEmail);
  await page
    .getByRole("navigation", { name: "Show" })
    .getByRole("link", { name: /^Questions \(\d+\)$/ })
    .click();
  await expect(page).toHaveURL(/\/moderation\?kind=questions$/);
  await expect(page.getByText(`The Harlow lanes need lights ${tag}`)).toHaveCount(0);
  await expectNoAxeViolations(page);

  // One question on its review page: the screening rule that held it, then approve.
  await page.getByRole("link", { name: `Question: Could Maldon have more benches ${tag}?`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review a question" })).toBeVisible();
  await expect(page.getByText("The author is new")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Approve: publish it").check();
  await page.getByRole("button", { name: "Save decision" }).click();
  await expect(page.getByRole("status", { name: "Success" })).toContainText("Approved 1 item.");
  await expect(page).toHaveURL(/\/moderation\?kind=questions&decided=approve&done=1$/);
  await expectNoAxeViolations(page);

  // Two at once, citing a rule, back on the same filtered queue.
  await page.getByLabel(`Select Question: Buy cheap watches here ${tag}`).check();
  await page.getByLabel(`Select Question: Best pizza deals in Witham ${tag}`).check();
  await page.getByLabel("Rule 4: No advertising").check();
  await page.getByRole("button", { name: "Reject selected" }).click();
  await expect(page.getByRole("status", { name: "Success" })).toContainText("Rejected 2 items.");
  await expect(page).toHaveURL(/\/moderation\?kind=questions&decided=reject&done=2$/);
  await expect(page.getByRole("link", { name: /^Questions \(\d+\)$/ })).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(page);

  expect((await moderationOf(approveId)).moderation).toBe("approved");
  for (const id of [rejectA, rejectB]) {
    expect(await moderationOf(id)).toMatchObject({
      moderation: "rejected",
      moderation_rule: "no_advertising",
      queued_at: null,
    });
  }
});

test("a moderator turns down a requested public name citing a rule, may not decide their own, and approves a comment", async ({
  page,
}) => {
  const tag = Date.now().toString(36);
  const moderatorEmail = await newModerator("Mo Names");
  const person = await newResident("Resident Name", "e2e-name");
  await queryOne(
    `UPDATE "user" SET pending_display_name = $2, pending_name_rules = ARRAY['first_posts'],
            name_queued_at = $3::timestamptz AT TIME ZONE 'UTC' WHERE id = $1`,
    [person.id, `Essex Council ${tag}`, longAgo()],
  );
  await queryOne(
    `UPDATE "user" SET pending_display_name = $2, name_queued_at = $3::timestamptz AT TIME ZONE 'UTC'
     WHERE email = $1`,
    [moderatorEmail, `Mo the Great ${tag}`, longAgo()],
  );

  const commentId = await heldComment(person.id, tag);

  await openQueueFromHeader(page, moderatorEmail);
  await page
    .getByRole("navigation", { name: "Show" })
    .getByRole("link", { name: /^Public names \(\d+\)$/ })
    .click();
  await expect(page).toHaveURL(/\/moderation\?kind=names$/);

  await page.getByRole("link", { name: `Public name: Mo the Great ${tag}`, exact: true }).click();
  await expect(page.getByText("You cannot moderate your own post. Another moderator will check it.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save decision" })).toHaveCount(0);
  await page.getByRole("link", { name: "Back to the moderation queue" }).click();

  await page.getByRole("link", { name: `Public name: Essex Council ${tag}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review a public name" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Turn it down: they keep their current name").check();
  await page.getByRole("button", { name: "Save decision" }).click();
  await expect(errorSummary(page)).toContainText("Select the house rule it breaks");
  await expect(page.getByLabel("Turn it down: they keep their current name")).toBeChecked();
  await page.getByLabel("Rule 1: Be respectful").check();
  await page.getByLabel("Your words (optional)").fill("Names must not claim to speak for the council.");
  await page.getByRole("button", { name: "Save decision" }).click();
  await expect(page).toHaveURL(/\/moderation\?kind=names&decided=reject&done=1$/);
  await expect(page.getByRole("status", { name: "Success" })).toContainText("Rejected 1 item.");

  expect(
    await queryOne(`SELECT display_name, pending_display_name, name_rejection_rule FROM "user" WHERE id = $1`, [
      person.id,
    ]),
  ).toEqual({ display_name: "Resident Name", pending_display_name: null, name_rejection_rule: "respectful" });

  // A held comment, under the comments filter, on its own review page.
  await page
    .getByRole("navigation", { name: "Show" })
    .getByRole("link", { name: /^Comments \(\d+\)$/ })
    .click();
  await expect(page).toHaveURL(/\/moderation\?kind=comments$/);
  await page.getByRole("link", { name: `Comment on “Harlow cycle lanes ${tag}”`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review a comment" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Mark as a safeguarding concern" })).toHaveAttribute(
    "href",
    `/moderation/safeguarding/new?comment=${commentId}`,
  );
  await expectNoAxeViolations(page);
  await page.getByLabel("Approve: publish it").check();
  await page.getByRole("button", { name: "Save decision" }).click();
  await expect(page).toHaveURL(/\/moderation\?kind=comments&decided=approve&done=1$/);
});
