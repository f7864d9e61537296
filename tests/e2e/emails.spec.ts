// Activity email (issue 12, point 4): choosing email settings on the account page, and the emailed one-click
// unsubscribe link, which works without signing in.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import PgBoss from "pg-boss";
import { bossSettings } from "../../lib/jobs/queues";
import { signInByLink, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";

/** A new person, confirmed, straight into the database (the sign-up journey is tested elsewhere). */
async function newPerson(options: { ageBand: string; optedIn: boolean }): Promise<{ id: string; email: string }> {
  const id = randomUUID();
  const email = uniqueEmail("emails");
  await queryOne(
    `INSERT INTO "user" (id, email, email_verified_at, display_name, age_band, email_notifications, updated_at)
     VALUES ($1, $2, now(), $3, $4::"AgeBand", $5, now())`,
    [id, email, `Emailed Person ${id.slice(0, 4)}`, options.ageBand, options.optedIn],
  );
  return { id, email };
}

const emailsSection = (page: Page) => page.locator("dl").filter({ has: page.getByText(/Emails about/).first() });

test("a person changes their email settings from the account page", async ({ page }) => {
  const { id, email } = await newPerson({ ageBand: "age_25_44", optedIn: false });
  await signInByLink(page, email);

  await expect(page.getByRole("heading", { level: 2, name: "Emails" })).toBeVisible();
  await expect(emailsSection(page)).toContainText("Emails about activity");
  await expect(emailsSection(page)).toContainText("Off");
  await page.getByRole("link", { name: "Change your email settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your email settings" })).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByLabel("No, do not email me about activity")).toBeChecked();

  await page.getByLabel("Yes, email me as I choose below").check();
  await page
    .getByRole("group", { name: "Emails about replies to your comments" })
    .getByLabel("Once a day, in a summary")
    .check();
  await page.getByRole("group", { name: "Emails about questions you follow" }).getByLabel("Never").check();
  await page.getByRole("button", { name: "Save email settings" }).click();
  await expect(page.getByText("Your email settings have been saved.")).toBeVisible();
  await expectNoAxeViolations(page);

  const saved = await queryOne<Record<string, unknown>>(
    `SELECT email_notifications, email_own_questions::text, email_comment_replies::text, email_followed_questions::text
     FROM "user" WHERE id = $1`,
    [id],
  );
  expect(saved).toEqual({
    email_notifications: true,
    email_own_questions: "immediate",
    email_comment_replies: "daily",
    email_followed_questions: "off",
  });

  await page.getByRole("link", { name: "Back to your account" }).click();
  await expect(emailsSection(page)).toContainText("Emails about your questionsStraight away");
  await expect(emailsSection(page)).toContainText("Emails about replies to your commentsOnce a day, in a summary");
  await expect(emailsSection(page)).toContainText("Emails about questions you followNever");
  await expectNoAxeViolations(page);
});

test("an under-18 finds email off and is never asked to turn it on", async ({ page }) => {
  const { email } = await newPerson({ ageBand: "under_16", optedIn: false });
  await signInByLink(page, email);
  await expect(emailsSection(page)).toContainText("Off");
  await expect(page.getByRole("main")).not.toContainText(/recommend|turn on email|don.t miss/i);
  await page.getByRole("link", { name: "Change your email settings" }).click();
  await expect(page.getByLabel("No, do not email me about activity")).toBeChecked();
  await expect(page.getByRole("main")).not.toContainText(/recommend/i);
  await expectNoAxeViolations(page);
});

test("the unsubscribe link in a notification email works without signing in", async ({ page }) => {
  const { id, email } = await newPerson({ ageBand: "age_45_64", optedIn: true });
  const { id: questionId } = await queryOne<{ id: string }>(
    `SELECT id FROM question WHERE moderation = 'approved' ORDER BY created_at LIMIT 1`,
  );
  // What notify() writes for a status change, then the job it enqueues; the server's worker sends the mail.
  const eventId = randomUUID();
  await queryOne(
    `INSERT INTO notification (id, user_id, event_id, kind, question_id, message)
     VALUES (gen_random_uuid(), $1, $2, 'question_status_changed', $3, 'Your question is now under review.')`,
    [id, eventId, questionId],
  );
  const boss = new PgBoss({ ...bossSettings(process.env.DATABASE_URL!), max: 1, migrate: false, supervise: false });
  await boss.start();
  await boss.send("notification-mail", { eventId });
  await boss.stop({ graceful: false });

  let mail: { text: string; headers: Record<string, string> } | undefined;
  await expect(async () => {
    mail = await queryOne<{ text: string; headers: Record<string, string> }>(
      `SELECT text, headers FROM captured_mail WHERE to_address = $1`,
      [email],
    );
    expect(mail).toBeTruthy();
  }).toPass({ timeout: 30_000 });
  expect(mail!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  const link = new URL(/https?:\/\/\S+\/unsubscribe\?token=\S+/.exec(mail!.text)![0]);

  // Opening the link (as a mail scanner would) changes nothing.
  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByRole("heading", { level: 1, name: "Unsubscribe from emails" })).toBeVisible();
  await expect(page.getByText("Stop emails about your questions")).toBeVisible();
  await expectNoAxeViolations(page);
  const setting = async () =>
    (await queryOne<{ s: string }>(`SELECT email_own_questions::text AS s FROM "user" WHERE id = $1`, [id])).s;
  expect(await setting()).toBe("immediate");

  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByText("You are unsubscribed.")).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await setting()).toBe("off");

  // A second use says so and changes nothing; an altered link is refused.
  await page.reload();
  await expect(page.getByText("You are already unsubscribed from emails about your questions.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Unsubscribe" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const oneClick = new URL(mail!.headers["List-Unsubscribe"]!.slice(1, -1));
  const response = await page.request.post(`${oneClick.pathname}${oneClick.search}`, {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe("You are already unsubscribed.");

  await page.goto(`${link.pathname}${link.search.replace("ownQuestions", "commentReplies")}`);
  await expect(page.getByText("This unsubscribe link is not valid.")).toBeVisible();
  await expectNoAxeViolations(page);
});
