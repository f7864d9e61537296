// Issue 18 from end to end, as the people in the room click through it: a council officer creates a school
// workshop and opens it for questions; three participants join with its code in their own browsers, ask and
// support (the under-16's question waits for approval); the officer approves it and merges it with the similar
// question on the list while a projector screen, opened before, follows without reloading; the officer ends the
// event, and its questions are in the partner inbox and on the follow-up page a student took in the room,
// "Asked by students at …". Axe on every page the journey passes. The other event specs check each part's details.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { signInByRequest } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";

const FACILITATOR = "ecc.officer@example.com";
const TITLE = `Getting to school in Witham ${randomUUID().slice(0, 6)}`;
const KEPT = "Could the bus stops near the school show live bus times?";
const REPEAT = "Could the bus stops near our school show the live bus times?";
const OTHER = "Could the library stay open later during the exams?";

/** The wall clock in Essex now: the event form takes UK dates and times. */
function ukClock(at = new Date()): { day: number; month: number; year: number; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/London",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      hourCycle: "h23",
    })
      .formatToParts(at)
      .map((part) => [part.type, Number(part.value)]),
  );
  return { day: parts.day!, month: parts.month!, year: parts.year!, minutes: parts.hour! * 60 + parts.minute! };
}

const clockTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

const onTheList = (page: Page, text: string) =>
  page.getByRole("region", { name: "Questions on the list" }).getByRole("listitem").filter({ hasText: text });

/** A browser of its own, as each phone in the room and the classroom laptop are; closed after the journey. */
const opened: BrowserContext[] = [];
async function newBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  opened.push(context);
  return context.newPage();
}

/** A participant (no account, no email) joins with the code from the QR code's address. */
async function join(browser: Browser, code: string, ageGroup: string): Promise<Page> {
  const page = await newBrowser(browser);
  await page.goto(`/join/${code}`);
  await page.getByLabel(ageGroup).check();
  await page.getByRole("button", { name: "Join the event" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  return page;
}

async function ask(page: Page, text: string): Promise<void> {
  await page.getByLabel("Your question").fill(text);
  await page.getByRole("button", { name: "Send question" }).click();
  await expect(page.getByRole("status", { name: "Question sent" })).toBeVisible();
}

async function support(page: Page, text: string): Promise<void> {
  await onTheList(page, text)
    .getByRole("button", { name: /^Support question \d+$/ })
    .click();
  await expect(onTheList(page, text).getByText("You support this question")).toBeVisible();
}

test("a facilitator runs a workshop from creating it to its questions reaching the partners", async ({
  page,
  browser,
}) => {
  test.slow();
  // The form takes one day's start and end: a run in the last minutes before midnight waits for the new day.
  await expect.poll(() => ukClock().minutes, { timeout: 200_000 }).toBeLessThan(23 * 60 + 57);
  const today = ukClock();
  const startMinutes = Math.max(0, today.minutes - 1);

  // The officer creates a school workshop that started a minute ago and lasts an hour.
  await signInByRequest(page, FACILITATOR);
  await page.goto("/events");
  await page.getByRole("link", { name: "Create an event" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create an event" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Name of the event").fill(TITLE);
  await page.getByRole("radio", { name: "School workshop" }).check();
  await page.getByLabel("What is it about?").fill("Year 10 ask the council how they could get to school better.");
  const date = page.getByRole("group", { name: "Date" });
  await date.getByLabel("Day").fill(String(today.day));
  await date.getByLabel("Month").fill(String(today.month));
  await date.getByLabel("Year").fill(String(today.year));
  await page.getByLabel("Start time").fill(clockTime(startMinutes));
  await page.getByLabel("End time").fill(clockTime(Math.min(startMinutes + 60, 23 * 60 + 59)));
  await page.getByLabel("Place").fill("Maltings Academy, Witham");
  await page.getByRole("button", { name: "Create the event" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("The event is created");
  await expectNoAxeViolations(page);
  const eventId = /\/events\/([0-9a-f-]{36})\b/.exec(page.url())![1]!;
  const { join_code: code } = await queryOne<{ join_code: string }>(`SELECT join_code FROM event WHERE id = $1`, [
    eventId,
  ]);
  await expect(page.getByRole("region", { name: "Join in the room" })).toContainText(code);

  // Its console: the room is closed for questions until a facilitator opens it.
  await page
    .getByRole("navigation", { name: "Running this event" })
    .getByRole("link", { name: "Facilitator console" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Event console" })).toBeVisible();
  await page.getByRole("button", { name: "Open for questions" }).click();
  await expect(page.getByRole("button", { name: "Close for new questions" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The first participant types the code read off the board, in small letters.
  const adult = await newBrowser(browser);
  await adult.goto("/join");
  await expectNoAxeViolations(adult);
  await adult.getByLabel("Join code").fill(code.toLowerCase());
  await adult.getByRole("button", { name: "Continue" }).click();
  await expect(adult.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expectNoAxeViolations(adult);
  await adult.getByLabel("25 to 44").check();
  await adult.getByRole("button", { name: "Join the event" }).click();
  await expect(adult).toHaveURL(new RegExp(`/events/${eventId}/room$`));
  await ask(adult, KEPT);
  await expect(onTheList(adult, KEPT)).toContainText("Your question");
  await expectNoAxeViolations(adult);

  // The other two open the QR code's address: a parent asks something else, a student under 16 the same again.
  const parent = await join(browser, code, "45 to 64");
  await ask(parent, OTHER);
  await support(parent, KEPT);
  const student = await join(browser, code, "Under 16");
  await ask(student, REPEAT);
  await expect(student.getByRole("region", { name: "Your questions not on the list" })).toContainText(
    "Waiting for the facilitators. Only you can see it.",
  );
  await support(student, KEPT);
  await expectNoAxeViolations(student);

  // The projector, opened on the classroom laptop before any approval: the list by support, no waiting question.
  const screen = await newBrowser(browser);
  await screen.goto(`/events/${eventId}/screen`);
  await expect(screen.getByText("3 people joined")).toBeVisible();
  const onScreen = (text: string) => screen.getByRole("listitem").filter({ hasText: text });
  await expect(onScreen(KEPT)).toContainText("2 supporters");
  await expect(onScreen(OTHER)).toContainText("0 supporters");
  await expect(screen.getByText(REPEAT)).toHaveCount(0);
  // A marker that a reload would wipe.
  await screen.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  // The console has followed the room by itself: the student's question waits there. Approving it puts it on the
  // projector and on the parent's phone, neither reloaded.
  await expect(page.getByRole("heading", { name: "Waiting for a facilitator (1)" })).toBeVisible();
  const repeatCard = page.getByRole("listitem").filter({ hasText: REPEAT });
  await expect(repeatCard).toContainText("Asked by someone under 18");
  await repeatCard.getByRole("button", { name: /^Approve question \d+$/ }).click();
  await expect(page.getByRole("heading", { name: "Waiting for a facilitator (0)" })).toBeVisible();
  await expect(onScreen(REPEAT)).toContainText("0 supporters");
  await support(parent, REPEAT);
  await expect(onScreen(REPEAT)).toContainText("1 supporter");

  // "This looks like question 1": merged with one click. The parent supported both, and counts once: 2, not 3.
  await expect(repeatCard).toContainText(`This looks like question 1: “${KEPT}”`);
  await repeatCard.getByRole("button", { name: "Merge into question 1" }).click();
  await expect(page.getByRole("heading", { name: "On the screen (2)" })).toBeVisible();
  await expect(screen.getByText(REPEAT)).toHaveCount(0);
  await expect(onScreen(KEPT)).toContainText("2 supporters");
  await expect(onTheList(parent, KEPT)).toContainText("2 supporters");
  await expect(student.getByRole("region", { name: "Your questions not on the list" })).toContainText(
    "joined it with a similar question on the list",
  );
  const counts = await queryOne<{ stored: number; rows: number }>(
    `SELECT q.support_count AS stored, (SELECT count(*)::int FROM event_support s WHERE s.event_question_id = q.id) AS rows
     FROM event_question q WHERE q.event_id = $1 AND q.text = $2`,
    [eventId, KEPT],
  );
  expect(counts).toEqual({ stored: 2, rows: 2 });
  await expectNoAxeViolations(screen);
  expect(await screen.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // Filed under a theme, so the partners find it sorted.
  const keptCard = page.getByRole("listitem").filter({ hasText: KEPT }).filter({ hasNotText: REPEAT });
  await keptCard.getByLabel("Theme of question 1 on the portal").selectOption({ label: "Transport and mobility" });
  await keptCard.getByRole("button", { name: "Save theme" }).click();
  await expect(keptCard.getByRole("status").filter({ hasText: "Theme saved." })).toBeAttached();

  // The student takes a follow-up code before leaving the room.
  await student.getByRole("button", { name: "Take a follow-up code" }).click();
  await expect(student.getByRole("heading", { name: "Your follow-up code" })).toBeVisible();
  await expect(student.getByText(KEPT)).toBeVisible();
  await expectNoAxeViolations(student);

  // The officer ends the event: the questions go on the portal and the projector says so, still not reloaded.
  await page.getByRole("button", { name: "End the event now" }).click();
  await expect(page.getByText("The approved questions were published on the portal")).toBeVisible();
  await expect(screen.getByRole("heading", { name: "This event has ended" })).toBeVisible();
  expect(await screen.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // In the partner inbox's pool under its theme, like any other question (the oldest first, so page on to it).
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partner inbox" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Partner inbox" })).toBeVisible();
  await page.getByLabel("Theme").selectOption({ label: "Transport and mobility" });
  await page.getByRole("button", { name: "Show questions" }).click();
  await expect(page).toHaveURL(/theme=transport-and-mobility/);
  await expectNoAxeViolations(page);
  const inInbox = page.getByRole("list", { name: "Questions in this view" }).getByRole("link", { name: KEPT });
  for (let pages = 1; pages < 20 && !(await inInbox.isVisible()); pages++) {
    const next = page.getByRole("link", { name: "Next page of questions" });
    const url = page.url();
    await next.click();
    await expect(page).not.toHaveURL(url);
  }
  await inInbox.click();
  await expect(page.getByRole("heading", { level: 1, name: KEPT })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Read it as the public sees it" }).click();
  await expect(page.getByRole("heading", { level: 1, name: KEPT })).toBeVisible();
  await expect(page.getByText(`Asked by students at ${TITLE}`)).toBeVisible();
  await expectNoAxeViolations(page);

  // The student's follow-up page, opened again later: the published questions (not the merged repeat), each
  // leading to its page on the portal, attributed to the workshop.
  await student.reload();
  const published = student.getByRole("region", { name: "What happened to the questions" });
  await expect(published.getByRole("link", { name: KEPT })).toBeVisible();
  await expect(published.getByRole("link", { name: OTHER })).toBeVisible();
  await expect(published.getByText(REPEAT)).toHaveCount(0);
  await expectNoAxeViolations(student);
  await published.getByRole("link", { name: KEPT }).click();
  await expect(student.getByText(`Asked by students at ${TITLE}`)).toBeVisible();

  for (const context of opened.splice(0)) await context.close();
});
