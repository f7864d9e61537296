import { expect, test } from "@playwright/test";
import { signInByRequest, signOut } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";
import { newResident, publishedQuestion } from "./support/residents";

const stamp = `${Date.now()}${Math.floor(Math.random() * 1e4)}`;
const FIRST = `Could the Witham library open on Sundays? ${stamp}`;
const SECOND = `Sunday opening for Witham's reading room ${stamp}`;
const TITLE = `Sunday opening at Witham library ${stamp}`;

/** A published, answered question of its own (no other spec touches it) held by Essex County Council. */
async function answeredQuestionHeldByEssex(authorId: string, title: string): Promise<string> {
  const id = await publishedQuestion(authorId, {
    title,
    body: "It is closed on Sundays, the one day most families could go.",
    status: "answered",
  });
  await queryOne(
    `INSERT INTO assignment (question_id, organisation_id, due_on, updated_at)
     SELECT $1, id, current_date + 28, now() FROM organisation WHERE slug = 'essex-county-council'`,
    [id],
  );
  return id;
}

// A partner turns two answered questions into one commitment, posts an update and marks it delivered with its
// evidence; a visitor finds it on /commitments with the filters and on each question's page. Axe on every page.
test("a partner makes a commitment from two answered questions, updates and delivers it; a visitor sees it", async ({
  page,
}) => {
  test.slow();
  const author = await newResident("Witham Reader");
  const first = await answeredQuestionHeldByEssex(author.id, FIRST);
  const second = await answeredQuestionHeldByEssex(author.id, SECOND);
  await signInByRequest(page, "ecc.officer@example.com");

  // From the first question's triage page.
  await page.goto(`/partner/questions/${first}`);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Make a commitment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Make a commitment" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: FIRST, exact: false })).toBeChecked();
  await expectNoAxeViolations(page);

  // Refused without a title or date: the error summary, and the second question stays ticked.
  await page.getByRole("checkbox", { name: SECOND, exact: false }).check();
  await page.getByRole("button", { name: "Make the commitment" }).click();
  await expect(errorSummary(page)).toContainText("Enter a title");
  await expect(errorSummary(page)).toContainText("The target date must include a day, month and year");
  await expect(page.getByRole("checkbox", { name: SECOND, exact: false })).toBeChecked();
  await expectNoAxeViolations(page);

  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("Description").fill("The library will open from 11am to 3pm every Sunday.");
  const date = page.getByRole("group", { name: "Target date" });
  // A promise already overdue is refused at the date, with the words typed kept.
  await date.getByLabel("Day").fill("1");
  await date.getByLabel("Month").fill("1");
  await date.getByLabel("Year").fill("2020");
  await page.getByRole("button", { name: "Make the commitment" }).click();
  await expect(errorSummary(page)).toContainText("The target date must be today or in the future");
  await expect(date).toContainText("The target date must be today or in the future");
  await expect(page.getByLabel("Title")).toHaveValue(TITLE);
  await expectNoAxeViolations(page);

  await date.getByLabel("Day").fill("31");
  await date.getByLabel("Month").fill("3");
  await date.getByLabel("Year").fill("2031");
  await page.getByRole("button", { name: "Make the commitment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("The commitment is made");
  await expectNoAxeViolations(page);
  const { status } = await queryOne<{ status: string }>(
    `SELECT string_agg(DISTINCT status::text, ',') AS status FROM question WHERE id IN ($1, $2)`,
    [first, second],
  );
  expect(status).toBe("planned");

  // An update, announced.
  await page.getByLabel("Update", { exact: true }).fill("Volunteers are signed up for the first month of Sundays.");
  await page.getByRole("button", { name: "Publish update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your update is published" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A blank progress is no figure, and moving it on needs a choice: each said in words at its field.
  await page.getByLabel("Progress, in per cent").fill("");
  await page.getByRole("button", { name: "Save progress" }).click();
  await expect(errorSummary(page)).toContainText("Enter the progress as a whole number from 0 to 100");
  await page.reload();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(errorSummary(page)).toContainText("Select what has happened");
  await expect(page.getByRole("group", { name: "What has happened?" })).toContainText("Select what has happened");
  await expectNoAxeViolations(page);

  // Delivered needs its evidence: refused without it, then accepted.
  await page.getByRole("radio", { name: "It is delivered: give the evidence below" }).check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(errorSummary(page)).toContainText("Describe what was delivered");
  await expectNoAxeViolations(page);
  await page.getByRole("radio", { name: "It is delivered: give the evidence below" }).check();
  await page.getByLabel("Evidence of delivery (if delivered)").fill("The library opened on Sunday 2 March.");
  await page.getByLabel("Links to the evidence (if delivered)").fill("https://libraries.essex.gov.uk/");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("This commitment is delivered, so it can no longer be changed.")).toBeVisible();
  await expectNoAxeViolations(page);

  // It is on the organisation's own list, with the seeded ones.
  await page.goto("/partner/commitments");
  await expect(page.getByRole("heading", { level: 1, name: "Your organisation's commitments" })).toBeVisible();
  await expect(page.getByRole("link", { name: TITLE })).toBeVisible();
  await expectNoAxeViolations(page);

  // A visitor finds it with the filters, reads it, and sees it on both questions.
  await signOut(page);
  await page.goto("/commitments");
  await expectNoAxeViolations(page);
  await page.getByLabel("Partner").selectOption({ label: "Essex County Council" });
  await page.getByLabel("State").selectOption({ label: "Delivered" });
  await page.getByRole("button", { name: "Show commitments" }).click();
  await expect(page).toHaveURL(/partner=essex-county-council/);
  await expect(page).toHaveURL(/state=delivered/);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText("Progress: 100%")).toBeVisible();
  await expect(page.getByText("Volunteers are signed up for the first month of Sundays.")).toBeVisible();
  const evidence = page.getByRole("link", { name: /libraries\.essex\.gov\.uk/ });
  await expect(evidence).toHaveAttribute("rel", /noopener/);
  await expectNoAxeViolations(page);

  for (const [id, title] of [
    [first, FIRST],
    [second, SECOND],
  ] as const) {
    await page.goto(`/questions/${id}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const section = page.getByRole("region", { name: "You said, we did" });
    await expect(section.getByRole("link", { name: TITLE })).toBeVisible();
    await expect(section).toContainText("Delivered");
    await expect(section).toContainText("Target date: 31 March 2031");
    await expectNoAxeViolations(page);
  }
});
