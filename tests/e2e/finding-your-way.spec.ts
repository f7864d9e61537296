import { expect, test, type Page } from "@playwright/test";
import { signInByLink, signInByRequest } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The portal's own layout is there: its header with the way home, and its footer. */
async function expectPortalLayout(page: Page) {
  await expect(page.getByRole("banner").getByRole("link", { name: "My Smarter Essex" })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
}

test("held, removed and mistyped question addresses show the portal's own pages, inside its layout", async ({
  page,
  browser,
}) => {
  const held = await queryOne<{ id: string; title: string }>(
    "SELECT id, title FROM question WHERE moderation = 'pending' ORDER BY created_at, id LIMIT 1",
  );
  const statuses = new Set<number | undefined>();
  for (const address of [
    `/questions/${held.id}`,
    "/questions/00000000-0000-4000-8000-000000000000",
    "/questions/12345",
    "/questions/not-a-question",
  ]) {
    const response = await page.goto(address);
    statuses.add(response?.status());
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expectPortalLayout(page);
    await expect(page).toHaveTitle(/^Page not found – My Smarter Essex$/);
    await expect(page.getByText(held.title)).toHaveCount(0);
    await expectNoAxeViolations(page);
  }
  // A held question answers exactly as one that does not exist.
  expect(statuses.size).toBe(1);

  // The page is whole in the HTML itself, not only once scripts have run: with JavaScript off it is the same page.
  const withoutScripts = await browser.newContext({ javaScriptEnabled: false });
  const plain = await withoutScripts.newPage();
  // So are the other public pages of one thing: a commitment, an event and its projector screen.
  const nobody = "00000000-0000-4000-8000-000000000000";
  for (const address of [
    `/questions/${held.id}`,
    "/questions/not-a-question",
    `/commitments/${nobody}`,
    "/commitments/not-a-commitment",
    `/events/${nobody}`,
    `/events/${nobody}/screen`,
    "/events/not-an-event/screen",
  ]) {
    await plain.goto(address);
    await expect(plain.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expectPortalLayout(plain);
    await expect(plain.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(plain).toHaveTitle(/^Page not found – My Smarter Essex$/);
  }
  await withoutScripts.close();

  // A removed question says so and why, without its title or body.
  const removed = await queryOne<{ id: string; title: string; body: string; reason: string }>(
    "SELECT id, title, body, moderation_reason AS reason FROM question WHERE moderation = 'hidden' AND moderation_reason IS NOT NULL ORDER BY created_at, id LIMIT 1",
  );
  await page.goto(`/questions/${removed.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "This question was removed" })).toBeVisible();
  await expect(page.getByText(/did not keep to the house rules/)).toBeVisible();
  await expect(page.getByText(removed.reason)).toBeVisible();
  await expect(page.getByText(removed.title)).toHaveCount(0);
  await expect(page.getByText(removed.body.slice(0, 40))).toHaveCount(0);
  await expectPortalLayout(page);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Look at other questions and ideas" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Questions and ideas" })).toBeVisible();
});

test("signed-in pages of something that is not there show the portal's not-found page, with JavaScript off too", async ({
  browser,
}) => {
  const nobody = "00000000-0000-4000-8000-000000000000";
  const addresses: Record<string, string[]> = {
    "ecc.officer@example.com": [
      `/partner/questions/${nobody}`,
      `/partner/questions/${nobody}/respond`,
      `/partner/questions/${nobody}/release`,
      `/partner/questions/${nobody}/transfer`,
      `/partner/questions/${nobody}/reassign`,
      `/partner/questions/${nobody}/merge`,
      `/partner/templates/${nobody}/edit`,
      `/events/${nobody}/edit`,
      `/events/${nobody}/console`,
      "/events/not-an-event/console",
      `/events/${nobody}/join-sheet`,
    ],
    "moderator@example.com": [
      `/moderation/questions/${nobody}`,
      `/moderation/comments/${nobody}`,
      `/moderation/names/${nobody}`,
      `/moderation/people/${nobody}`,
      `/moderation/age-band-requests/${nobody}`,
      `/moderation/safeguarding/new?question=${nobody}`,
    ],
    "admin@example.com": [
      "/admin/organisations/999999",
      "/admin/organisations/999999/deactivate",
      "/admin/themes/999999",
      `/admin/safeguarding/${nobody}`,
      "/partner/members?organisation=999999",
      `/commitments/${nobody}/delivered`,
    ],
    // The safeguarding list confirms nothing to anyone but an administrator.
    "citizen@example.com": ["/admin/safeguarding", `/questions/${nobody}/report/received`],
  };
  for (const [email, paths] of Object.entries(addresses)) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signInByRequest(page, email);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" }), path).toBeVisible();
      await expectPortalLayout(page);
      // A screen reader announces the title first: it says the same as the page.
      await expect(page, path).toHaveTitle(/^Page not found – My Smarter Essex$/);
    }
    // (axe cannot run with scripts off: the same page is checked with them on in the test above.)
    await context.close();
  }
});

test("the author sees their held question with one state, and their questions and supported ones on their account", async ({
  page,
}) => {
  // A resident whose newest question is held for a moderator and who supports at least one question.
  const author = await queryOne<{ id: string; title: string; email: string; user_id: string }>(
    `SELECT q.id, q.title, u.email, u.id AS user_id FROM question q JOIN "user" u ON u.id = q.author_id
     WHERE q.moderation = 'pending' AND u.status = 'active' AND u.email IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM question n WHERE n.author_id = q.author_id AND (n.created_at, n.id) > (q.created_at, q.id))
       AND EXISTS (SELECT 1 FROM vote v JOIN question s ON s.id = v.question_id WHERE v.user_id = u.id AND s.moderation = 'approved')
     ORDER BY q.created_at, q.id LIMIT 1`,
  );
  expect(author, "a seeded resident with a held newest question and a support").toBeDefined();
  const supported = await queryOne<{ title: string }>(
    `SELECT q.title FROM vote v JOIN question q ON q.id = v.question_id
     WHERE v.user_id = $1 AND q.moderation = 'approved' ORDER BY v.created_at DESC, v.question_id DESC LIMIT 1`,
    [author.user_id],
  );
  await signInByLink(page, author.email);

  const yourQuestions = page.getByRole("list", { name: "Your questions" });
  const held = yourQuestions.getByRole("listitem").filter({ hasText: author.title });
  await expect(held).toBeVisible();
  await expect(held.getByText("Status: Waiting for a moderator")).toBeVisible();
  await expect(
    page.getByRole("list", { name: "Questions you support" }).getByRole("link", { name: supported.title }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The full list, a page at a time, from "see all" (shown when there are more than five).
  await page.goto("/account/questions");
  await expect(page.getByRole("heading", { level: 1, name: "Your questions" })).toBeVisible();
  await expect(
    page.getByRole("list", { name: "Your questions" }).getByRole("listitem").filter({ hasText: author.title }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/account/supported");
  await expect(
    page.getByRole("list", { name: "Questions you support" }).getByRole("link", { name: supported.title }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Someone else's question cannot be changed by them: the not-found page, inside the layout.
  const others = await queryOne<{ id: string }>(
    "SELECT id FROM question WHERE author_id <> $1 AND moderation = 'approved' ORDER BY created_at, id LIMIT 1",
    [author.user_id],
  );
  await page.goto(`/questions/${others.id}/edit`);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expectPortalLayout(page);
  await expect(page).toHaveTitle(/^Page not found – /);

  await page.goto("/account");
  await held.getByRole("link", { name: author.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: author.title })).toBeVisible();
  // One state: waiting for a moderator, not also open and waiting for a partner.
  await expect(page.getByText("Status: Waiting for a moderator")).toBeVisible();
  await expect(page.getByText(/Waiting for a partner/)).toHaveCount(0);
  await expect(page.getByText("Status: Open")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("partners are tagged with their organisation, and the timeline says in plain words who is doing what", async ({
  page,
}) => {
  const answered = await queryOne<{ id: string; name: string }>(
    `SELECT q.id, u.display_name AS name FROM response r
     JOIN question q ON q.id = r.question_id JOIN organisation o ON o.id = r.organisation_id
     JOIN organisation_membership m ON m.user_id = r.author_id AND m.organisation_id = o.id
     JOIN "user" u ON u.id = r.author_id
     WHERE o.slug = 'essex-county-council' AND q.moderation = 'approved' ORDER BY q.created_at, q.id LIMIT 1`,
  );
  await page.goto(`/questions/${answered.id}`);
  const response = page
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: "Official response from Essex County Council" }) })
    .first();
  const byLine = response.getByText(new RegExp(`^By ${escapeRegExp(answered.name)}`));
  await expect(byLine).toBeVisible();
  // The tag is text beside the name, not colour alone.
  await expect(byLine.getByText("Essex County Council", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  const claimed = await queryOne<{ id: string }>(
    `SELECT q.id FROM status_change s JOIN question q ON q.id = s.question_id
     JOIN organisation_membership m ON m.user_id = s.actor_id JOIN organisation o ON o.id = m.organisation_id
     WHERE s.to_status = 'under_review' AND o.slug = 'essex-county-council' AND q.moderation = 'approved'
     ORDER BY q.created_at, q.id LIMIT 1`,
  );
  await page.goto(`/questions/${claimed.id}`);
  const timeline = page.getByRole("list").filter({ hasText: "asked this question" });
  await expect(timeline.getByText("Essex County Council is looking at this")).toBeVisible();
  await expect(page.getByText(/claimed for a response/i)).toHaveCount(0);
  await expect(page.getByText(/changed by/)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("browse says how many questions match, explains trending, and theme and district tags open the filtered list", async ({
  page,
}) => {
  const { total } = await queryOne<{ total: number }>(
    "SELECT count(*)::int AS total FROM question WHERE moderation = 'approved'",
  );
  await page.goto("/questions");
  await expect(
    page.getByRole("heading", { level: 2, name: `${total.toLocaleString("en-GB")} questions` }),
  ).toBeVisible();
  const sort = page.getByRole("combobox", { name: "Sort by" });
  await expect(sort).toBeVisible();
  await expect(sort).toHaveAccessibleDescription(/Trending.+gaining support fastest/);
  await expectNoAxeViolations(page);

  // "Waiting longest" lists only the questions still waiting, and its count says so.
  const { waiting } = await queryOne<{ waiting: number }>(
    "SELECT count(*)::int AS waiting FROM question WHERE moderation = 'approved' AND status IN ('open', 'under_review')",
  );
  await page.goto("/questions?sort=waiting");
  await expect(
    page.getByRole("heading", {
      level: 2,
      name: `${waiting.toLocaleString("en-GB")} questions still waiting for an answer`,
    }),
  ).toBeVisible();
  await page.goto("/questions");

  // A theme tag on a question opens the list filtered by that theme, with its own count.
  const theme = await queryOne<{ slug: string; name: string; id: string; total: number }>(
    `SELECT t.slug, t.name, q.id, (SELECT count(*)::int FROM question_theme a JOIN question b ON b.id = a.question_id
       WHERE a.theme_id = t.id AND b.moderation = 'approved') AS total
     FROM question_theme qt JOIN theme t ON t.id = qt.theme_id JOIN question q ON q.id = qt.question_id
     WHERE q.moderation = 'approved' AND q.district_id IS NOT NULL ORDER BY q.support_count DESC, q.id LIMIT 1`,
  );
  await page.goto(`/questions/${theme.id}`);
  await page.getByRole("list", { name: "Themes and place" }).getByRole("link", { name: theme.name }).click();
  await expect(page).toHaveURL(new RegExp(`/questions\\?theme=${theme.slug}$`));
  await expect(page.getByRole("combobox", { name: "Theme", exact: true })).toHaveValue(theme.slug);
  await expect(
    page.getByRole("heading", { level: 2, name: `${theme.total.toLocaleString("en-GB")} questions found` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  const district = await queryOne<{ slug: string; name: string }>(
    "SELECT d.slug, d.name FROM question q JOIN district d ON d.id = q.district_id WHERE q.id = $1",
    [theme.id],
  );
  await page.goto(`/questions/${theme.id}`);
  await page.getByRole("list", { name: "Themes and place" }).getByRole("link", { name: district.name }).click();
  await expect(page).toHaveURL(new RegExp(`/questions\\?district=${district.slug}$`));
  await expect(page.getByRole("combobox", { name: "District", exact: true })).toHaveValue(district.slug);
});

test("on a phone the filters are folded behind 'Sort and filter', so the results come first", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/questions");
  const sort = page.getByRole("combobox", { name: "Sort by" });
  await expect(sort).toBeHidden();
  await page.getByText("Sort and filter").click();
  await expect(sort).toBeVisible();
  await expectNoAxeViolations(page);

  // Wider, the filters are simply there, and nothing is left to unfold.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/questions");
  await expect(page.getByRole("combobox", { name: "Sort by" })).toBeVisible();
  await expect(page.getByText("Sort and filter")).toBeHidden();
});
