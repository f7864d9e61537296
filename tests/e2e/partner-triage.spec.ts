import { expect, test } from "@playwright/test";
import { signInByLink, signInWithPassword } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";

// The whole morning's work on one seeded question, as a council officer would click through it: found in the
// pool, claimed, tagged, answered from a template; then the resident who asked it sees the answer and is told.
// The question and its author (a demo resident who signs in by email link) are used by no other spec.
const TITLE = "Could smart street lights in Uttlesford villages be dimmed and kept dark-sky friendly?";
const AUTHOR = "resident4@example.com";

test("a council officer claims a seeded question from the pool, tags it and answers it from a template; the author sees the answer and the notification", async ({
  page,
  browser,
}) => {
  test.slow();
  const tag = `Street lighting ${Date.now() % 1_000_000}`;
  await signInWithPassword(page, "ecc.officer@example.com");

  // The inbox opens on the pool; a district narrows it down.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partner inbox" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Partner inbox" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Answer templates" })).toHaveAttribute("href", "/partner/templates");
  await page.getByLabel("District").selectOption({ label: "Uttlesford" });
  await page.getByRole("button", { name: "Show questions" }).click();
  await expect(page).toHaveURL(/district=uttlesford/);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expectNoAxeViolations(page);

  // Claim: the council holds it, the officer has it, and it is due in working days.
  await page.getByRole("button", { name: "Claim for Essex County Council" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You have claimed this question." })).toBeFocused();
  await expectNoAxeViolations(page);

  // Tags: a new tag of the council's own, kept with the question's themes.
  const tags = page.getByRole("region", { name: "Tags" });
  await tags.getByLabel("Add a new tag (optional)").fill(tag);
  await tags.getByRole("button", { name: "Save tags" }).click();
  await expect(tags.getByRole("status").filter({ hasText: "The tags have been saved." })).toBeFocused();
  await expect(tags.getByRole("checkbox", { name: tag, exact: true })).toBeChecked();
  await expectNoAxeViolations(page);

  // The answer starts from one of the council's templates and is edited before publishing.
  await page.getByRole("link", { name: "Write a response" }).click();
  await page.getByLabel("Answer template (optional)").selectOption({ label: "Thank you for asking" });
  await page.getByRole("button", { name: "Insert template" }).click();
  const text = page.getByLabel("Your response");
  await expect(text).not.toHaveValue("");
  await text.press("End");
  await page.keyboard.type(" Our lighting team will trial dimming in two villages near Thaxted this winter.");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Publish response" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your response is published." })).toBeFocused();
  await expectNoAxeViolations(page);
  const { questionId } = await queryOne<{ questionId: string }>(
    `SELECT id AS "questionId" FROM question WHERE title = $1`,
    [TITLE],
  );
  expect(
    await queryOne<{ status: string; organisation: string }>(
      `SELECT q.status, o.slug AS organisation FROM question q JOIN assignment a ON a.question_id = q.id
       JOIN organisation o ON o.id = a.organisation_id WHERE q.id = $1`,
      [questionId],
    ),
  ).toEqual({ status: "answered", organisation: "essex-county-council" });

  // The resident who asked sees the answer on the public page, and the notification.
  const context = await browser.newContext();
  const author = await context.newPage();
  await signInByLink(author, AUTHOR);
  await author.goto(`/questions/${questionId}`);
  await expect(author.getByRole("heading", { name: "Official response from Essex County Council" })).toBeVisible();
  await expect(author.getByText("trial dimming in two villages near Thaxted")).toBeVisible();
  // The council's own tag is never shown to the public.
  await expect(author.getByText(tag)).toHaveCount(0);
  await expectNoAxeViolations(author);
  await author.goto("/notifications");
  await expect(
    author
      .getByRole("list", { name: "Your notifications" })
      .getByRole("listitem")
      .filter({ hasText: `Essex County Council published an official response to your question “${TITLE}”` }),
  ).toBeVisible();
  await expectNoAxeViolations(author);
  await context.close();
});
