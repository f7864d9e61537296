import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signInByRequest, signInWithPassword } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { contrastRatio, parseCssColour, parseCssColours } from "./support/contrast";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";

/** Presses Tab until the target has focus, as a keyboard user would reach it. */
async function tabTo(page: Page, target: Locator, maxTabs = 80) {
  for (let i = 0; i < maxTabs && !(await target.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press("Tab");
  await expect(target).toBeFocused();
}

/**
 * The focused element's indicator as the browser draws it: the colours of its outline and box-shadow rings, the
 * background around it (the nearest ancestor with one), and its own text and background colours.
 */
async function focusAppearance(target: Locator) {
  const seen = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    const transparent = (colour: string) => colour === "transparent" || /^rgba\(.*,\s*0\)$/.test(colour);
    let surround = "rgb(255, 255, 255)";
    for (let node = el.parentElement; node; node = node.parentElement) {
      const background = getComputedStyle(node).backgroundColor;
      if (!transparent(background)) {
        surround = background;
        break;
      }
    }
    return {
      focusVisible: el.matches(":focus-visible"),
      outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 ? style.outlineColor : "",
      boxShadow: style.boxShadow,
      text: style.color,
      background: transparent(style.backgroundColor) ? surround : style.backgroundColor,
      surround,
    };
  });
  const surround = parseCssColour(seen.surround);
  const rings = [...parseCssColours(seen.outline), ...parseCssColours(seen.boxShadow)].filter((c) => c.alpha === 1);
  return {
    focusVisible: seen.focusVisible,
    // The indicator shows if at least one of its rings stands out from what is around it (WCAG 1.4.11, 2.4.13).
    ringContrast: Math.max(0, ...rings.map((ring) => contrastRatio(ring, surround))),
    textContrast: contrastRatio(parseCssColour(seen.text), parseCssColour(seen.background)),
  };
}

async function expectVisibleFocus(page: Page, target: Locator) {
  await tabTo(page, target);
  const appearance = await focusAppearance(target);
  expect(appearance.focusVisible).toBe(true);
  expect(appearance.ringContrast).toBeGreaterThanOrEqual(3);
  expect(appearance.textContrast).toBeGreaterThanOrEqual(4.5);
}

test("every focus indicator stands out from its background, and the text inside it stays readable", async ({
  page,
}) => {
  await page.goto("/questions");
  await expectNoAxeViolations(page);
  // The skip link is the first thing a keyboard reaches; then the header's links on the dark blue header.
  await expectVisibleFocus(page, page.getByRole("link", { name: "Skip to main content" }));
  await expectVisibleFocus(page, page.getByRole("banner").getByRole("link", { name: "Questions" }));
  await expectVisibleFocus(page, page.locator("main li h3 a").first());

  await page.goto("/sign-in");
  await expectVisibleFocus(page, page.getByLabel("Email address"));
  await expectVisibleFocus(page, page.getByRole("button", { name: "Sign in" }));
});

test("Support and Withdraw keep keyboard focus while a slow answer is awaited, and the name reads cleanly", async ({
  page,
}) => {
  test.slow();
  const { id, title } = await queryOne<{ id: string; title: string }>(
    `SELECT q.id, q.title FROM question q, "user" u
     WHERE u.email = 'citizen@example.com' AND q.moderation = 'approved' AND q.status = 'open' AND q.author_id <> u.id
       AND NOT EXISTS (SELECT 1 FROM vote v WHERE v.question_id = q.id AND v.user_id = u.id)
     ORDER BY q.support_count DESC, q.id LIMIT 1`,
  );
  await signInWithPassword(page, "citizen@example.com", DEMO_PASSWORD);
  // The server action posts to the page's own URL: hold each answer back for three seconds.
  await page.route(
    (url) => url.pathname === `/questions/${id}`,
    async (route) => {
      if (route.request().method() === "POST") await new Promise((resolve) => setTimeout(resolve, 3_000));
      await route.continue();
    },
  );
  await page.goto(`/questions/${id}`);
  await expectNoAxeViolations(page);

  const button = page.locator(`button[aria-describedby="support-help-${id}"]`);
  // One name, no stray space before the colon.
  await expect(button).toHaveAccessibleName(`Support this question: ${title}`);
  await tabTo(page, button);

  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-disabled", "true");
  await expect(button).toBeFocused();
  await page.waitForTimeout(1_000); // still waiting for the answer: focus must not have fallen to the page
  await expect(button).toHaveAttribute("aria-disabled", "true");
  await expect(button).toBeFocused();
  await expect(page.getByText("You support this question.")).toBeVisible();
  await expect(button).toHaveAttribute("aria-disabled", "false");
  await expect(button).toHaveAttribute("aria-pressed", "true");
  await expect(button).toHaveAccessibleName(`Supported: ${title}`);
  await expect(button).toBeFocused();
  await expectNoAxeViolations(page);

  // Withdrawing, by keyboard again, keeps focus in the same way.
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-disabled", "true");
  await page.waitForTimeout(1_000);
  await expect(button).toBeFocused();
  await expect(page.getByText("You no longer support this question.")).toBeVisible();
  await expect(button).toHaveAttribute("aria-pressed", "false");
  await expect(button).toBeFocused();
});

test("similar questions announce a short count, and opening one keeps the draft until the question is sent", async ({
  page,
}) => {
  test.slow();
  await signInByRequest(page, "citizen@example.com", DEMO_PASSWORD);
  await page.goto("/questions/ask");
  const titleField = page.getByLabel("Your question or idea");
  const body = page.getByLabel("Details");
  const district = page.getByLabel(/Which part of Essex/);
  const announcement = page.getByRole("status").filter({ hasText: /similar question/ });

  await titleField.fill("Will villages near Saffron Walden get full-fibre broadband?");
  await expect(page.getByRole("heading", { name: /like yours have been asked|A question like yours/ })).toBeVisible();
  await expect(announcement).toHaveText(/^[1-5] similar questions?$/);
  // Only the count is live: the list itself is not re-read on every pause in typing.
  await expect(page.locator("main [aria-live]").filter({ has: page.getByRole("link") })).toHaveCount(0);
  await expect(page.getByRole("status").filter({ has: page.getByRole("link") })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await titleField.fill("Zqxwv plinth gloaming for the quokka orchestra");
  await expect(announcement).toHaveText("No similar questions");

  await titleField.fill("Will villages near Saffron Walden get full-fibre broadband?");
  const suggestion = page.getByRole("link", { name: /Support this instead: / }).first();
  await expect(suggestion).toBeVisible();
  const detailsText = "Our village has waited years.\n\nA date would help families plan.";
  await body.fill(detailsText);
  await page.getByLabel("Digital connectivity").check();
  await district.selectOption({ index: 2 });
  const districtValue = await district.inputValue();

  await suggestion.click();
  await expect(page).toHaveURL(/\/questions\/[0-9a-f-]{36}$/);
  await page.goBack();
  await expect(titleField).toHaveValue("Will villages near Saffron Walden get full-fibre broadband?");
  await expect(body).toHaveValue(detailsText);
  await expect(page.getByLabel("Digital connectivity")).toBeChecked();
  await expect(district).toHaveValue(districtValue);

  // A fresh load of the page, in the same tab, has it too.
  await page.goto("/questions/ask");
  await expect(body).toHaveValue(detailsText);
  await expect(titleField).toHaveValue("Will villages near Saffron Walden get full-fibre broadband?");
  await expectNoAxeViolations(page);

  // Sent, the draft is gone.
  const title = `Will villages near Tiptree ${Date.now() % 100000} get full-fibre broadband soon?`;
  await titleField.fill(title);
  await page.getByRole("button", { name: "Send your question" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.goto("/questions/ask");
  await expect(page.getByRole("button", { name: "Send your question" })).toBeVisible();
  await expect(titleField).toHaveValue("");
  await expect(body).toHaveValue("");
});

test("on a phone the ask form starts on the first screen; an over-long title is counted and refused at the top", async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  await signInByRequest(page, "citizen@example.com", DEMO_PASSWORD);
  await page.goto("/questions/ask");
  await expect(page.getByText(/^Where to go instead/)).toBeVisible();
  const titleField = page.getByLabel("Your question or idea");
  // The whole title field, not just its label, is on the first screen.
  const fieldBottom = await titleField.evaluate((el) => el.getBoundingClientRect().bottom);
  expect(fieldBottom).toBeLessThan(844);
  await expectNoAxeViolations(page);

  // The signposting is there, folded.
  await page.getByText(/^Where to go instead/).click();
  await expect(page.locator("details").getByRole("heading").first()).toBeVisible();

  const tooLong = "Could every bus stop in the county show live times on a screen? ".repeat(5).slice(0, 280);
  await titleField.fill(tooLong);
  await expect(titleField).toHaveAccessibleDescription(/You can enter up to 140 characters$/);
  await expect(page.getByText("You have 140 characters too many").first()).toBeVisible();
  // Read out politely once typing pauses, not on every key.
  await expect(
    page.locator('[aria-live="polite"]').filter({ hasText: "You have 140 characters too many" }),
  ).toHaveCount(1);
  await page.getByRole("button", { name: "Send your question" }).click();

  await expect(errorSummary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Ask a question or share an idea/);
  await expect(errorSummary(page)).toContainText("Your question must be 140 characters or fewer");
  // The summary is at the top of the form, above its first field, and what was typed is still there.
  const summaryBottom = await errorSummary(page).evaluate((el) => el.getBoundingClientRect().bottom);
  const fieldTopAfter = await titleField.evaluate((el) => el.getBoundingClientRect().top);
  expect(summaryBottom).toBeLessThan(fieldTopAfter);
  await expect(titleField).toHaveValue(tooLong);
  await expectNoAxeViolations(page);
});

test("HTML typed into the details is shown as typed, not silently removed", async ({ page }) => {
  await signInByRequest(page, "citizen@example.com", DEMO_PASSWORD);
  await page.goto("/questions/ask");
  const title = `Can <b>smart</b> bins in Harlow ${Date.now() % 100000} tell us when they are full?`;
  await page.getByLabel("Your question or idea").fill(title);
  await page
    .getByLabel("Details")
    .fill("I saw <i>this</i> in another town.\n\n<p>Bins with sensors</p> could save wasted trips.");
  await page.getByLabel("Waste and recycling").check();
  await page.getByRole("button", { name: "Send your question" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const main = page.locator("main");
  await expect(main.getByText("I saw <i>this</i> in another town.")).toBeVisible();
  await expect(main.getByText("<p>Bins with sensors</p> could save wasted trips.")).toBeVisible();
  await expect(main.locator("i, b")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("a refused form says 'Error:' in the page title and moves focus to the summary, on every submit", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Sign in – /);
  await expectNoAxeViolations(page);
  // The same mistake again: focus goes back to the summary, and the title is not prefixed twice.
  await page.getByLabel("Email address").focus();
  await page.keyboard.press("Enter");
  await expect(errorSummary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Sign in – /);

  await page.goto("/sign-up");
  await expect(page).not.toHaveTitle(/Error:/);
  await page.getByRole("button", { name: /Create/ }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Create an account – /);
  await expectNoAxeViolations(page);
});

test("the 'before you post' box is shown to an under-18, and not to an adult", async ({ page }) => {
  const beforeYouPost = page.getByRole("region", { name: "Before you post" });
  await signInByRequest(page, "student@example.com", DEMO_PASSWORD);
  await page.goto("/questions/ask");
  await expect(beforeYouPost).toBeVisible();
  await expect(beforeYouPost).toContainText("Do not share your name, your school or where you live");
  await expect(beforeYouPost.getByRole("link", { name: "0800 1111" })).toHaveAttribute("href", "tel:08001111");
  await expect(beforeYouPost.getByRole("link", { name: "childline.org.uk" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.context().clearCookies();
  await signInByRequest(page, "citizen@example.com", DEMO_PASSWORD);
  await page.goto("/questions/ask");
  await expect(page.getByRole("heading", { level: 1, name: "Ask a question or share an idea" })).toBeVisible();
  await expect(beforeYouPost).toHaveCount(0);
});
