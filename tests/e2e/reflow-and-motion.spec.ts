// What the accessibility statement promises beyond axe (issue 21): signing in by keyboard alone (asking and
// supporting by keyboard are in asking-and-support.spec.ts and focus-and-forms.spec.ts); the home, list, question
// and ask pages reflow at 320 CSS px with no sideways scrolling (WCAG 1.4.10) and keep working with text at 200%
// (1.4.4); and no transition, animation or smooth scrolling under prefers-reduced-motion (2.3.3).
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signInByRequest } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";

/** Presses Tab until the target has focus, as a keyboard user would reach it. */
async function tabTo(page: Page, target: ReturnType<Page["getByRole"]>, maxTabs = 40) {
  for (let i = 0; i < maxTabs && !(await target.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press("Tab");
  await expect(target).toBeFocused();
}

test("a person signs in by keyboard alone from the home page", async ({ page }) => {
  await queryOne(`DELETE FROM rate_limit WHERE key LIKE 'sign-in:%'`);
  await page.goto("/");
  await tabTo(page, page.getByRole("banner").getByRole("link", { name: "Sign in" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await tabTo(page, page.getByLabel("Email address"));
  await page.keyboard.type("citizen@example.com");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
});

/** The four pages of the statement's reflow and zoom checks; the ask page needs someone signed in. */
async function keyPages(): Promise<{ path: string; heading: RegExp }[]> {
  const { id, title } = await queryOne<{ id: string; title: string }>(
    `SELECT id, title FROM question WHERE moderation = 'approved' ORDER BY support_count DESC, id LIMIT 1`,
  );
  return [
    { path: "/", heading: /^Help shape a smarter Essex$/ },
    { path: "/questions", heading: /questions/i },
    { path: `/questions/${id}`, heading: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) },
    { path: "/questions/ask", heading: /^Ask a question or share an idea$/ },
  ];
}

/** How far the page reaches past the viewport's width, in CSS px (0 when nothing scrolls sideways). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test("every public page a visitor reaches from the menus reflows at 320 CSS px", async ({ page }) => {
  test.slow();
  const upcoming = await queryOne<{ id: string }>(
    `SELECT id FROM event WHERE ends_at > now() ORDER BY starts_at, id LIMIT 1`,
  );
  const past = await queryOne<{ id: string }>(
    `SELECT id FROM event WHERE ends_at <= now() ORDER BY starts_at DESC, id LIMIT 1`,
  );
  const commitment = await queryOne<{ id: string }>(`SELECT id FROM commitment ORDER BY created_at, id LIMIT 1`);
  const partner = await queryOne<{ slug: string }>(
    `SELECT slug FROM organisation WHERE deactivated_at IS NULL ORDER BY id LIMIT 1`,
  );
  const theme = await queryOne<{ slug: string }>(
    `SELECT slug FROM theme WHERE archived_at IS NULL ORDER BY position, id LIMIT 1`,
  );
  const paths = [
    "/events",
    "/events?when=past",
    `/events/${upcoming.id}`,
    `/events/${past.id}`,
    "/join",
    "/learn",
    `/learn/${theme.slug}`,
    "/learn/glossary",
    "/commitments",
    `/commitments/${commitment.id}`,
    "/partners",
    `/partners/${partner.slug}`,
    "/taking-part",
    "/teachers",
    "/developers",
    "/accessibility",
    "/privacy",
    "/cookies",
    "/house-rules",
    "/contact",
    "/sign-in",
    "/sign-up",
  ];
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
    expect(await sidewaysOverflow(page), `${path} at 320 px`).toBeLessThanOrEqual(0);
  }
  // The join code on an event's page fits the screen whole.
  await page.goto(`/events/${upcoming.id}`);
  const code = page.getByLabel(/^Join code:/);
  const box = await code.boundingBox();
  expect(box!.x + (await code.evaluate((el) => el.scrollWidth))).toBeLessThanOrEqual(320);
});

test("the home, list, question and ask pages reflow at 320 CSS px and work with text at 200%", async ({ page }) => {
  test.slow();
  await signInByRequest(page, "citizen@example.com");
  const pages = await keyPages();

  await page.setViewportSize({ width: 320, height: 640 });
  for (const { path, heading } of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    expect(await sidewaysOverflow(page), `${path} at 320 px`).toBeLessThanOrEqual(0);
  }
  // The ask form is usable at that width: its fields are within the screen's width.
  const titleBox = await page.getByLabel("Your question or idea").boundingBox();
  expect(titleBox!.x).toBeGreaterThanOrEqual(0);
  expect(titleBox!.x + titleBox!.width).toBeLessThanOrEqual(320);

  // Text at 200% (the browser's text size setting: the root font size the rem-based styles grow from), on a
  // laptop-sized window: nothing scrolls sideways, and the ask form still sends (refused here, as it is empty).
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const { path, heading } of pages) {
    await page.goto(path);
    await page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%", "important"));
    const h1 = page.getByRole("heading", { level: 1, name: heading });
    await expect(h1).toBeVisible();
    expect(await h1.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(48);
    expect(await sidewaysOverflow(page), `${path} with text at 200%`).toBeLessThanOrEqual(0);
  }
  await page.getByRole("button", { name: "Send your question" }).click();
  await expect(errorSummary(page)).toBeVisible();
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test("under prefers-reduced-motion nothing moves: no transition, animation or smooth scrolling", async ({ page }) => {
  await signInByRequest(page, "citizen@example.com");
  const pages = await keyPages();
  /** Every element's longest transition or animation, in ms, with a probe that asks for both (2 s each). */
  const longestMotion = () =>
    page.evaluate(() => {
      const probe = document.createElement("div");
      probe.style.transition = "opacity 2s";
      probe.style.animation = "spin 2s infinite";
      document.body.append(probe);
      const ms = (value: string) =>
        Math.max(...value.split(",").map((v) => parseFloat(v) * (v.trim().endsWith("ms") ? 1 : 1000)));
      let longest = 0;
      for (const el of document.querySelectorAll("*")) {
        const style = getComputedStyle(el);
        longest = Math.max(longest, ms(style.transitionDuration), ms(style.animationDuration));
      }
      probe.remove();
      return { longest, scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior };
    });

  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const { path } of pages) {
    await page.goto(path);
    const motion = await longestMotion();
    expect(motion.longest, path).toBeLessThanOrEqual(0.01);
    expect(motion.scrollBehavior, path).toBe("auto");
  }
  // Without the preference the probe keeps its 2 s: it is the preference that stops it.
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await page.goto("/");
  expect((await longestMotion()).longest).toBe(2000);
});
