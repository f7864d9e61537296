// Partners handing questions over, by keyboard and screen reader as much as by mouse: a claim (and a second
// partner told who was quicker), a release with its reason, and a transfer to a third organisation whose lead
// sees the note and takes it on. The transfer is by a university researcher, not the council officer who claims
// and answers in partner-triage.spec.ts, so three organisations take part. Each journey makes its own question,
// so no other spec's data is touched.
import { expect, test, type Page } from "@playwright/test";
import { signInByRequest } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";

const ESTUARY = "Estuary Engineering Partners (fictional demo company)";

/** A published, open question by the demo citizen, waiting in the pool. */
async function poolQuestion(title: string): Promise<string> {
  const { id } = await queryOne<{ id: string }>(
    `INSERT INTO question (id, title, body, author_id, moderation, status, published_at, updated_at)
     SELECT gen_random_uuid(), $1, 'Asked for the partner assignment journey.', id, 'approved', 'open', now(), now()
     FROM "user" WHERE email = 'citizen@example.com' RETURNING id`,
    [title],
  );
  await queryOne(
    `INSERT INTO status_change (id, question_id, actor_id, to_status)
     SELECT gen_random_uuid(), $1, id, 'open' FROM "user" WHERE email = 'citizen@example.com'`,
    [id],
  );
  return id;
}

/** A question Anglia Ruskin University holds, claimed by its researcher, under review. */
async function universityQuestion(title: string): Promise<string> {
  const id = await poolQuestion(title);
  await queryOne(`UPDATE question SET status = 'under_review' WHERE id = $1`, [id]);
  await queryOne(
    `INSERT INTO assignment (question_id, organisation_id, due_on, claimed_by_id, claimed_at, updated_at)
     SELECT $1, o.id, current_date + 14, u.id, now(), now()
     FROM organisation o, "user" u WHERE o.slug = 'anglia-ruskin-university' AND u.email = 'aru.researcher@example.com'`,
    [id],
  );
  return id;
}

function assignmentSection(page: Page) {
  return page.getByRole("region", { name: "Who holds it" });
}

/** The success banner after a hand-over: it says what happened, and has the focus. */
async function expectSuccess(page: Page, text: string) {
  const banner = page.getByRole("status").filter({ hasText: text });
  await expect(banner).toBeVisible();
  await expect(banner).toBeFocused();
}

test("a partner claims a question from the pool; a second partner is told who was quicker; the claim is released with a reason", async ({
  page,
  browser,
}) => {
  test.slow();
  const title = `Could Chelmsford's car parks show free spaces online ${Date.now() % 100000}?`;
  const questionId = await poolQuestion(title);

  // A council officer opens the question first, then is beaten to it.
  const councilContext = await browser.newContext();
  const council = await councilContext.newPage();
  await signInByRequest(council, "ecc.officer@example.com");
  await council.goto(`/partner/questions/${questionId}`);
  await expect(council.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await signInByRequest(page, "aru.researcher@example.com");
  await page.goto(`/partner/questions/${questionId}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(assignmentSection(page)).toContainText("waiting in the pool");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Claim for Anglia Ruskin University" }).press("Enter");

  await expectSuccess(page, "You have claimed this question.");
  const section = assignmentSection(page);
  await expect(section.getByText("Anglia Ruskin University", { exact: true })).toBeVisible();
  await expect(section.getByText("Dr Amara Okafor", { exact: true })).toBeVisible();
  await expect(section).toContainText(/\(due in \d+ working days?\)/);
  await expect(section.getByRole("list", { name: "Hand-overs, newest first" })).toContainText(
    "Claimed for Anglia Ruskin University by Dr Amara Okafor",
  );
  await expect(page.getByText("Under review").first()).toBeVisible();
  await expectNoAxeViolations(page);
  const row = await queryOne<{ status: string; told: string }>(
    `SELECT q.status, (SELECT count(*) FROM notification n WHERE n.question_id = q.id AND n.user_id = q.author_id) AS told
     FROM question q WHERE q.id = $1`,
    [questionId],
  );
  expect(row).toEqual({ status: "under_review", told: "1" });

  await council.getByRole("button", { name: "Claim for Essex County Council" }).click();
  const summary = errorSummary(council);
  await expect(summary).toContainText(/Anglia Ruskin University \(Dr Amara Okafor\) claimed this question on /);
  await expect(summary).toBeFocused();
  await expectNoAxeViolations(council);
  await councilContext.close();

  // Releasing needs a reason; what was typed is never lost.
  await section.getByRole("link", { name: "Release it back to the pool" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Release it back to the pool" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Release to the pool" }).click();
  await expect(errorSummary(page)).toContainText("Say why you are releasing this question.");
  await expect(page.getByLabel("Why are you releasing it?")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await page.getByLabel("Why are you releasing it?").fill("Parking belongs to the city council, not the university.");
  await page.getByRole("button", { name: "Release to the pool" }).click();

  await expectSuccess(page, "You have released this question.");
  await expect(assignmentSection(page)).toContainText("waiting in the pool");
  await expect(assignmentSection(page).getByRole("list", { name: "Hand-overs, newest first" })).toContainText(
    "Reason: Parking belongs to the city council, not the university.",
  );
  await expectNoAxeViolations(page);
});

test("an Anglia Ruskin University partner transfers a question to Estuary Engineering with a note; its lead sees the note and takes it on", async ({
  page,
  browser,
}) => {
  test.slow();
  const title = `Could the A12 roadworks signs give live delay times ${Date.now() % 100000}?`;
  const questionId = await universityQuestion(title);

  await signInByRequest(page, "aru.researcher@example.com");
  await page.goto(`/partner/questions/${questionId}`);
  await expect(assignmentSection(page).getByText("Dr Amara Okafor", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await assignmentSection(page).getByRole("link", { name: "Transfer it to another organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Transfer it to another organisation" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Without an organisation: refused, the note kept.
  const note = "The signs are run by the contractor's engineers: Estuary Engineering can answer this.";
  await page.getByLabel("Note for the other organisation").fill(note);
  await page.getByRole("button", { name: "Transfer the question" }).click();
  await expect(errorSummary(page)).toContainText("Choose the organisation to transfer it to.");
  await expect(page.getByLabel("Note for the other organisation")).toHaveValue(note);
  await expectNoAxeViolations(page);
  await page.getByLabel("Organisation to transfer it to").selectOption({ label: ESTUARY });
  await page.getByRole("button", { name: "Transfer the question" }).click();

  await expectSuccess(page, "You have transferred this question.");
  await expect(assignmentSection(page).getByText(ESTUARY, { exact: true })).toBeVisible();
  await expect(assignmentSection(page)).toContainText("Nobody in the organisation has claimed it yet");
  // The university no longer holds it: nothing left for it to do.
  await expect(assignmentSection(page).getByRole("link", { name: "Release it back to the pool" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const engineerContext = await browser.newContext();
  const engineer = await engineerContext.newPage();
  await signInByRequest(engineer, "industry.engineer@example.com");
  await engineer.goto(`/partner/questions/${questionId}`);
  const section = assignmentSection(engineer);
  await expect(section.getByText(ESTUARY, { exact: true })).toBeVisible();
  const history = section.getByRole("list", { name: "Hand-overs, newest first" });
  await expect(history).toContainText(`Transferred from Anglia Ruskin University to ${ESTUARY}`);
  await expect(history).toContainText(`Note: ${note}`);
  await expect(history).toContainText("By Dr Amara Okafor");
  await expect(section.getByRole("button", { name: `Claim for ${ESTUARY}` })).toBeVisible();
  await expectNoAxeViolations(engineer);

  // Its lead gives it to a member (here, themselves) on the reassign page.
  await section.getByRole("link", { name: "Reassign it to another member" }).click();
  await expect(engineer.getByRole("heading", { level: 1, name: "Reassign it to another member" })).toBeVisible();
  await expectNoAxeViolations(engineer);
  await engineer.getByLabel("Jo Marsh", { exact: true }).check();
  await engineer.getByRole("button", { name: "Reassign the question" }).click();
  await expectSuccess(engineer, "You have reassigned this question.");
  await expect(assignmentSection(engineer).getByText("Jo Marsh", { exact: true })).toBeVisible();
  await expect(assignmentSection(engineer).getByRole("list", { name: "Hand-overs, newest first" })).toContainText(
    `Reassigned within ${ESTUARY} to Jo Marsh`,
  );
  await expectNoAxeViolations(engineer);
  await engineerContext.close();
});
