import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";

test("a visitor finds the trending questions and reads one in full", async ({ page }) => {
  await page.goto("/");
  const top = page.getByRole("region", { name: "Trending questions" });
  await expect(top.getByRole("article")).toHaveCount(5);
  await expect(page.getByRole("region", { name: "Themes" }).getByRole("heading", { level: 3 })).toHaveCount(10);
  await expectNoAxeViolations(page);

  // The title's link (each article also links its theme and district tags).
  const firstLink = top.getByRole("article").first().getByRole("heading").getByRole("link");
  const title = (await firstLink.textContent())!.trim();
  await firstLink.click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText(/\d+ supporters?/).first()).toBeVisible();
  await expect(page.getByText(/^Status: /)).toBeVisible();
  await expect(page.getByRole("heading", { name: "What has happened so far" })).toBeVisible();
  await expect(page.getByText(/^Asked by /).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a question with an official response shows the organisation, the named author and the date", async ({ page }) => {
  // An answered question (its status says an official response is published), from the list filtered to them.
  await page.goto("/questions?status=answered");
  await page.getByRole("main").getByRole("heading", { level: 3 }).getByRole("link").first().click();
  const response = page
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: /^Official response from / }) })
    .first();
  await expect(response).toBeVisible();
  await expect(response.getByText(/^By .+ on \d{1,2} \w+ \d{4}/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an unpublished or unknown question is not found", async ({ page }) => {
  // The portal's own not-found page, kept out of search engines. Its status is 200, not 404: a page that calls
  // notFound() is served blank without JavaScript in a production build (app/questions/[id]/page.tsx).
  const response = await page.goto("/questions/00000000-0000-4000-8000-000000000000");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expectNoAxeViolations(page);

  // A visitor cannot tell a question held for a moderator or turned down from one that does not exist (a removed
  // one says it was removed: finding-your-way.spec.ts).
  for (const moderation of ["pending", "rejected"]) {
    const question = await queryOne<{ id: string; title: string }>(
      "SELECT id, title FROM question WHERE moderation = $1 ORDER BY created_at LIMIT 1",
      [moderation],
    );
    expect(question, `a seeded ${moderation} question`).toBeDefined();
    const unpublished = await page.goto(`/questions/${question.id}`);
    expect(unpublished?.status()).toBe(response?.status());
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByText(question.title)).toHaveCount(0);
  }
});

test("the header marks the section the visitor is in", async ({ page }) => {
  const menu = page.getByRole("navigation", { name: "Main" });
  await page.goto("/questions");
  await expect(menu.getByRole("link", { name: "Questions", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(menu.locator("[aria-current]")).toHaveCount(1);

  // One question is inside the "Questions" section, not the page itself.
  await page.getByRole("main").getByRole("listitem").first().getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(/\/questions\/[0-9a-f-]{36}$/);
  await expect(menu.getByRole("link", { name: "Questions", exact: true })).toHaveAttribute("aria-current", "true");
  await expect(menu.locator("[aria-current]")).toHaveCount(1);
  await expectNoAxeViolations(page);

  await menu.getByRole("link", { name: "Home" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(menu.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
  await expect(menu.locator("[aria-current]")).toHaveCount(1);
});

test("a visitor follows a filtered list and a partner in a feed reader, and downloads the data", async ({ page }) => {
  await page.goto("/questions?theme=transport-and-mobility&sort=newest");
  const follow = page.getByRole("link", { name: "Follow this list", exact: true });
  await expect(follow).toHaveAttribute("href", "/feeds/questions.rss?theme=transport-and-mobility");
  await expect(page.getByText("A feed is a web address that an app called a feed reader checks for you")).toBeVisible();
  // Feed readers find the same feeds in the page's head.
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /\/feeds\/questions\.atom\?theme=transport-and-mobility$/,
  );
  await expectNoAxeViolations(page);

  const firstTitle = (await page.getByRole("main").getByRole("heading", { level: 3 }).first().textContent())!.trim();
  const feed = await page.request.get((await follow.getAttribute("href"))!);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
  expect(await feed.text()).toContain(firstTitle.replace(/&/g, "&amp;").replace(/</g, "&lt;"));

  await page.goto("/partners/anglia-ruskin-university");
  for (const name of ["Follow its answers", "Follow its commitments"])
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  const answers = await page.request.get(
    (await page.getByRole("link", { name: "Follow its answers", exact: true }).getAttribute("href"))!,
  );
  expect(answers.status()).toBe(200);
  await expectNoAxeViolations(page);

  // The seed made the bulk downloads.
  const download = await page.request.get("/downloads/questions.csv");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toBe('attachment; filename="my-smarter-essex-questions.csv"');
});
