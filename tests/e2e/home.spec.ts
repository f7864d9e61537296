import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";

test("a visitor reads what the portal is for, sees the loop working in figures, and can skip to the content by keyboard", async ({
  page,
}) => {
  // Counted over the rows, not the stored tally the page reads.
  const expected = await queryOne<{ asked: number; answered: number; delivered: number }>(`
    SELECT (SELECT count(*)::int FROM question WHERE moderation = 'approved') AS asked,
           (SELECT count(*)::int FROM question WHERE moderation = 'approved'
              AND status IN ('answered', 'planned', 'in_progress', 'delivered')) AS answered,
           (SELECT count(*)::int FROM commitment WHERE state = 'delivered') AS delivered`);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Help shape a smarter Essex" })).toBeVisible();
  const steps = page.getByRole("region", { name: "How it works" }).getByRole("listitem");
  await expect(steps).toHaveCount(3);
  const figure = (n: number) => n.toLocaleString("en-GB");
  await expect(steps.nth(0)).toContainText(`${figure(expected.asked)} questions asked`);
  await expect(steps.nth(1)).toContainText(`${figure(expected.answered)} questions answered`);
  await expect(steps.nth(2)).toContainText(`${figure(expected.delivered)} commitments delivered`);

  // A delivered commitment, told from the question it answered; the next events, or plainly none; a class's way in.
  const story = page.getByRole("region", { name: "You said, we did" });
  await expect(story.getByText("You said", { exact: true })).toBeVisible();
  await expect(story.getByText("We did", { exact: true })).toBeVisible();
  await expect(story.getByText(/^Delivered by .+ on \d{1,2} \w+ \d{4}\.$/)).toBeVisible();
  await expect(story.getByRole("link", { name: "See everything delivered" })).toHaveAttribute(
    "href",
    "/commitments?state=delivered",
  );
  const upcoming = await queryOne<{ n: number }>("SELECT count(*)::int AS n FROM event WHERE starts_at > now()");
  const events = page.getByRole("region", { name: "Coming up" });
  if (upcoming.n === 0) await expect(events).toContainText("There are no events planned at the moment.");
  else await expect(events.getByRole("heading", { level: 3 })).toHaveCount(Math.min(3, upcoming.n));
  await expect(
    page
      .getByRole("region", { name: "Joining a session with your class?" })
      .getByRole("link", { name: "Enter your code" }),
  ).toHaveAttribute("href", "/join");
  await expect(page.getByRole("region", { name: "Trending questions" }).getByRole("article")).toHaveCount(5);
  await expectNoAxeViolations(page);

  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main-content")).toBeFocused();

  // The story's links lead to the question and the commitment it tells of.
  await story.getByRole("link").nth(1).click();
  await expect(page).toHaveURL(/\/commitments\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("every response carries the security headers, with a fresh script nonce each time", async ({ page, request }) => {
  const first = await request.get("/");
  const second = await request.get("/");
  const csp = first.headers()["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(first.headers()["strict-transport-security"]).toContain("max-age=");
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(first.headers()["permissions-policy"]).toContain("camera=()");

  // Each response's header nonce is the one on every script in its own HTML, and the two responses' nonces differ.
  const headerNonce = (response: typeof first) =>
    /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  const scriptNonces = (html: string) =>
    [...html.matchAll(/<script\b[^>]*>/g)].map((tag) => /\snonce="([^"]*)"/.exec(tag[0])?.[1]);
  const firstNonce = headerNonce(first);
  const secondNonce = headerNonce(second);
  expect(firstNonce).toMatch(/^[A-Za-z0-9+/=_-]{16,}$/);
  expect(secondNonce).toMatch(/^[A-Za-z0-9+/=_-]{16,}$/);
  expect(secondNonce).not.toBe(firstNonce);
  const firstScripts = scriptNonces(await first.text());
  const secondScripts = scriptNonces(await second.text());
  expect(firstScripts.length).toBeGreaterThan(0);
  expect(firstScripts).toEqual(firstScripts.map(() => firstNonce));
  expect(secondScripts.length).toBeGreaterThan(0);
  expect(secondScripts).toEqual(secondScripts.map(() => secondNonce));

  // And in the browser none of them is blocked.
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  expect(errors.filter((e) => e.includes("Content Security Policy"))).toEqual([]);
});

test("an unknown address shows the portal's own not-found page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  expect(response?.headers()["content-security-policy"]).toContain("nonce-");
  await expectNoAxeViolations(page);
});

test("the accessibility statement is reachable from the footer", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Accessibility statement for My Smarter Essex" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test("GET /api/health reports the database without details", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});

test("a write from another site is refused by Sec-Fetch-Site; reads and our own pages are not", async ({ request }) => {
  const forged = await request.post("/sign-out", { headers: { "Sec-Fetch-Site": "cross-site" }, form: { x: "1" } });
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toBe("Cross-site requests are not accepted.");
  expect((await request.post("/sign-out", { headers: { "Sec-Fetch-Site": "same-site" } })).status()).toBe(403);
  expect((await request.get("/", { headers: { "Sec-Fetch-Site": "cross-site" } })).status()).toBe(200);
  const own = await request.post("/", { headers: { "Sec-Fetch-Site": "same-origin" } });
  expect(own.status()).not.toBe(403);
});
