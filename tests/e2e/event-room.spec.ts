// Issue 18, the room: participants join an event with its code (no account, no email), ask and support, and
// take a follow-up code; one adult with JavaScript, one under-16 without it. Axe on /join, /join/<code>, the
// room and the follow-up page. The event is made with SQL (creating events is another journey's).
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";

const ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
const code = Array.from({ length: 6 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join("");
const title = `Room journey workshop ${code}`;
let eventId: string;

test.beforeAll(async () => {
  const row = await queryOne<{ id: string }>(
    `WITH organiser AS (SELECT id FROM "user" WHERE platform_role = 'moderator' ORDER BY created_at LIMIT 1),
     created AS (
       INSERT INTO event (id, title, description, kind, starts_at, ends_at, place, organiser_id, join_code,
                          accepting_questions, updated_at)
       SELECT gen_random_uuid(), $1, 'Students and partners on a smarter Essex.', 'school_workshop',
              now() - interval '30 minutes', now() + interval '2 hours', 'Colchester Sixth Form College',
              organiser.id, $2, true, now()
       FROM organiser RETURNING id, organiser_id
     ), facilitating AS (
       INSERT INTO event_facilitator (event_id, user_id) SELECT id, organiser_id FROM created
     )
     SELECT id FROM created`,
    [title, code],
  );
  eventId = row.id;
});

function questionOnList(page: Page, text: string) {
  return page.getByRole("region", { name: "Questions on the list" }).getByRole("listitem").filter({ hasText: text });
}

test("the demo's upcoming event opens with its printed code (prisma/seed-events.ts, DEMO_JOIN_CODE)", async ({
  page,
}) => {
  await page.goto("/join/act4ex");
  await expect(page).toHaveURL(/\/join\/ACT4EX$/);
  await expect(page.getByRole("button", { name: "Join the event" })).toBeVisible();
});

test("participants join with the code, ask and support, and take a follow-up code", async ({ browser, page }) => {
  // An adult types the code as read off the screen, in small letters with a space.
  await page.goto("/join");
  await expect(page.getByRole("heading", { level: 1, name: "Join an event" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Join code").fill("QQQ QQQ");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(errorSummary(page)).toContainText("No event has that join code");
  await page.getByLabel("Join code").fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()}`);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(new RegExp(`/join/${code}$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectNoAxeViolations(page);

  // No age group: refused, the nickname kept.
  await page.getByLabel("Nickname (optional)").fill("Sam the Engineer");
  await page.getByRole("button", { name: "Join the event" }).click();
  await expect(errorSummary(page)).toContainText("Select your age group");
  await expect(page.getByLabel("Nickname (optional)")).toHaveValue("Sam the Engineer");
  await page.getByLabel("25 to 44").check();
  await page.getByRole("button", { name: "Join the event" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${eventId}/room$`));
  await expect(page.getByText("You joined as Sam the Engineer")).toBeVisible();
  await expectNoAxeViolations(page);

  const adultsQuestion = "Could bus stops near the college show live bus times?";
  await page.getByLabel("Your question").fill(adultsQuestion);
  await page.getByRole("button", { name: "Send question" }).click();
  await expect(page.getByRole("status", { name: "Question sent" })).toContainText("Your question is on the list");
  await expect(questionOnList(page, adultsQuestion)).toContainText("Your question");
  await expect(page.getByLabel("Your question")).toHaveValue("");
  await expectNoAxeViolations(page);

  // A student under 16 opens the QR code's address in a browser without JavaScript: every form still works.
  const studentContext = await browser.newContext({ javaScriptEnabled: false });
  const student = await studentContext.newPage();
  await student.goto(`/join/${code}`);
  await student.getByLabel("Under 16").check();
  await student.getByLabel("Nickname (optional)").fill("Jamie Smith");
  await student.getByRole("button", { name: "Join the event" }).click();
  await expect(student).toHaveURL(new RegExp(`/events/${eventId}/room$`));
  // Under 18: a made-up nickname, never the one typed.
  await expect(student.getByText(/You joined as [A-Z][a-z]+ [A-Z][a-z]+ \d{2}\./)).toBeVisible();
  await expect(student.getByText("Jamie Smith")).toHaveCount(0);

  const studentsQuestion = "Why do the buses stop running so early in the evening?";
  await student.getByLabel("Your question").fill(studentsQuestion);
  await student.getByRole("button", { name: "Send question" }).click();
  await expect(student.getByText("Your question is waiting for the facilitators")).toBeVisible();
  const waiting = student.getByRole("region", { name: "Your questions not on the list" });
  await expect(waiting).toContainText(studentsQuestion);
  await expect(waiting).toContainText("Waiting for the facilitators. Only you can see it.");

  // The student supports the adult's question, once.
  await questionOnList(student, adultsQuestion).getByRole("button", { name: "Support question 1" }).click();
  await expect(student.getByText("Thank you. Your support is counted.")).toBeVisible();
  await student.goto(`/events/${eventId}/room`);
  await expect(questionOnList(student, adultsQuestion)).toContainText("1 supporter");
  await expect(questionOnList(student, adultsQuestion)).toContainText("You support this question");

  // The adult's page shows the support, and never the student's held question nor any name.
  await page.reload();
  await expect(questionOnList(page, adultsQuestion)).toContainText("1 supporter");
  await expect(page.getByText(studentsQuestion)).toHaveCount(0);
  await expect(page.getByText("Jamie Smith")).toHaveCount(0);
  const counts = await queryOne<{ participants: number; supports: string }>(
    `SELECT e.participant_count AS participants,
            (SELECT count(*) FROM event_support s JOIN event_question q ON q.id = s.event_question_id
             WHERE q.event_id = e.id) AS supports
     FROM event e WHERE e.id = $1`,
    [eventId],
  );
  expect(counts).toEqual({ participants: 2, supports: "1" });

  // A follow-up code: shown large, as a QR code, and its page lists the room's questions (not the held one).
  await page.getByRole("button", { name: "Take a follow-up code" }).click();
  await expect(page).toHaveURL(/\/follow-up\/[ACDEFGHJKMNPQRTUVWXY34679]{10}\?new=1$/);
  await expect(page.getByRole("heading", { level: 1, name: `Questions from ${title}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your follow-up code" })).toBeVisible();
  await expect(page.getByRole("img", { name: /QR code for this follow-up page/ })).toBeVisible();
  await expect(page.getByText(adultsQuestion)).toBeVisible();
  await expect(page.getByText(studentsQuestion)).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The code alone opens it again, in a browser that never joined.
  const followUp = new URL(page.url()).pathname;
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(followUp);
  await expect(strangerPage.getByRole("heading", { name: "This page's follow-up code" })).toBeVisible();
  await expect(strangerPage.getByText(adultsQuestion)).toBeVisible();
  // Nor does the room open without joining.
  await strangerPage.goto(`/events/${eventId}/room`);
  await expect(strangerPage.getByRole("heading", { level: 1, name: "Join the event first" })).toBeVisible();
  await stranger.close();
  await studentContext.close();
});
