import { expect, test, type Locator, type Page } from "@playwright/test";
import { signInByRequest, signInWithPassword } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";

/** Presses Tab until the target has focus, as a keyboard user would reach it. */
async function tabTo(page: Page, target: Locator, maxTabs = 60) {
  for (let i = 0; i < maxTabs && !(await target.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press("Tab");
  await expect(target).toBeFocused();
}

const views = (page: Page) => page.getByRole("navigation", { name: "Inbox views" });
const questions = (page: Page) => page.getByRole("list", { name: "Questions in this view" }).getByRole("listitem");

/** The address's filters and sort that have a value (a GET form also sends the empty ones, which mean "any"). */
function chosen(page: Page): Record<string, string> {
  return Object.fromEntries([...new URL(page.url()).searchParams].filter(([, value]) => value !== ""));
}

test("the overdue view lists a seeded overdue question", async ({ page }) => {
  await signInWithPassword(page, "ecc.officer@example.com");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partner inbox" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Partner inbox" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Read just before looking, as other journeys may claim or answer seeded questions meanwhile: the question
  // Essex County Council has held longest past its due date without answering (the seed makes two).
  const overdue = await queryOne<{ title: string }>(
    `SELECT q.title FROM question q JOIN assignment a ON a.question_id = q.id JOIN organisation o ON o.id = a.organisation_id
     WHERE o.slug = 'essex-county-council' AND q.moderation = 'approved' AND a.due_on < current_date
       AND q.answered_at IS NULL AND q.status IN ('open', 'under_review')
     ORDER BY q.published_at, q.id LIMIT 1`,
  );
  expect(overdue, "a seeded overdue question").toBeDefined();

  await views(page)
    .getByRole("link", { name: /^Overdue \(\d+\)$/ })
    .click();
  await expect(page).toHaveURL(/\/partner\?view=overdue$/);
  await expect(views(page).getByRole("link", { name: /^Overdue/ })).toHaveAttribute("aria-current", "page");
  const row = questions(page).filter({ hasText: overdue.title });
  await expect(row.getByRole("link", { name: overdue.title })).toBeVisible();
  await expect(row.getByText(/^Overdue (by \d+ working days?|since .+)$/)).toBeVisible();
  await expect(row.getByText(/^Held by Essex County Council/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Its title opens the question's triage page.
  await row.getByRole("link", { name: overdue.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: overdue.title })).toBeVisible();
});

test("a partner filters and sorts the inbox by keyboard, and the address keeps every choice", async ({ page }) => {
  await signInByRequest(page, "aru.researcher@example.com");
  await page.goto("/partner");
  await expect(page.getByRole("heading", { level: 1, name: "Partner inbox" })).toBeVisible();
  // A member of one organisation has no organisation to choose.
  await expect(page.getByLabel("Organisation", { exact: true })).toHaveCount(0);

  const sort = page.getByLabel("Sort by");
  await tabTo(page, sort);
  await page.keyboard.press("ArrowDown"); // Waiting longest → Most support
  await expect(sort).toHaveValue("support");
  const theme = page.getByLabel("Theme");
  await tabTo(page, theme);
  await page.keyboard.press("ArrowDown"); // All themes → the first theme
  const chosenTheme = await theme.inputValue();
  expect(chosenTheme).not.toBe("");
  const support = page.getByLabel("Minimum support");
  await tabTo(page, support);
  await page.keyboard.type("2");
  await tabTo(page, page.getByRole("button", { name: "Show questions" }));
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/partner\?/);
  expect(chosen(page)).toEqual({ sort: "support", theme: chosenTheme, support: "2" });
  await expect(page.getByLabel("Sort by")).toHaveValue("support");
  await expect(page.getByLabel("Theme")).toHaveValue(chosenTheme);
  await expect(page.getByLabel("Minimum support")).toHaveValue("2");
  // The views keep the filters, and each count is for them.
  await expect(views(page).getByRole("link", { name: /^Answered \(\d+\)$/ })).toHaveAttribute(
    "href",
    `/partner?view=answered&theme=${chosenTheme}&support=2&sort=support`,
  );
  // Most support first.
  const supporters = await questions(page)
    .getByText(/^\d+ supporters?$/)
    .allTextContents();
  const numbers = supporters.map((s) => Number.parseInt(s, 10));
  expect(numbers.every((n) => n >= 2)).toBe(true);
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  await expectNoAxeViolations(page);

  // "Clear filters" keeps the sort and drops the rest.
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/partner\?sort=support$/);
});

test("a partner finds questions by their words, and the search stays with the views, the pages and the download", async ({
  page,
}) => {
  // A question waiting in the pool, found by the longest word of its title that a search reads (not "between" or
  // another word too common to search for), as the search's own text configuration parses it.
  const waiting = await queryOne<{ title: string; word: string | null }>(
    `SELECT q.title,
            (SELECT d.token FROM ts_debug('mse_english', q.title) d
             WHERE d.alias = 'asciiword' AND cardinality(d.lexemes) > 0
             ORDER BY length(d.token) DESC, d.token LIMIT 1) AS word
     FROM question q LEFT JOIN assignment a ON a.question_id = q.id
     WHERE q.moderation = 'approved' AND q.status = 'open' AND a.question_id IS NULL
     ORDER BY q.published_at, q.id LIMIT 1`,
  );
  const word = waiting.word ?? "";
  expect(word.length).toBeGreaterThan(3);

  await signInByRequest(page, "aru.researcher@example.com");
  await page.goto("/partner");
  const words = page.getByRole("searchbox", { name: "Words in the question" });
  await tabTo(page, words);
  await page.keyboard.type(word);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/partner\?/);
  expect(chosen(page)).toEqual({ q: word, sort: "waiting" });
  await expect(words).toHaveValue(word);
  await expect(questions(page).getByRole("link", { name: waiting.title })).toBeVisible();
  const shown = await questions(page).getByRole("link").allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  // The views and the download keep the search.
  await expect(views(page).getByRole("link", { name: /^Answered \(\d+\)$/ })).toHaveAttribute(
    "href",
    `/partner?view=answered&q=${encodeURIComponent(word)}`,
  );
  await expect(page.getByRole("form", { name: "Download this view" }).locator('input[name="q"]')).toHaveValue(word);
  await expectNoAxeViolations(page);

  // Words nothing has say so, with every count at none.
  await words.fill("hovercraftxyz");
  await words.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: /: 0 questions$/ })).toBeVisible();
  await expect(page.getByText("No questions in this view.")).toBeVisible();

  // "Clear filters" drops the search too.
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/partner$/);
  await expect(page.getByRole("searchbox", { name: "Words in the question" })).toHaveValue("");
});

test("an admin chooses whose inbox to open", async ({ page }) => {
  await signInByRequest(page, "admin@example.com");
  await page.goto("/partner?view=organisation");
  await page.getByLabel("Organisation", { exact: true }).selectOption("estuary-engineering");
  await page.getByRole("button", { name: "Show questions" }).click();
  await expect(page).toHaveURL(/organisation=estuary-engineering/);
  expect(chosen(page)).toEqual({ view: "organisation", organisation: "estuary-engineering", sort: "waiting" });
  await expect(
    views(page).getByRole("link", { name: /^Estuary Engineering Partners \(fictional demo company\) \(\d+\)$/ }),
  ).toHaveAttribute("aria-current", "page");
  const rows = questions(page);
  await expect(rows.first()).toBeVisible();
  for (const holder of await rows.getByText(/^Held by /).allTextContents()) {
    expect(holder).toMatch(/^Held by Estuary Engineering/);
  }
  await expectNoAxeViolations(page);
});

test("a visitor is sent to sign in, and a citizen is not allowed in", async ({ page }) => {
  await page.goto("/partner?view=overdue");
  await expect(page).toHaveURL(/\/sign-in\?/);
  expect(new URL(page.url()).searchParams.get("returnTo")).toBe("/partner?view=overdue");

  await signInWithPassword(page, "citizen@example.com");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partner inbox" })).toHaveCount(
    0,
  );
  const response = await page.goto("/partner");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "You are not allowed to see this page" })).toBeVisible();
  // Titled as the refusal, not as the page refused (the title a screen reader announces first).
  await expect(page).toHaveTitle("You are not allowed to see this page – My Smarter Essex");
  for (const path of ["/admin", "/moderation", "/partner/questions/00000000-0000-4000-8000-000000000000"]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "You are not allowed to see this page" })).toBeVisible();
    await expect(page, path).toHaveTitle("You are not allowed to see this page – My Smarter Essex");
  }
  await expectNoAxeViolations(page);
});
