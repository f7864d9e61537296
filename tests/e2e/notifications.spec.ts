import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test, type Page } from "@playwright/test";
import { signInByRequest, signInWithPassword } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { authorWithQuestion } from "./support/residents";

const run = promisify(execFile);

/** The header's link to the notifications: its name says the unread count in words. */
function notificationsLink(page: Page) {
  return page.getByRole("banner").getByRole("link", { name: /^Notifications/ });
}

async function unreadOf(email: string): Promise<number> {
  return (await queryOne<{ n: number }>(`SELECT unread_notifications AS n FROM "user" WHERE email = $1`, [email])).n;
}

test("a citizen supports and follows a question, hears of its official response, opens it, marks all read and unfollows; the author hears too", async ({
  page,
  browser,
}) => {
  test.slow();
  const title = `Could the Witham bus stops show live times ${Date.now() % 100000}?`;
  const { email: authorEmail, questionId } = await authorWithQuestion({
    displayName: "Ash Author",
    emailPrefix: "author",
    title,
    body: "The stops have no timetable at all after dark.",
  });

  await signInByRequest(page, "citizen@example.com");
  await page.goto(`/questions/${questionId}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectNoAxeViolations(page);

  // Supporting offers to follow.
  await page.getByRole("button", { name: `Support this question: ${title}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "You support this question." })).toBeVisible();
  const offer = page.getByRole("button", { name: "Follow this question", exact: true });
  await expect(offer).toBeVisible();
  await expectNoAxeViolations(page);
  await offer.click();
  await expect(page.getByRole("status").filter({ hasText: "You follow this question." })).toBeVisible();
  // The follow button elsewhere on the page agrees.
  const followButton = page.getByRole("button", { name: `Following: ${title}` });
  await expect(followButton).toHaveAttribute("aria-pressed", "true");
  await expectNoAxeViolations(page);

  // A partner publishes an official response (through the service, in another process).
  // The demo data leaves the citizen some unread notifications, so "mark all" has work to do below.
  const before = await unreadOf("citizen@example.com");
  expect(before).toBeGreaterThan(0);
  const body = "Essex County Council will add live screens at the four busiest stops in Witham next spring.";
  const published = await run(
    "npx",
    [
      "tsx",
      "--conditions=react-server",
      "tests/e2e/support/publish-response.ts",
      questionId,
      "ecc.officer@example.com",
      "essex-county-council",
      body,
    ],
    { env: process.env },
  );
  expect(JSON.parse(published.stdout)).toMatchObject({ status: "answered" });

  // The follower sees the count in the header, in words.
  await page.goto("/account");
  await expect(notificationsLink(page)).toHaveAccessibleName(`Notifications, ${before + 1} unread`);
  await expect(notificationsLink(page)).toHaveText(`Notifications (${before + 1})`);
  // The account page previews the questions the person follows, this one first.
  await expect(
    page.getByRole("list", { name: "Questions you follow" }).getByRole("listitem").first().getByRole("link"),
  ).toHaveText(title);
  await expectNoAxeViolations(page);
  await notificationsLink(page).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const list = page.getByRole("list", { name: "Your notifications" });
  const item = list.getByRole("listitem").filter({ hasText: title });
  await expect(item).toContainText("Unread");
  await expect(item).toContainText(
    `Essex County Council published an official response to “${title}”, a question you follow.`,
  );
  await expectNoAxeViolations(page);

  // Opening it marks it read and goes to the response.
  await item.getByRole("button", { name: /published an official response/ }).click();
  await expect(page).toHaveURL(new RegExp(`/questions/${questionId}#responses-heading$`));
  await expect(page.getByText(body)).toBeVisible();
  await expect(notificationsLink(page)).toHaveAccessibleName(`Notifications, ${before} unread`);
  await expectNoAxeViolations(page);

  // Mark all as read clears the count.
  await page.goto("/notifications");
  await expect(list.getByRole("listitem").filter({ hasText: title })).not.toContainText("Unread");
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByText("All your notifications are marked as read.")).toBeVisible();
  await expect(notificationsLink(page)).toHaveAccessibleName("Notifications");
  await expect(page.getByText("You have no unread notifications.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark all as read" })).toHaveCount(0);
  expect(await unreadOf("citizen@example.com")).toBe(0);
  await expectNoAxeViolations(page);

  // The Following list shows the question; unfollowing takes it off.
  await page.goto("/account/following");
  await expect(page.getByRole("heading", { level: 1, name: "Questions you follow" })).toBeVisible();
  await expect(
    page.getByRole("list", { name: "Questions you follow" }).getByRole("link", { name: title }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/questions/${questionId}`);
  await page.getByRole("button", { name: `Following: ${title}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "You no longer follow this question." })).toBeVisible();
  await expect(page.getByRole("button", { name: `Follow: ${title}` })).toHaveAttribute("aria-pressed", "false");
  await expectNoAxeViolations(page);
  await page.goto("/account/following");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The author, in another browser, hears of it once, as the author.
  const authorContext = await browser.newContext();
  const authorPage = await authorContext.newPage();
  await signInWithPassword(authorPage, authorEmail);
  await expect(notificationsLink(authorPage)).toHaveAccessibleName("Notifications, 1 unread");
  await expectNoAxeViolations(authorPage);
  await notificationsLink(authorPage).click();
  const authorItems = authorPage.getByRole("list", { name: "Your notifications" }).getByRole("listitem");
  await expect(authorItems).toHaveCount(1);
  await expect(authorItems).toContainText(
    `Essex County Council published an official response to your question “${title}”.`,
  );
  await expect(authorItems).toContainText("Unread");
  await expectNoAxeViolations(authorPage);
  await authorContext.close();
});
