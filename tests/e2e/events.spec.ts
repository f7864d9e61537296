import { expect, test } from "@playwright/test";
import { signInByRequest } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";
import { errorSummary } from "./support/forms";

const stamp = `${Date.now()}${Math.floor(Math.random() * 1e4)}`;
const TITLE = `Smart bins evening at Witham ${stamp}`;
const YEAR = String(new Date().getUTCFullYear() + 1);

// A council officer creates an event (refused first, with what was typed kept), is its facilitator with a
// moderator and a colleague added by email (the colleague leaves the council before the event is changed, and the
// edit form says saving removes them), gets its join code and QR code, changes it, and a visitor finds it on
// /events. Axe on /events, /events/new (and its errors), the event's page, its edit page and its join sheet.
test("a partner creates an event with facilitators, gets its join code, and changes it", async ({ page, browser }) => {
  test.slow();
  await signInByRequest(page, "ecc.officer@example.com");
  await page.goto("/events");
  await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Create an event" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create an event" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Refused: no kind, date or end time; what was typed stays.
  await page.getByLabel("Name of the event").fill(TITLE);
  await page.getByLabel("Start time").fill("18:30");
  await page.getByRole("button", { name: "Create the event" }).click();
  await expect(errorSummary(page)).toContainText("Select what kind of event it is");
  await expect(errorSummary(page)).toContainText("The date must include a day, month and year");
  await expect(errorSummary(page)).toContainText("Enter the end time");
  await expect(page.getByLabel("Name of the event")).toHaveValue(TITLE);
  await expectNoAxeViolations(page);

  await page.getByRole("radio", { name: "Public meeting" }).check();
  await page.getByLabel("What is it about?").fill("Residents ask about bins that say when they are full.");
  const date = page.getByRole("group", { name: "Date" });
  await date.getByLabel("Day").fill("15");
  await date.getByLabel("Month").fill("6");
  await date.getByLabel("Year").fill(YEAR);
  await page.getByLabel("End time").fill("20:00");
  await page.getByLabel("Place").fill("Witham Public Hall, Collingwood Road");
  // A council colleague of this test's own, who will leave the council before the event is changed.
  const leaver = `leaving.${stamp}@example.com`;
  await queryOne(
    `WITH person AS (
       INSERT INTO "user" (id, email, email_verified_at, display_name, updated_at)
       VALUES (gen_random_uuid(), $1, now(), 'Robin Leaving', now()) RETURNING id
     )
     INSERT INTO organisation_membership (user_id, organisation_id, role)
     SELECT person.id, o.id, 'member' FROM person, organisation o WHERE o.slug = 'essex-county-council'
     RETURNING user_id`,
    [leaver],
  );
  await page.getByLabel("Add facilitators by email address (optional)").fill(`moderator@example.com\n${leaver}`);
  await page.getByRole("button", { name: "Create the event" }).click();

  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("The event is created");
  const event = await queryOne<{ id: string; join_code: string; starts_at: Date; facilitators: string[] }>(
    `SELECT e.id, e.join_code, e.starts_at,
            array(SELECT u.email FROM event_facilitator f JOIN "user" u ON u.id = f.user_id WHERE f.event_id = e.id
                  ORDER BY u.email) AS facilitators
     FROM event e WHERE e.title = $1`,
    [TITLE],
  );
  expect(event.facilitators).toEqual(["ecc.officer@example.com", leaver, "moderator@example.com"]);
  // 18:30 in June is 17:30 UTC (British Summer Time).
  expect(new Date(event.starts_at).toISOString()).toBe(`${YEAR}-06-15T17:30:00.000Z`);
  const join = page.getByRole("region", { name: "Join in the room" });
  await expect(join).toContainText(event.join_code);
  await expect(join.getByRole("img", { name: /QR code that opens .*\/join\// })).toBeVisible();
  const running = page.getByRole("navigation", { name: "Running this event" });
  await expect(running.getByRole("link", { name: "Facilitator console" })).toHaveAttribute(
    "href",
    `/events/${event.id}/console`,
  );
  await expect(running.getByRole("link", { name: "Projector screen" })).toHaveAttribute(
    "href",
    `/events/${event.id}/screen`,
  );
  await expectNoAxeViolations(page);

  await join.getByRole("link", { name: "Print a join sheet" }).click();
  // The code is on the event's page too: wait for the sheet itself before checking it.
  await expect(page).toHaveURL(new RegExp(`/events/${event.id}/join-sheet$`));
  await expect(page.getByRole("heading", { level: 1, name: /^Ask your questions: / })).toBeVisible();
  await expect(page.getByText(event.join_code, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  // Back to the event by its address: the history holds the create form too, and going back by history was seen
  // to land on it under load.
  await page.goto(`/events/${event.id}`);

  // Changing it: the saved values fill the form, the moderator stays ticked.
  await page
    .getByRole("navigation", { name: "Running this event" })
    .getByRole("link", { name: "Change the event" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Change the event" })).toBeVisible();
  await expect(page.getByLabel("Start time")).toHaveValue("18:30");
  await expect(page.getByRole("checkbox", { name: "CSES Moderator (CSES)" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Robin Leaving (Essex County Council)" })).toBeChecked();
  await expect(page.getByRole("note")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Robin leaves the council: the form says that saving removes them, rather than dropping them silently.
  await queryOne(
    `DELETE FROM organisation_membership WHERE user_id = (SELECT id FROM "user" WHERE email = $1) RETURNING user_id`,
    [leaver],
  );
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /^Robin Leaving/ })).toHaveCount(0);
  const leaving = page.getByRole("note", { name: "A facilitator can no longer facilitate" });
  await expect(leaving.getByRole("listitem")).toHaveText(["Robin Leaving"]);
  await expect(leaving).toContainText("Saving your changes removes this person from the event's facilitators.");
  await expectNoAxeViolations(page);
  await page.getByLabel("Place").fill("Witham Library, Newland Street");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toContainText("Your changes to the event are saved");
  await expect(page.getByText("Witham Library, Newland Street")).toBeVisible();
  const after = await queryOne<{ facilitators: string[] }>(
    `SELECT array(SELECT u.email FROM event_facilitator f JOIN "user" u ON u.id = f.user_id WHERE f.event_id = $1
                  ORDER BY u.email) AS facilitators`,
    [event.id],
  );
  expect(after.facilitators).toEqual(["ecc.officer@example.com", "moderator@example.com"]);

  // A visitor finds it among the upcoming events, without the facilitators' links.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto("/events");
  await visitor.getByRole("link", { name: TITLE }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(visitor.getByRole("region", { name: "Join in the room" })).toContainText(event.join_code);
  await expect(visitor.getByRole("navigation", { name: "Running this event" })).toHaveCount(0);
  await visitorContext.close();
});

// The seeded past workshop (prisma/seed-events.ts): its questions, published without a name, with their status and
// answers, each leading to its portal page "Asked by students at …". Axe on the past list and the event's page.
test("a visitor reads a past workshop's questions and their answers", async ({ page }) => {
  await page.goto("/events?when=past");
  await expectNoAxeViolations(page);
  const workshop = "Smart streets workshop at Colchester Sixth Form College";
  await page.getByRole("link", { name: workshop }).click();
  await expect(page.getByRole("heading", { level: 1, name: workshop })).toBeVisible();
  const questions = page.getByRole("region", { name: "Questions asked at this event" });
  const answered = questions.getByRole("listitem").filter({ hasText: "Could the bus stop outside our school" });
  await expect(answered.getByText("Status: Answered")).toBeVisible();
  await expect(answered.getByRole("heading", { name: "Official response from Essex County Council" })).toBeVisible();
  await expect(questions).not.toContainText("What is for lunch today?");
  await expect(page.getByRole("region", { name: "Join in the room" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await answered.getByRole("link", { name: /Could the bus stop outside our school/ }).click();
  await expect(page.getByText(`students at ${workshop}`).first()).toBeVisible();
});

// Once an event's room questions are on the portal its date and times stay: the edit page says so before anything
// is typed, and a changed date is refused on the date, with what was typed kept and nothing saved.
test("a facilitator changing a past workshop is told its date and times stay", async ({ page }) => {
  const workshop = "Smart streets workshop at Colchester Sixth Form College";
  const event = await queryOne<{ id: string; year: number }>(
    "SELECT id, extract(year FROM starts_at AT TIME ZONE 'Europe/London')::int AS year FROM event WHERE title = $1 AND published_at IS NOT NULL",
    [workshop],
  );
  await signInByRequest(page, "ecc.officer@example.com");
  await page.goto(`/events/${event.id}/edit`);
  await expect(page.getByRole("note").filter({ hasText: "its date and times stay as they were" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Name of the event").fill(`${workshop} (what we heard)`);
  await page
    .getByRole("group", { name: "Date" })
    .getByLabel("Year")
    .fill(String(event.year - 1));
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(errorSummary(page)).toContainText("its date and times stay as they were");
  await expect(page.getByLabel("Name of the event")).toHaveValue(`${workshop} (what we heard)`);
  await expectNoAxeViolations(page);
  const after = await queryOne<{ title: string; year: number }>(
    "SELECT title, extract(year FROM starts_at AT TIME ZONE 'Europe/London')::int AS year FROM event WHERE id = $1",
    [event.id],
  );
  expect(after).toEqual({ title: workshop, year: event.year });
});
