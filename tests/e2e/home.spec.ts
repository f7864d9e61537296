import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

test("a visitor reads what the portal is for and can skip to the content by keyboard", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Help shape a smarter Essex" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What you can do here today" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Coming next" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main-content")).toBeFocused();
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
