import { expect, test, type Page } from "@playwright/test";
import { signInByRequest, signOut } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { newResident, publishedQuestion } from "./support/residents";

const stamp = `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
// Markers no page could show by chance: whatever shows one shows the note or the tag.
const NOTE_MARKER = `zqnote${stamp}`;
const TAG_MARKER = `zqtag${stamp}`;
const STATUS_NOTE = "Tiptree library hours are set by the district, so we have passed your question to them.";

/**
 * A published, answered question of its own (no other spec touches it) that Essex County Council holds, with one
 * theme; its author follows it.
 */
async function answeredQuestionHeldByEssex(authorId: string, title: string) {
  const id = await publishedQuestion(authorId, {
    title,
    body: "It is closed on Sundays, the one day most families could go.",
    status: "answered",
  });
  await queryOne(
    `INSERT INTO question_theme (question_id, theme_id)
     SELECT $1, id FROM theme WHERE archived_at IS NULL ORDER BY position, id LIMIT 1`,
    [id],
  );
  await queryOne(
    `INSERT INTO assignment (question_id, organisation_id, due_on, updated_at)
     SELECT $1, id, current_date + 28, now() FROM organisation WHERE slug = 'essex-county-council'`,
    [id],
  );
  return id;
}

/** Opens a page, checks it with axe, and checks that neither marker is anywhere in its HTML. */
async function visitWithoutMarkers(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expectNoAxeViolations(page);
  const html = await page.content();
  expect(html, path).not.toContain(NOTE_MARKER);
  expect(html, path).not.toContain(TAG_MARKER);
}

/** Fetches a JSON (or any) address with the page's cookies and checks the answer for the markers. */
async function fetchWithoutMarkers(page: Page, path: string): Promise<string> {
  const response = await page.request.get(path);
  const body = await response.text();
  expect(body, path).not.toContain(NOTE_MARKER);
  expect(body, path).not.toContain(TAG_MARKER);
  return body;
}

test("a partner tags a question, changes its status with a note and adds an internal note; the author hears of it and nobody else sees the note or the tag", async ({
  page,
}) => {
  test.slow();
  const title = `Could Tiptree library open on Sundays ${stamp.slice(-6)}?`;
  const author = await newResident("Ashley");
  const reader = await newResident("Robin");
  const questionId = await answeredQuestionHeldByEssex(author.id, title);
  const added = await queryOne<{ name: string; slug: string }>(
    `SELECT name, slug FROM theme WHERE archived_at IS NULL ORDER BY position, id OFFSET 1 LIMIT 1`,
  );

  // The partner opens the question's triage page.
  await signInByRequest(page, "ecc.lead@example.com");
  await page.goto(`/partner/questions/${questionId}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectNoAxeViolations(page);

  // Tags: a second theme and a new tag of the council's own.
  const tags = page.getByRole("region", { name: "Tags" });
  // By keyboard: Space ticks the box, Enter in the text box submits the form.
  await tags.getByRole("checkbox", { name: added.name, exact: true }).focus();
  await page.keyboard.press("Space");
  await tags.getByLabel("Add a new tag (optional)").fill(TAG_MARKER);
  await page.keyboard.press("Enter");
  const tagsSaved = tags.getByRole("status").filter({ hasText: "The tags have been saved." });
  await expect(tagsSaved).toBeFocused();
  await expect(tags.getByRole("checkbox", { name: TAG_MARKER, exact: true })).toBeChecked();
  await expect(tags.getByRole("checkbox", { name: added.name, exact: true })).toBeChecked();
  await expectNoAxeViolations(page);

  // Status: only the legal next statuses are offered; declining without a note is refused at the note.
  const status = page.getByRole("region", { name: "Status" });
  const offered = status.getByRole("radio");
  await expect(offered).toHaveCount(4);
  for (const name of ["Under review", "Answered", "Merged", "Open (reopen the question)"])
    await expect(status.getByRole("radio", { name, exact: true })).toHaveCount(0);
  await expect(status.getByText("A note is required for “Delivered” or “Declined”.")).toBeVisible();
  await status.getByRole("radio", { name: "Declined", exact: true }).check();
  await status.getByRole("button", { name: "Change status" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(
    summary.getByRole("link", { name: "Write a public note saying why the question is now declined." }),
  ).toBeVisible();
  const note = status.getByLabel("Public note");
  await expect(note).toHaveAttribute("aria-invalid", "true");
  await expect(status.getByRole("radio", { name: "Declined", exact: true })).toBeChecked();
  await expectNoAxeViolations(page);
  await note.fill(STATUS_NOTE);
  await status.getByRole("button", { name: "Change status" }).click();
  await expect(status.getByRole("status").filter({ hasText: "The status is now Declined." })).toBeFocused();
  await expect(status.getByText("Only a CSES administrator can reopen this question.")).toBeVisible();
  await expectNoAxeViolations(page);

  // An internal note, added by keyboard alone, listed with who wrote it and for which organisation.
  const notes = page.getByRole("region", { name: "Internal notes" });
  await notes.getByLabel("Add an internal note").focus();
  await page.keyboard.type(`Check the library budget first. ${NOTE_MARKER}`);
  await page.keyboard.press("Tab");
  await expect(notes.getByRole("button", { name: "Add note" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(notes.getByRole("status").filter({ hasText: "Your note has been added." })).toBeFocused();
  await expect(notes.getByRole("listitem").filter({ hasText: NOTE_MARKER })).toContainText("Essex County Council");
  await expect(notes.getByLabel("Add an internal note")).toHaveValue("");
  await expectNoAxeViolations(page);

  // The public page shows partners a link to the triage page, and neither the note nor the tag.
  await visitWithoutMarkers(page, `/questions/${questionId}`);
  await expect(page.getByRole("link", { name: "Open in the partner inbox" })).toHaveAttribute(
    "href",
    `/partner/questions/${questionId}`,
  );
  await signOut(page);

  // The public pages and JSON, as a visitor: the new theme and the public note are there, the rest is not.
  await visitWithoutMarkers(page, `/questions/${questionId}`);
  await expect(page.getByRole("list", { name: "Themes and place" })).toContainText(added.name);
  await expect(page.getByText("Essex County Council explained why they will not act on this")).toBeVisible();
  await expect(page.getByText(STATUS_NOTE)).toBeVisible();
  await visitWithoutMarkers(page, "/");
  await visitWithoutMarkers(page, "/questions");
  await visitWithoutMarkers(page, `/questions?theme=${added.slug}`);
  await visitWithoutMarkers(page, `/questions?q=${encodeURIComponent("Tiptree library Sundays")}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  // (Searching for a marker itself would only echo it back in the search box: tests/integration/
  // internal-notes-leak.test.ts asserts that such a search finds nothing.)
  expect(await fetchWithoutMarkers(page, `/api/questions/similar?title=${encodeURIComponent(title)}`)).toContain(title);
  await fetchWithoutMarkers(page, `/partner/questions/${questionId}`);

  // The author sees the timeline entry and the notification, and nothing private, anywhere of theirs.
  await signInByRequest(page, author.email);
  await visitWithoutMarkers(page, "/notifications");
  await expect(page.getByText(`Your question “${title}” is now: Declined. Their note: ${STATUS_NOTE}`)).toBeVisible();
  await visitWithoutMarkers(page, `/questions/${questionId}`);
  await expect(page.getByText("Essex County Council explained why they will not act on this")).toBeVisible();
  for (const path of ["/account", "/account/questions", "/account/following", "/account/data/readable"])
    await visitWithoutMarkers(page, path);
  expect(await fetchWithoutMarkers(page, "/account/data")).toContain(title);
  await signOut(page);

  // Another resident who follows the question: told of the change, shown nothing private.
  await queryOne(`INSERT INTO follow (user_id, question_id) VALUES ($1, $2)`, [reader.id, questionId]);
  await signInByRequest(page, reader.email);
  for (const path of [
    `/questions/${questionId}`,
    "/notifications",
    "/account",
    "/account/following",
    "/account/data/readable",
  ])
    await visitWithoutMarkers(page, path);
  await fetchWithoutMarkers(page, "/account/data");
  await visitWithoutMarkers(page, `/partner/questions/${questionId}`);
  await expect(page.getByRole("heading", { level: 1, name: "You are not allowed to see this page" })).toBeVisible();
  await signOut(page);
});
