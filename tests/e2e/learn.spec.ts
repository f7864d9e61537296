// Issue 21, points 1, 3 and 4: the learn pages (a theme's guide with that theme's live questions, the partners'
// answers and "ask about this" and "support" one click away), the glossary, the teachers' printable guide, and
// the accessibility statement, privacy notice and cookies page. axe on every page.
import { expect, test, type Page } from "@playwright/test";
import { DEVICE_COOKIE } from "@/lib/auth/device";
import { signInByRequest } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { newResident } from "./support/residents";

const THEME = { slug: "transport-and-mobility", name: "Transport and mobility" };

/** The theme's live questions as the guide lists them, straight from the tables (not the stored tally). */
async function liveQuestionsOfTheme(slug: string) {
  return queryOne<{ titles: string[]; ids: string[]; total: number }>(
    `WITH live AS (
       SELECT q.id, q.title, q.trending_score FROM question q
       WHERE q.moderation = 'approved' AND q.status IN ('open', 'under_review')
         AND EXISTS (SELECT 1 FROM question_theme qt JOIN theme t ON t.id = qt.theme_id
                     WHERE qt.question_id = q.id AND t.slug = $1))
     SELECT (SELECT array_agg(title ORDER BY trending_score DESC, id DESC) FROM (SELECT * FROM live ORDER BY trending_score DESC, id DESC LIMIT 5) f) AS titles,
            (SELECT array_agg(id::text ORDER BY trending_score DESC, id DESC) FROM (SELECT * FROM live ORDER BY trending_score DESC, id DESC LIMIT 5) f) AS ids,
            (SELECT count(*)::int FROM live) AS total`,
    [slug],
  );
}

function section(page: Page, name: string | RegExp) {
  return page.getByRole("region", { name });
}

test("a visitor learns what a smart city is, reads a theme's guide with its live questions and answers, and the glossary", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Learn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "What is a smart city?" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "The trade-offs" })).toBeVisible();
  await expectNoAxeViolations(page);

  await section(page, "Guides by theme").getByRole("link", { name: THEME.name }).click();
  await expect(page).toHaveURL(`/learn/${THEME.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: THEME.name })).toBeVisible();
  await expect(page.getByText("Source: Department for Transport, Bus Open Data Service.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Ask about this" })).toHaveAttribute(
    "href",
    `/questions/ask?theme=${THEME.slug}`,
  );

  // The live questions: the seeded questions of the theme still waiting for an answer, in trending order.
  const live = await liveQuestionsOfTheme(THEME.slug);
  expect(live.titles.length, "seeded live questions about transport").toBeGreaterThanOrEqual(3);
  const asking = section(page, /What people are asking about transport and mobility now/);
  await expect(asking.getByRole("heading", { level: 3 })).toHaveText(live.titles);
  await expect(asking.getByRole("link", { name: "Sign in to support this question" })).toHaveCount(live.titles.length);
  await expect(
    asking.getByRole("link", {
      name: `See all ${live.total} questions about transport and mobility waiting for an answer`,
    }),
  ).toHaveAttribute("href", `/questions?theme=${THEME.slug}&sort=waiting`);

  // The partners' latest answer on the theme, with the question it answers.
  const answer = await queryOne<{ title: string; organisation: string }>(
    `SELECT q.title, o.name AS organisation FROM response r
     JOIN question q ON q.id = r.question_id AND q.moderation = 'approved'
     JOIN organisation o ON o.id = r.organisation_id
     WHERE EXISTS (SELECT 1 FROM question_theme qt JOIN theme t ON t.id = qt.theme_id
                   WHERE qt.question_id = q.id AND t.slug = $1)
     ORDER BY r.created_at DESC, r.id DESC LIMIT 1`,
    [THEME.slug],
  );
  const answers = section(page, "What the partners have answered");
  await expect(answers.getByRole("heading", { level: 3 }).first()).toHaveText(answer.title);
  await expect(answers.getByRole("heading", { level: 4 }).first()).toHaveText(
    `Official response from ${answer.organisation}`,
  );
  await expectNoAxeViolations(page);

  // "Support these" is one click from the top of the page.
  await page.getByRole("link", { name: "Support these questions" }).click();
  await expect(page).toHaveURL(new RegExp(`/learn/${THEME.slug}#live-questions$`));

  // The first place a glossary word appears links to its meaning.
  const term = page.getByRole("main").getByRole("link", { name: "real-time information", exact: true });
  await expect(term).toHaveCount(1);
  await term.click();
  await expect(page).toHaveURL("/learn/glossary#real-time-information");
  await expect(page.getByRole("heading", { level: 1, name: "Glossary" })).toBeVisible();
  await expect(page.locator("#real-time-information")).toContainText("Real-time information");
  await expect(page.locator("#artificial-intelligence")).toHaveText("Artificial intelligence (AI)");
  await expectNoAxeViolations(page);

  // Reading the public pages sets no cookie at all (the cookies page says so).
  expect(await context.cookies()).toEqual([]);
});

test("a signed-in resident supports a question from a theme's guide, and 'Ask about this' ticks the theme", async ({
  page,
}) => {
  const theme = { slug: "energy-and-environment", name: "Energy and environment" };
  const resident = await newResident("Learning Heron", "learning-heron");
  await signInByRequest(page, resident.email);
  const live = await liveQuestionsOfTheme(theme.slug);
  const [title, id] = [live.titles[0]!, live.ids[0]!];
  const before = await queryOne<{ support_count: number }>(`SELECT support_count FROM question WHERE id = $1`, [id]);

  await page.goto(`/learn/${theme.slug}`);
  const asking = section(page, /What people are asking about energy and environment now/);
  await asking.getByRole("button", { name: `Support this question: ${title}` }).click();
  await expect(asking.getByRole("button", { name: `Supported: ${title}` })).toHaveAttribute("aria-pressed", "true");
  await expect(asking.getByText("You support this question.")).toBeVisible();
  const supported = await queryOne<{ n: number; support_count: number }>(
    `SELECT (SELECT count(*)::int FROM vote WHERE user_id = $1 AND question_id = $2) AS n,
            (SELECT support_count FROM question WHERE id = $2) AS support_count`,
    [resident.id, id],
  );
  expect(supported).toEqual({ n: 1, support_count: before.support_count + 1 });
  await expectNoAxeViolations(page);
  // Withdrawn again, so the other journeys see the seeded counts.
  await asking.getByRole("button", { name: `Supported: ${title}` }).click();
  await expect(asking.getByText("You no longer support this question.")).toBeVisible();

  await page.getByRole("link", { name: "Ask about this" }).click();
  await expect(page).toHaveURL(`/questions/ask?theme=${theme.slug}`);
  await expect(page.getByRole("checkbox", { name: theme.name })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Transport and mobility" })).not.toBeChecked();
  await expectNoAxeViolations(page);
});

test("the teachers' guide prints on one page; the accessibility statement, privacy notice and cookies page", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "For teachers" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "For teachers: run a session with your class" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Safeguarding" })).toBeVisible();
  await expect(page.getByText(/no email address and\s+no account/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute("data-printed", "yes");
  });
  await page.getByRole("button", { name: "Print this guide" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-printed", "yes");
  // Printed, the site's header and footer and the button are left out, and the guide fits on one A4 page.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print this guide" })).toBeHidden();
  const pdf = (await page.pdf({ format: "A4", printBackground: true })).toString("latin1");
  expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(1);
  await page.emulateMedia({ media: "screen" });

  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).click();
  for (const heading of [
    "Compliance status",
    "Non-accessible content",
    "How we tested this website",
    "Reporting accessibility problems with this website",
    "Enforcement procedure",
    "Preparation of this accessibility statement",
  ]) {
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByText(/Equality Advisory and Support Service \(EASS\)/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("contentinfo").getByRole("link", { name: "Privacy notice" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "If you take part in an event" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Open data" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("main").getByRole("link", { name: "cookies page" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Cookies" })).toBeVisible();
  const signIn = page.getByRole("table", { name: "Signing in and keeping your account safe" });
  await expect(signIn.getByRole("cell", { name: DEVICE_COOKIE, exact: true })).toBeVisible();
  await expect(signIn.getByRole("cell", { name: "authjs.session-token", exact: true })).toBeVisible();
  await expect(page.getByText(/do not use analytics, advertising or tracking cookies/)).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await context.cookies()).toEqual([]);
});
