import { expect, test } from "@playwright/test";
import { signInByRequest } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { authorWithQuestion } from "./support/residents";

/** The resident who asks this spec's questions (a new one each time). */
const ASKER = {
  displayName: "Rowan Resident",
  emailPrefix: "asker",
  body: "The timetables at the stops are out of date.",
};

test("a partner writes an answer template, inserts it into a response by keyboard, previews, publishes and edits it; the author sees it and the notification", async ({
  page,
  browser,
}) => {
  test.slow();
  const suffix = Date.now() % 1_000_000;
  const title = `Could the Saffron Walden bus stops have new timetables ${suffix}?`;
  const { email: authorEmail, questionId } = await authorWithQuestion({ ...ASKER, title });
  const templateTitle = `Timetable research ${suffix}`;
  const templateBody = "Our transport researchers are surveying every stop in the district this winter.";

  // The partner keeps a template for their organisation.
  await signInByRequest(page, "aru.researcher@example.com");
  await page.goto("/partner/templates");
  await expect(page.getByRole("heading", { level: 1, name: "Answer templates" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Create a template" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create an answer template" })).toBeVisible();
  await expectNoAxeViolations(page);
  // An empty text is refused next to its field, and the title typed stays.
  await page.getByLabel("Title").fill(templateTitle);
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeFocused();
  await expect(page.getByLabel("Title")).toHaveValue(templateTitle);
  await expectNoAxeViolations(page);
  await page.getByLabel("Text").fill(templateBody);
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The template is saved." })).toBeFocused();
  await expect(page.getByRole("heading", { level: 3, name: templateTitle })).toBeVisible();
  await expectNoAxeViolations(page);

  // The question's triage page offers to write a response.
  await page.goto(`/partner/questions/${questionId}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Write a response" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectNoAxeViolations(page);

  // What was typed first stays; the template goes in after it, chosen and inserted by keyboard.
  const text = page.getByLabel("Your response");
  await text.fill("Thank you for asking.\n\n<script>window.__responsePwned = true</script>");
  await page.getByLabel("Answer template (optional)").focus();
  await page.getByLabel("Answer template (optional)").selectOption({ label: templateTitle });
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Insert template" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: `Template “${templateTitle}” inserted` })).toBeVisible();
  // Focus returns to the text, after the template, to edit it.
  await expect(text).toBeFocused();
  await page.keyboard.type(" We will write again in March.");
  const written = `Thank you for asking.\n\n<script>window.__responsePwned = true</script>\n\n${templateBody} We will write again in March.`;
  await expect(text).toHaveValue(written);
  await expectNoAxeViolations(page);

  // Preview: rendered as the public page will show it, above the form; nothing saved, the text kept.
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview).toBeFocused();
  await expect(preview.getByRole("heading", { name: "Official response from Anglia Ruskin University" })).toBeVisible();
  await expect(preview.getByText(`${templateBody} We will write again in March.`)).toBeVisible();
  await expect(text).toHaveValue(written);
  expect(
    (await queryOne<{ n: number }>(`SELECT count(*)::int AS n FROM response WHERE question_id = $1`, [questionId])).n,
  ).toBe(0);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Publish response" }).click();
  const banner = page.getByRole("status").filter({ hasText: "Your response is published." });
  await expect(banner).toBeFocused();
  await expectNoAxeViolations(page);

  // Editing keeps the earlier text for partners, and the public page says it was edited.
  await page.getByRole("link", { name: "Edit the response from Anglia Ruskin University" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Change the response from Anglia Ruskin University" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  const edited = written.replace("in March", "in early March");
  await page.getByLabel("Your response").fill(edited);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your changes are saved." })).toBeFocused();
  await page.getByText("Earlier versions (1 version)").click();
  await expect(page.getByText("We will write again in March.")).toBeVisible();
  await expectNoAxeViolations(page);

  // The template can be changed and deleted (after a confirmation page); the response keeps its text.
  await page.goto("/partner/templates");
  await page.getByRole("link", { name: `Change the template “${templateTitle}”` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change the template" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Title").fill(`${templateTitle} (old)`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your changes to the template are saved." })).toBeVisible();
  await page.getByRole("link", { name: `Delete the template “${templateTitle} (old)”` }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Delete the template “${templateTitle} (old)”?` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Delete template" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The template is deleted." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: `${templateTitle} (old)` })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The author sees the response, and the notification.
  const context = await browser.newContext();
  const author = await context.newPage();
  await signInByRequest(author, authorEmail);
  await author.goto(`/questions/${questionId}`);
  const response = author
    .getByRole("article")
    .filter({ has: author.getByRole("heading", { name: "Official response from Anglia Ruskin University" }) });
  await expect(response.getByText(`${templateBody} We will write again in early March.`)).toBeVisible();
  await expect(response.getByText(/Edited/)).toBeVisible();
  await expect(response.getByText(/Dr Amara Okafor/)).toBeVisible();
  // The script typed into the response shows as text and never runs.
  await expect(response.getByText("<script>window.__responsePwned = true</script>")).toBeVisible();
  expect(await author.evaluate(() => "__responsePwned" in window)).toBe(false);
  await expectNoAxeViolations(author);

  await author.goto("/notifications");
  await expect(
    author.getByText(`Anglia Ruskin University published an official response to your question “${title}”.`),
  ).toBeVisible();
  await expectNoAxeViolations(author);
  await context.close();
});

test("without JavaScript, inserting a template keeps what was typed and adds the template after it", async ({
  page,
  browser,
}) => {
  const title = `Could Great Dunmow have a community energy scheme ${Date.now() % 1_000_000}?`;
  const { questionId } = await authorWithQuestion({ ...ASKER, title });
  await signInByRequest(page, "aru.researcher@example.com");
  await page.goto(`/partner/questions/${questionId}/respond`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectNoAxeViolations(page);

  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const withoutScripts = await context.newPage();
  await withoutScripts.goto(`/partner/questions/${questionId}/respond`);
  await withoutScripts.getByLabel("Your response").fill("Typed before the template.");
  await withoutScripts.getByLabel("Answer template (optional)").selectOption({ label: "Our research on this" });
  await withoutScripts.getByRole("button", { name: "Insert template" }).click();
  await expect(withoutScripts.getByText("The template was added at the end of your response.")).toBeVisible();
  await expect(withoutScripts.getByLabel("Your response")).toHaveValue(
    "Typed before the template.\n\nResearchers at Anglia Ruskin University are studying this question. We will publish what we find here, in plain English, when the study ends.",
  );
  // Nothing was published.
  expect(
    (await queryOne<{ n: number }>(`SELECT count(*)::int AS n FROM response WHERE question_id = $1`, [questionId])).n,
  ).toBe(0);
  await context.close();
});
