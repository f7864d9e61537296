// Issue 11, points 7 and 8: the beta banner and footer links on every page, the contact journey reaching the
// operator's list, and "where to go instead" right for the person's district.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signInByRequest, signInWithPassword } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";

test("every page has the beta banner with a feedback link, and the footer's support links", async ({ page }) => {
  for (const path of ["/", "/questions", "/privacy"]) {
    await page.goto(path);
    const banner = page.getByText("This is a new service. Your feedback will help us to improve it.");
    await expect(banner).toBeVisible();
    await expect(page.getByText(/^beta$/i)).toBeVisible();
    const footer = page.getByRole("contentinfo");
    for (const name of [
      "Contact us and give feedback",
      "Accessibility statement",
      "Privacy notice",
      "You said, we did",
      "How partners are doing",
      "Who is taking part",
    ]) {
      await expect(footer.getByRole("link", { name, exact: true })).toBeVisible();
    }
    await expect(footer).toContainText("CSES, the partnership that brings");
  }
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "feedback", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Contact us and give feedback" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a visitor picks their area to see where to go instead, without JavaScript", async ({
  browser,
  page: withScript,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/contact");
  await expect(page.getByRole("link", { name: "Report a problem with a road to Essex Highways" })).toHaveAttribute(
    "href",
    "https://www.essexhighways.org/tell-us",
  );

  await page.getByLabel("Where in Essex are you?").selectOption({ label: "Chelmsford" });
  await page.getByRole("button", { name: "Show the councils for this area" }).click();
  await expect(page).toHaveURL(/\/contact\?area=chelmsford$/);
  await expect(page.getByRole("link", { name: "Chelmsford City Council website" })).toHaveAttribute(
    "href",
    "https://www.chelmsford.gov.uk/",
  );
  await expect(page.getByRole("link", { name: "Report a problem with a road to Essex Highways" })).toBeVisible();
  await expect(page.getByText(/call 999/)).toBeVisible();

  await page.getByLabel("Somewhere else in Essex?").selectOption({ label: "Southend-on-Sea" });
  await page.getByRole("button", { name: "Show the councils for this area" }).click();
  await expect(page.getByRole("link", { name: "Southend-on-Sea City Council website" })).toHaveAttribute(
    "href",
    "https://www.southend.gov.uk/",
  );
  await expect(page.getByRole("link", { name: "Report a problem with a road to Essex Highways" })).toHaveCount(0);
  await context.close();

  // axe runs as a script in the page, so each state is checked again in a browser with JavaScript.
  for (const area of ["chelmsford", "southend-on-sea"]) {
    await withScript.goto(`/contact?area=${area}`);
    await expect(withScript.getByTestId("where-to-go-routes")).toBeVisible();
    await expectNoAxeViolations(withScript);
  }
});

test("the ask page shows the routes for the signed-in person's own district", async ({ page }) => {
  const email = "industry.engineer@example.com";
  await queryOne(
    `UPDATE "user" SET district_id = (SELECT id FROM district WHERE slug = 'thurrock') WHERE email = $1 RETURNING id`,
    [email],
  );
  await signInByRequest(page, email, DEMO_PASSWORD);
  await page.goto("/questions/ask");
  // Folded on the ask page so the form starts on a phone's first screen.
  await page.getByText(/^Where to go instead/).click();
  const routes = page.getByTestId("where-to-go-routes");
  await expect(routes.getByRole("link", { name: "Thurrock Council website" })).toHaveAttribute(
    "href",
    "https://www.thurrock.gov.uk/",
  );
  await expect(routes).toContainText("unitary council");
  await expect(page.getByRole("button", { name: "Send your question" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a visitor sends a message; an administrator reads it and marks it as dealt with; a citizen cannot", async ({
  page,
  browser,
}) => {
  const message = `The search box is hard to find on a phone (${Date.now()}).`;
  await page.goto("/contact");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(errorSummary(page).getByRole("link", { name: "Select what your message is about" })).toBeVisible();
  await expect(errorSummary(page).getByRole("link", { name: "Enter your message" })).toBeVisible();
  await expect(page).toHaveTitle(/Contact us/);
  await expectNoAxeViolations(page);

  await page.getByLabel("An idea to make the portal better").check();
  await page.getByLabel("Your message").fill(message);
  await page.getByLabel("Your email address (optional)").fill("not an address");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(
    errorSummary(page).getByRole("link", { name: "Enter an email address in the correct format" }),
  ).toBeVisible();
  await expect(page.getByLabel("Your message")).toHaveValue(message);
  await expect(page.getByLabel("An idea to make the portal better")).toBeChecked();
  await page.getByLabel("Your email address (optional)").fill("reader@example.com");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Message sent" })).toBeVisible();
  await expectNoAxeViolations(page);

  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signInWithPassword(adminPage, "admin@example.com", DEMO_PASSWORD);
  await adminPage.getByRole("link", { name: "Feedback sent through the contact page" }).click();
  await expect(adminPage.getByRole("heading", { level: 1, name: "Feedback" })).toBeVisible();
  const item = adminPage.getByRole("listitem").filter({ hasText: message });
  await expect(item.getByRole("link", { name: "reader@example.com" })).toBeVisible();
  await expectNoAxeViolations(adminPage);
  await item.getByRole("button", { name: /Mark as dealt with/ }).click();
  await expect(
    adminPage
      .getByRole("listitem")
      .filter({ hasText: message })
      .getByText(/^Dealt with on/),
  ).toBeVisible();
  await expectNoAxeViolations(adminPage);
  await admin.close();

  const citizen = await browser.newContext();
  const citizenPage = await citizen.newPage();
  await signInByRequest(citizenPage, "citizen@example.com", DEMO_PASSWORD);
  const response = await citizenPage.goto("/admin/feedback");
  expect(response?.status()).toBe(403);
  await expectNoAxeViolations(citizenPage);
  await citizen.close();
});
