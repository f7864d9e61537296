import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { queryOne } from "./db";

export const DEMO_PASSWORD = "essex-demo-password";

export function uniqueEmail(prefix = "e2e"): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

/**
 * Opens the development mail page for an address and follows the first link in the newest mail with that
 * subject. Mail is sent by the server's background worker, so the page is reloaded until the mail is there.
 */
export async function openLinkFromMail(page: Page, to: string, subject: string): Promise<void> {
  const mail = page
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: subject }) })
    .first();
  await expect(async () => {
    await page.goto(`/dev/mail?to=${encodeURIComponent(to)}`);
    await expect(mail).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await expectNoAxeViolations(page);
  await mail.getByRole("link").first().click();
}

/**
 * Signs in by password and opens the account page, as the sign-in form leaves a person. Through the form's own
 * endpoint (see signInByRequest), not by typing into it: only the journeys that test signing in use the form.
 */
export async function signInWithPassword(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await signInByRequest(page, email, password);
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
}

/**
 * Signs in by password from this page's browser without opening a page: posts the sign-in form to its own server
 * action, as the form does without JavaScript (the same password check, limits, session row and cookies), and
 * leaves the session cookie in the browser. The page then opens whatever the journey needs. A refused sign-in
 * fails the test, as the form's would.
 */
export async function signInByRequest(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  // Every journey starts in a fresh browser, so the suite signs the demo citizen in from "new browsers" more often
  // than the per-account allowance (10 in 15 minutes) lets a person: forget the sign-in counts first. The journeys
  // that test those limits sign in through the form themselves, not through these helpers.
  await queryOne(`DELETE FROM rate_limit WHERE key LIKE 'sign-in:%'`);
  const request = page.context().request;
  const origin = new URL(test.info().project.use.baseURL ?? "").origin;
  const response = await request.post("/sign-in", {
    multipart: { ...(await signInFormFields(request)), email, password },
    // What a browser sends with a form on our own page (Next checks the Origin of a server action).
    headers: { Origin: origin, "Sec-Fetch-Site": "same-origin" },
    maxRedirects: 0,
  });
  const location = response.headers()["location"] ?? "";
  if (response.status() !== 303 || new URL(location, origin).pathname !== "/account") {
    throw new Error(`Signing in as ${email} was refused: ${response.status()} ${location || "(no redirect)"}`);
  }
}

/** Signs in by typing into the sign-in form, for the journeys that test signing in itself. */
export async function signInThroughTheForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await queryOne(`DELETE FROM rate_limit WHERE key LIKE 'sign-in:%'`);
  await page.goto("/sign-in");
  await expectNoAxeViolations(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
}

let signInFields: Promise<Record<string, string>> | undefined;

/**
 * The hidden fields React renders into the sign-in form for its server action (the action's id and its bound
 * state): the same for every visit to one build, so read once per worker.
 */
function signInFormFields(request: APIRequestContext): Promise<Record<string, string>> {
  signInFields ??= (async () => {
    const response = await request.get("/sign-in");
    const html = await response.text();
    const form = /<form\b[^>]*>(?:(?!<\/form>)[\s\S])*?name="email"[\s\S]*?<\/form>/.exec(html)?.[0];
    if (!response.ok() || !form) throw new Error(`No sign-in form at /sign-in (${response.status()})`);
    const fields: Record<string, string> = {};
    for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
      const name = attribute(input, "name");
      if (attribute(input, "type") === "hidden" && name) fields[name] = attribute(input, "value") ?? "";
    }
    if (!Object.keys(fields).some((name) => name.startsWith("$ACTION"))) {
      throw new Error("The sign-in form has no server action fields");
    }
    return fields;
  })();
  return signInFields;
}

function attribute(tag: string, name: string): string | undefined {
  const raw = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return raw
    ?.replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectNoAxeViolations(page);
}

/** Signs in by emailed link, as the seeded residents (who have no password) do. */
export async function signInByLink(page: Page, email: string): Promise<void> {
  await page.goto("/sign-in/email-link");
  await expectNoAxeViolations(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await openLinkFromMail(page, email, "Your sign-in link for My Smarter Essex");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expectNoAxeViolations(page);
}
