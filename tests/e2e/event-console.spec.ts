import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInByRequest } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { queryOne } from "./support/db";

// The facilitators' console and the projector screen, with a room built straight in the database (joining and
// asking are the room's own journey, tests/e2e/event-room.spec.ts): a council officer approves a question and merges
// a repeat in the console while a visitor's projector screen follows without reloading; then the officer ends the
// event and its questions are on the portal, attributed to the event, for the partners.
const FACILITATOR = "ecc.officer@example.com";
const TITLE = `Smart Braintree workshop ${randomUUID().slice(0, 6)}`;
const KEPT = "Will the town centre get free public wifi?";
const REPEAT = "will the town centre get free wifi";
const WAITING = "How are the new flood sensors on the river checked?";

let eventId: string;

/** A join code of its own (lib/events/join-code.ts's alphabet), eight long so no seeded or other event has it. */
function joinCode(): string {
  const alphabet = "ACDEFGHJKMNPQRTUVWXY34679";
  return Array.from({ length: 8 }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join("");
}

test.beforeAll(async () => {
  const { id: officerId } = await queryOne<{ id: string }>(`SELECT id FROM "user" WHERE email = $1`, [FACILITATOR]);
  ({ id: eventId } = await queryOne<{ id: string }>(
    `INSERT INTO event (id, title, description, kind, starts_at, ends_at, place, organiser_id, join_code,
                        accepting_questions, updated_at)
     VALUES (gen_random_uuid(), $1, 'Year 10 ask about their town.', 'school_workshop', now() - interval '1 hour',
             now() + interval '1 hour', 'Braintree', $2, $3, true, now())
     RETURNING id`,
    [TITLE, officerId, joinCode()],
  ));
  await queryOne(`INSERT INTO event_facilitator (event_id, user_id) VALUES ($1, $2)`, [eventId, officerId]);
  const participants: string[] = [];
  for (let n = 0; n < 3; n++) {
    const { id } = await queryOne<{ id: string }>(
      `INSERT INTO event_participant (id, event_id, nickname, age_band, token_hash)
       VALUES (gen_random_uuid(), $1, $2, 'under_16', encode(sha256(gen_random_uuid()::text::bytea), 'hex')) RETURNING id`,
      [eventId, `Curious Heron ${n}`],
    );
    participants.push(id);
  }
  await queryOne(`UPDATE event SET participant_count = 3 WHERE id = $1`, [eventId]);
  const ask = async (text: string, moderation: string, minutesAgo: number, supporters: string[]) => {
    const { id } = await queryOne<{ id: string }>(
      `INSERT INTO event_question (id, event_id, participant_id, text, moderation, asked_by_under_18, support_count,
                                   created_at)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, true, $5, now() - make_interval(mins => $6)) RETURNING id`,
      [eventId, participants[0], text, moderation, supporters.length, minutesAgo],
    );
    for (const participant of supporters)
      await queryOne(`INSERT INTO event_support (event_question_id, participant_id) VALUES ($1, $2)`, [
        id,
        participant,
      ]);
  };
  // Question 1, supported by two; question 2 repeats it, supported by one of them and the third; question 3 waits.
  await ask(KEPT, "approved", 30, [participants[0]!, participants[1]!]);
  await ask(REPEAT, "approved", 20, [participants[1]!, participants[2]!]);
  await ask(WAITING, "pending", 10, []);
});

test("a facilitator approves and merges in the console; the projector follows without reloading; after the event the questions reach the partners", async ({
  page,
  browser,
}) => {
  test.slow();
  // The projector: a visitor's browser, as on a shared school laptop.
  const projectorContext = await browser.newContext();
  const screen = await projectorContext.newPage();
  await screen.goto(`/events/${eventId}/screen`);
  await expect(screen.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(screen.getByText("3 people joined")).toBeVisible();
  await expect(screen.getByText(WAITING)).toHaveCount(0);
  await expect(screen.getByRole("img", { name: /QR code for .*\/join\// })).toBeVisible();
  // Nothing that identifies anyone: no nickname on the screen.
  await expect(screen.getByText("Curious Heron")).toHaveCount(0);
  await expectNoAxeViolations(screen);
  // A marker that a reload would wipe.
  await screen.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  // A second projector whose stream never gets through (a proxy that drops it): it falls back to polling every 5 s.
  const pollingContext = await browser.newContext();
  await pollingContext.route("**/api/events/*/signals", (route) => route.abort());
  const pollingScreen = await pollingContext.newPage();
  await pollingScreen.goto(`/events/${eventId}/screen`);
  await expect(pollingScreen.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();

  await signInByRequest(page, FACILITATOR);
  await page.goto(`/events/${eventId}/console`);
  await expect(page.getByRole("heading", { level: 1, name: "Event console" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Waiting for a facilitator (1)" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Approve question 3" }).click();
  await expect(page.getByRole("heading", { name: "Waiting for a facilitator (0)" })).toBeVisible();
  await expect(screen.getByText(WAITING)).toBeVisible({ timeout: 5_000 });
  await expect(pollingScreen.getByText(WAITING)).toBeVisible({ timeout: 12_000 });
  await pollingContext.close();

  // "This looks like question 1": one click merges the repeat; the shared supporter is counted once.
  const repeatCard = page.getByRole("listitem").filter({ hasText: REPEAT });
  await expect(repeatCard.getByText(`This looks like question 1: “${KEPT}”`)).toBeVisible();
  await repeatCard.getByRole("button", { name: "Merge into question 1" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: REPEAT })).toHaveCount(0);
  const keptOnScreen = screen.getByRole("listitem").filter({ hasText: KEPT });
  await expect(keptOnScreen).toContainText("3 supporters", { timeout: 5_000 });
  await expect(screen.getByText(REPEAT)).toHaveCount(0);
  const { stored, recount } = await queryOne<{ stored: number; recount: number }>(
    `SELECT q.support_count AS stored, (SELECT count(*)::int FROM event_support s WHERE s.event_question_id = q.id) AS recount
     FROM event_question q WHERE q.event_id = $1 AND q.text = $2`,
    [eventId, KEPT],
  );
  expect({ stored, recount }).toEqual({ stored: 3, recount: 3 });

  // Filed under a theme, so it reaches the partners sorted.
  const keptCard = page.getByRole("listitem").filter({ hasText: KEPT });
  await keptCard.getByLabel("Theme of question 1 on the portal").selectOption({ label: "Digital connectivity" });
  await keptCard.getByRole("button", { name: "Save theme" }).click();
  await expect(keptCard.getByRole("status").filter({ hasText: "Theme saved." })).toBeAttached();

  await page.getByRole("button", { name: "Answer question 1 now" }).click();
  const now = screen.getByRole("region", { name: "Now answering" });
  await expect(now).toContainText(KEPT, { timeout: 5_000 });
  await expectNoAxeViolations(page);
  await expectNoAxeViolations(screen);
  expect(await screen.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // The presenter's key on the facilitator's own screen moves to the next question.
  await page.goto(`/events/${eventId}/screen`);
  await expect(page.getByText("N or the right arrow: the next question")).toBeVisible();
  await page.keyboard.press("n");
  await expect(page.getByRole("region", { name: "Now answering" })).toContainText(WAITING, { timeout: 5_000 });
  await expect(screen.getByRole("region", { name: "Now answering" })).toContainText(WAITING, { timeout: 5_000 });

  await page.goto(`/events/${eventId}/console`);
  await page.getByRole("button", { name: "End the event now" }).click();
  await expect(page.getByText("The approved questions were published on the portal")).toBeVisible();
  await expect(screen.getByRole("heading", { name: "This event has ended" })).toBeVisible({ timeout: 5_000 });

  const { id: questionId } = await queryOne<{ id: string }>(
    `SELECT id FROM question WHERE event_id = $1 AND title = $2 AND author_id IS NULL`,
    [eventId, KEPT],
  );
  // In partner triage like any other question in the pool: a partner can claim it.
  await page.goto(`/partner/questions/${questionId}`);
  await expect(page.getByRole("heading", { level: 1, name: KEPT })).toBeVisible();
  await expect(page.getByRole("button", { name: /Claim/ }).first()).toBeVisible();
  await page.goto(`/questions/${questionId}`);
  await expect(page.getByText(`Asked by students at ${TITLE}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Digital connectivity: questions on this theme" })).toBeVisible();
  await projectorContext.close();
});
