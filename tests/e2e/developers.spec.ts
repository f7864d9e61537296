// Issue 20, point 3: a developer finds the open-data API's documentation from the footer, reads it (rendered on
// the server, under the portal's CSP, no script of anyone else's), follows the contents by keyboard, and the
// API and its OpenAPI document answer under `next start` as documented.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

test("a developer reads the API reference on /developers and calls the API it describes", async ({ page }) => {
  const cspViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });

  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Open data and the API" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Open data and the API" })).toBeVisible();
  // The licence is linked from the introduction (and again under the bulk downloads).
  await expect(page.getByRole("link", { name: "Open Government Licence v3.0" }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Fair use and rate limits" })).toBeVisible();
  await expect(page.getByText(/Each IP address may make \d+ requests a minute/)).toBeVisible();

  const questions = page.getByRole("region", { name: "List published questions" });
  await expect(questions.getByText("GET /api/v1/questions", { exact: true })).toBeVisible();
  const parameters = questions.getByRole("table", { name: "Parameters" });
  await expect(
    parameters.getByRole("row", { name: /^limit .*whole number from 1 to 100 \(default 25\)/ }),
  ).toBeVisible();
  await expect(questions.getByText(/curl -i 'http:\/\/[^']+\/api\/v1\/questions\?theme=/)).toBeVisible();
  for (const summary of [
    "One question with its timeline, answers and commitments",
    "List past events with their questions",
  ])
    await expect(page.getByRole("heading", { level: 3, name: summary })).toBeVisible();
  await expect(page.getByRole("table", { name: "Fields of QuestionSummary" })).toBeVisible();
  // The bulk downloads the seed made, each file linked with its size.
  await expect(page.getByRole("heading", { level: 2, name: "Bulk downloads" })).toBeVisible();
  const downloads = page.getByRole("table", { name: /Bulk downloads/ });
  await expect(downloads.getByRole("link", { name: /as CSV$/ })).toHaveCount(7);
  await expect(downloads.getByRole("link", { name: /as JSON$/ })).toHaveCount(7);
  await expectNoAxeViolations(page);

  // The contents by keyboard: focus the first entry, then follow it.
  const contents = page.getByRole("link", { name: "List themes" });
  await contents.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#endpoint-listThemes$/);

  // The document the page is rendered from, and the API it describes.
  const document = await page.request.get("/api/v1/openapi.json");
  expect(document.status()).toBe(200);
  expect((await document.json()).openapi).toBe("3.1.0");
  const list = await page.request.get("/api/v1/questions?limit=2");
  expect(list.status()).toBe(200);
  expect(list.headers()["access-control-allow-origin"]).toBe("*");
  expect(list.headers()["ratelimit-policy"]).toMatch(/;q=\d+;w=60$/);
  const again = await page.request.get("/api/v1/questions?limit=2", {
    headers: { "If-None-Match": list.headers()["etag"]! },
  });
  expect(again.status()).toBe(304);
  const wrong = await page.request.get("/api/v1/questions?limit=500");
  expect(wrong.status()).toBe(400);
  expect(wrong.headers()["content-type"]).toBe("application/problem+json");

  expect(cspViolations).toEqual([]);
});
