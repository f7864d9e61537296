import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signInByLink, signInByRequest, signInWithPassword, signOut } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";

async function focusByTab(page: Page, target: ReturnType<Page["getByLabel"]>, maxTabs = 60) {
  for (let i = 0; i < maxTabs && !(await target.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press("Tab");
  await expect(target).toBeFocused();
}

test("a citizen asks by keyboard alone, sees similar questions while typing, and another finds it by search and supports it", async ({
  page,
}) => {
  // Two sign-ins, every key typed one by one and eight axe runs: close to the default minute on an unloaded machine.
  test.slow();
  const word = `Heybridgeway${Date.now() % 100000}`;
  const title = `Could the ${word} estuary path get solar lighting for winter evenings?`;

  await signInWithPassword(page, "citizen@example.com", DEMO_PASSWORD);
  await page.getByRole("banner").getByRole("link", { name: "Ask a question" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ask a question or share an idea" })).toBeVisible();
  // The signposting is folded into a details element so the form starts on the first screen.
  await expect(page.getByText(/^Where to go instead/)).toBeVisible();
  await expectNoAxeViolations(page);

  const titleField = page.getByLabel("Your question or idea");
  await focusByTab(page, titleField);
  await page.keyboard.type("Will villages near Saffron Walden get full-fibre broadband?");
  const suggestions = page.getByRole("heading", { name: /like yours have been asked|A question like yours/ });
  await expect(suggestions).toBeVisible();
  await expect(page.getByRole("link", { name: /Support this instead: .*Saffron Walden/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(title);
  // The field is described by its hint and limit; the count is shown, and read out once typing pauses.
  await expect(titleField).toHaveAccessibleDescription(/^Keep it short.* You can enter up to 140 characters$/);
  await expect(page.getByText(`You have ${140 - title.length} characters remaining`)).toHaveCount(2);
  await page.keyboard.press("Tab");
  const details = page.getByLabel("Details");
  await focusByTab(page, details, 30);
  const detailsText =
    "The path along the river is pitch dark by five o'clock in winter.\n\nSolar lights that dim late at night would help people walk home safely.";
  await page.keyboard.type(detailsText);
  await expect(details).toHaveAccessibleDescription(/^Say what you would like.* You can enter up to 5,000 characters$/);
  await expect(
    page.getByText(`You have ${(5000 - detailsText.length).toLocaleString("en-GB")} characters remaining`),
  ).toHaveCount(2);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Transport and mobility")).toBeFocused();
  await page.keyboard.press("Space");
  await focusByTab(page, page.getByLabel("Community safety"), 12);
  await page.keyboard.press("Space");
  await focusByTab(page, page.getByLabel(/Which part of Essex/), 12);
  await page.keyboard.press("ArrowDown");
  await focusByTab(page, page.getByRole("button", { name: "Send your question" }), 5);
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Your question has been published.")).toBeVisible();
  await expect(page.getByText("You asked this question, so you cannot support it yourself.")).toBeVisible();
  await expectNoAxeViolations(page);
  await signOut(page);

  // Another citizen finds it by search and supports it, by keyboard.
  await signInByLink(page, "resident12@example.com");
  await page.goto("/questions");
  await expectNoAxeViolations(page);
  await page.getByLabel("Search questions").fill(word);
  await page.getByRole("button", { name: "Show questions" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${word}`));
  const result = page.getByRole("link", { name: new RegExp(word) });
  await expect(result).toHaveCount(1);
  await expect(page.locator("mark").first()).toHaveText(new RegExp(word, "i"));
  await expectNoAxeViolations(page);
  await result.click();

  const support = page.getByRole("button", { name: /Support this question/ });
  await focusByTab(page, support);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: /Supported/ })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText("You support this question.")).toBeVisible();
  await expect(page.getByText("1 supporter", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByRole("button", { name: /Supported/ })).toHaveAttribute("aria-pressed", "true");
  const row = await queryOne<{ support_count: number; votes: string }>(
    "SELECT q.support_count, (SELECT count(*) FROM vote v WHERE v.question_id = q.id) AS votes FROM question q WHERE q.title = $1",
    [title],
  );
  expect(row).toEqual({ support_count: 1, votes: "1" });

  // Withdrawing sets the other state.
  await page.getByRole("button", { name: /Supported/ }).click();
  await expect(page.getByText("You no longer support this question.")).toBeVisible();
  await expect(page.getByText("0 supporters", { exact: true })).toBeVisible();
});

test("a visitor who wants to support is sent to sign in and brought back to the same question", async ({ page }) => {
  // A question this officer neither asked nor supports, so the button they come back to is known.
  const { id } = await queryOne<{ id: string }>(
    `SELECT q.id FROM question q, "user" u
     WHERE u.email = 'ecc.officer@example.com' AND q.moderation = 'approved' AND q.status = 'open' AND q.author_id <> u.id
       AND NOT EXISTS (SELECT 1 FROM vote v WHERE v.question_id = q.id AND v.user_id = u.id)
     ORDER BY q.support_count DESC, q.id LIMIT 1`,
  );
  await page.goto(`/questions/${id}`);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Sign in to support this question" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Email address").fill("ecc.officer@example.com");
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/questions/${id}$`));
  await expect(page.getByRole("button", { name: /^Support this question/ })).toHaveAttribute("aria-pressed", "false");
  await expectNoAxeViolations(page);
});

test("hostile text in a question renders as harmless text", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const longWord = "Supercalifragilistic".repeat(15);
  await signInByRequest(page, "citizen@example.com", DEMO_PASSWORD);
  await page.goto("/questions/ask");
  await page
    .getByLabel("Your question or idea")
    .fill(`<script>alert(1)</script> Can <b>smart</b> bins "onerror=alert(1)" work?`);
  await page
    .getByLabel("Details")
    .fill(
      [
        `<img src=x onerror="alert('img')">`,
        `[a friendly link](javascript:alert('link'))`,
        `<a href="javascript:alert('a')">raw link</a>`,
        `<iframe src="https://example.com"></iframe>`,
        `<svg onload=alert('svg')></svg>`,
        longWord,
      ].join("\n\n"),
    );
  await page.getByLabel("Waste and recycling").check();
  await page.getByRole("button", { name: "Send your question" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<script>alert(1)</script>");

  const main = page.locator("main");
  await expect(main.locator("script, img, iframe, svg[onload]")).toHaveCount(0);
  const hrefs = await main.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.filter((h) => h.trim().toLowerCase().startsWith("javascript"))).toEqual([]);
  await expect(main.getByText("a friendly link")).toBeVisible();
  // Raw HTML is shown as the person typed it, not rendered and not silently dropped.
  await expect(main.getByText(`<a href="javascript:alert('a')">raw link</a>`)).toBeVisible();
  // A very long word wraps instead of pushing the page sideways.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  // Loaded afresh from the server's HTML: by the load event every image, frame and inline handler has had its chance.
  await page.reload({ waitUntil: "load" });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<script>alert(1)</script>");
  await expect(main.locator("script, img, iframe, svg[onload]")).toHaveCount(0);
  expect(dialogs).toBe(0);
  await expectNoAxeViolations(page);
});

test("browse: filters and sort live in the URL, and the next page continues the list", async ({ page }) => {
  await page.goto("/questions?sort=newest");
  await expect(page.getByLabel("Sort by")).toHaveValue("newest");
  const firstPage = await page.locator("main li h3 a").allTextContents();
  expect(firstPage).toHaveLength(20);
  await page.getByRole("link", { name: "Next page of questions" }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(page.getByRole("link", { name: "First page" })).toBeVisible();
  const secondPage = await page.locator("main li h3 a").allTextContents();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
  await expectNoAxeViolations(page);

  await page.goto("/questions");
  await page.getByLabel("Theme", { exact: true }).selectOption({ label: "Energy and environment" });
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Answered" });
  await page.getByRole("button", { name: "Show questions" }).click();
  await expect(page).toHaveURL(/theme=energy-and-environment/);
  await expect(page).toHaveURL(/status=answered/);
  await expect(page.getByRole("link", { name: "Clear search and filters" })).toBeVisible();
  const tags = await page.locator("main li:has(h3)").allTextContents();
  expect(tags.length).toBeGreaterThan(0);
  for (const text of tags) {
    expect(text).toContain("Energy and environment");
    expect(text).toContain("Status: Answered");
  }
  await expectNoAxeViolations(page);

  await page.goto("/questions?q=zzzzqqqq");
  await expect(page.getByText("No questions match “zzzzqqqq”.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Ask it yourself" })).toBeVisible();
  await expectNoAxeViolations(page);
});
