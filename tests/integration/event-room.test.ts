// Issue 18, the room: participants join with a code (no account), ask and support; the rules proved against
// Postgres under concurrency, the under-18s' protections, the retention job, follow-up codes and the join-code
// limit.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "@/lib/accounts/tokens";
import { db } from "@/lib/db";
import { Forbidden, Invalid, NotFound } from "@/lib/errors";
import { newJoinCode } from "@/lib/events/join-code";
import type { AgeBand } from "@/lib/generated/prisma/enums";
import { RATE_LIMITS } from "@/lib/rate-limit";
import { getFollowUpView } from "@/lib/room/follow-up";
import { CodeTriesPaused } from "@/lib/room/limits";
import { getRoomView } from "@/lib/room/queries";
import { handlers } from "@/lib/jobs/handlers";
import { EVENT_PARTICIPANT_RETENTION_SCHEDULE } from "@/lib/jobs/queues";
import { deleteExpiredParticipants } from "@/lib/room/retention";
import {
  ALREADY_SUPPORTED,
  askInRoom,
  EVENT_HAS_ENDED,
  joinEvent,
  NO_EVENT_WITH_CODE,
  OWN_QUESTION,
  ROOM_CLOSED,
  supportInRoom,
  takeFollowUpCode,
} from "@/lib/room/service";
import { createUser } from "../support/fixtures";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let organiserId: string;

beforeAll(async () => {
  organiserId = (await createUser({ platformRole: "moderator" })).id;
});

/** An event straight in the database (creating events is lib/events' work), open for questions unless told. */
async function createEvent(overrides: { startsAt?: Date; endsAt?: Date; acceptingQuestions?: boolean } = {}) {
  const startsAt = overrides.startsAt ?? new Date(Date.now() - HOUR);
  return db.event.create({
    data: {
      title: `Smart Essex workshop ${randomUUID().slice(0, 6)}`,
      description: "Students and partners talk about a smarter Essex.",
      kind: "school_workshop",
      startsAt,
      endsAt: overrides.endsAt ?? new Date(startsAt.getTime() + 3 * HOUR),
      place: "Chelmsford",
      organiserId,
      joinCode: newJoinCode(),
      acceptingQuestions: overrides.acceptingQuestions ?? true,
      facilitators: { create: { userId: organiserId } },
    },
  });
}

/** A unique address per test, so each test's wrong codes have their own limit (TEST-NET-3, never routed). */
const someIp = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 4)}`;

async function join(code: string, ageBand: AgeBand = "age_25_44", nickname: string | null = null, ip = someIp()) {
  return joinEvent({ ip }, { code, ageBand, nickname });
}

async function expectStoredCountsMatchRows(eventId: string) {
  const questions = await db.eventQuestion.findMany({
    where: { eventId },
    select: { id: true, supportCount: true, _count: { select: { supports: true } } },
  });
  for (const question of questions) expect(question.supportCount).toBe(question._count.supports);
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { participantCount: true } });
  expect(event.participantCount).toBe(await db.eventParticipant.count({ where: { eventId } }));
}

describe("a room of 100 at once", () => {
  it("joins, asks and supports concurrently: one support per participant per question, counts equal rows", async () => {
    const event = await createEvent();
    const schoolIp = "198.51.100.20"; // A whole class shares one school address.
    const participants = await Promise.all(
      Array.from({ length: 100 }, (_, i) => join(event.joinCode, i % 2 ? "under_16" : "age_18_24", null, schoolIp)),
    );
    expect(new Set(participants.map((p) => p.participantId)).size).toBe(100);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).participantCount).toBe(100);

    // Ten adults ask at once: on the list at once. Ten under-18s ask: waiting for the facilitators.
    const adults = participants.filter((_, i) => i % 2 === 0);
    const children = participants.filter((_, i) => i % 2 === 1);
    const asked = await Promise.all(
      adults
        .slice(0, 10)
        .map((p, i) =>
          askInRoom(p.token, { eventId: event.id, text: `Could bus stops show live times on screens? (${i})` }),
        ),
    );
    expect(asked.every((a) => a.moderation === "approved")).toBe(true);
    const held = await Promise.all(
      children
        .slice(0, 10)
        .map((p, i) =>
          askInRoom(p.token, { eventId: event.id, text: `Will our school get faster broadband soon? (${i})` }),
        ),
    );
    expect(held.every((a) => a.moderation === "pending")).toBe(true);

    // Everyone supports the first three approved questions, each twice at once, and one held question.
    const targets = asked.slice(0, 3).map((a) => a.eventQuestionId);
    const attempts = participants.flatMap((p) =>
      [...targets, ...targets, held[0]!.eventQuestionId].map((eventQuestionId) =>
        supportInRoom(p.token, { eventId: event.id, eventQuestionId }).then(
          (result) => ({ ok: true as const, result }),
          (error: unknown) => ({ ok: false as const, error }),
        ),
      ),
    );
    const outcomes = await Promise.all(attempts);
    const refusals = outcomes.filter((o) => !o.ok).map((o) => (o as { error: unknown }).error);
    // The held question is not on the list (100), and three askers cannot support their own (twice each: 6).
    expect(refusals.filter((e) => e instanceof NotFound)).toHaveLength(100);
    expect(refusals.filter((e) => e instanceof Invalid && e.message === OWN_QUESTION)).toHaveLength(6);
    expect(refusals).toHaveLength(106);
    const fresh = outcomes.filter((o) => o.ok && !o.result.alreadySupported);
    const repeats = outcomes.filter((o) => o.ok && o.result.alreadySupported);
    expect(fresh).toHaveLength(3 * 99);
    expect(repeats).toHaveLength(3 * 99);

    await expectStoredCountsMatchRows(event.id);
    const counts = await db.eventQuestion.findMany({ where: { id: { in: targets } }, select: { supportCount: true } });
    expect(counts.map((c) => c.supportCount)).toEqual([99, 99, 99]);
    const duplicates = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (
        SELECT event_question_id, participant_id FROM event_support GROUP BY 1, 2 HAVING count(*) > 1
      ) d`;
    expect(Number(duplicates[0]!.n)).toBe(0);
    expect(await db.eventSupport.count({ where: { eventQuestionId: held[0]!.eventQuestionId } })).toBe(0);
  });
});

describe("joining", () => {
  it("needs no email or account; under-18s get a generated nickname whatever they type", async () => {
    const event = await createEvent();
    const child = await join(event.joinCode, "under_16", "Jamie Smith");
    expect(child.nickname).not.toBe("Jamie Smith");
    expect(child.nickname).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+ \d{2}$/);
    const adult = await join(event.joinCode, "age_45_64", "Margaret from Maldon");
    expect(adult.nickname).toBe("Margaret from Maldon");
    const row = await db.eventParticipant.findUniqueOrThrow({ where: { id: adult.participantId } });
    // Only the hash of the cookie's token is kept.
    expect(row.tokenHash).toBe(hashToken(adult.token));
    expect(JSON.stringify(row)).not.toContain(adult.token);
  });

  it("screens an adult's nickname: personal information, blocked words and claims to be staff are refused", async () => {
    const event = await createEvent();
    for (const nickname of ["Moderator", "call 07700 900123", "Bellend"]) {
      const refusal = await join(event.joinCode, "age_25_44", nickname).catch((error: unknown) => error);
      expect(refusal, nickname).toBeInstanceOf(Invalid);
      expect((refusal as Invalid).fieldErrors.nickname).toMatch(/^Choose another nickname/);
    }
    expect(await db.eventParticipant.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("refuses an unknown code and an event that has ended", async () => {
    await expect(join("QQQQQQ")).rejects.toThrow(NO_EVENT_WITH_CODE);
    const past = await createEvent({ startsAt: new Date(Date.now() - 5 * HOUR), endsAt: new Date(Date.now() - HOUR) });
    await expect(join(past.joinCode)).rejects.toThrow(EVENT_HAS_ENDED);
    expect((await db.event.findUniqueOrThrow({ where: { id: past.id } })).participantCount).toBe(0);
  });

  it("cannot be guessed faster than the limit allows: wrong codes count, right ones do not", async () => {
    const event = await createEvent();
    const ip = someIp();
    const allowance = RATE_LIMITS["join-code:ip"].points;
    // A class joining from this address costs nothing against the limit.
    for (let i = 0; i < 5; i++) await join(event.joinCode, "under_16", null, ip);
    const wrong = () => (newJoinCode() === event.joinCode ? "AAAAAA" : newJoinCode());
    const guesses = await Promise.allSettled(
      Array.from({ length: allowance + 20 }, () => join(wrong(), "age_25_44", null, ip)),
    );
    const refusedAsWrong = guesses.filter((g) => g.status === "rejected" && g.reason instanceof Invalid);
    const paused = guesses.filter((g) => g.status === "rejected" && g.reason instanceof CodeTriesPaused);
    expect(refusedAsWrong).toHaveLength(allowance);
    expect(paused).toHaveLength(20);
    // Once spent, even the right code is refused from there (a guesser learns nothing), but not from elsewhere.
    await expect(join(event.joinCode, "age_25_44", null, ip)).rejects.toBeInstanceOf(CodeTriesPaused);
    await expect(join(event.joinCode, "age_25_44", null, someIp())).resolves.toMatchObject({ eventId: event.id });
  });
});

describe("asking and supporting", () => {
  it("refuses to ask in a closed room, without a place in the room, or with another event's cookie", async () => {
    const closed = await createEvent({ acceptingQuestions: false });
    const other = await createEvent();
    const inClosed = await join(closed.joinCode);
    const inOther = await join(other.joinCode);
    const text = "Can the library open later on weekdays?";
    await expect(askInRoom(inClosed.token, { eventId: closed.id, text })).rejects.toThrow(ROOM_CLOSED);
    await expect(askInRoom(null, { eventId: other.id, text })).rejects.toBeInstanceOf(Forbidden);
    await expect(askInRoom(inOther.token, { eventId: closed.id, text })).rejects.toBeInstanceOf(Forbidden);
    expect(await db.eventQuestion.count({ where: { eventId: closed.id } })).toBe(0);
    // Nor can a participant of one event support on another's list, even naming that event's question.
    const listed = await askInRoom(inOther.token, { eventId: other.id, text });
    await expect(
      supportInRoom(inClosed.token, { eventId: other.id, eventQuestionId: listed.eventQuestionId }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(
      supportInRoom(inClosed.token, { eventId: closed.id, eventQuestionId: listed.eventQuestionId }),
    ).rejects.toBeInstanceOf(NotFound);
    expect(await db.eventSupport.count({ where: { eventQuestionId: listed.eventQuestionId } })).toBe(0);
  });

  it("holds an adult's question that the screen catches, and says a second support plainly", async () => {
    const event = await createEvent();
    const asker = await join(event.joinCode);
    const supporter = await join(event.joinCode);
    const heldOne = await askInRoom(asker.token, { eventId: event.id, text: "Email me at someone@example.com please" });
    expect(heldOne.moderation).toBe("pending");
    const listed = await askInRoom(asker.token, { eventId: event.id, text: "Could there be more cycle lanes?" });
    const input = { eventId: event.id, eventQuestionId: listed.eventQuestionId };
    await expect(supportInRoom(supporter.token, input)).resolves.toEqual({ supportCount: 1, alreadySupported: false });
    await expect(supportInRoom(supporter.token, input)).resolves.toEqual({ supportCount: 1, alreadySupported: true });
    expect(ALREADY_SUPPORTED).toMatch(/already support/);
  });

  it("stores no room question too short to become a portal title, however it reaches the database", async () => {
    const event = await createEvent();
    const asker = await join(event.joinCode);
    await expect(askInRoom(asker.token, { eventId: event.id, text: "Why   bins?" })).rejects.toThrow(
      /event_question_text_long_enough_for_a_title/,
    );
    await expect(askInRoom(asker.token, { eventId: event.id, text: "More  buses" })).resolves.toMatchObject({
      moderation: "approved",
    });
    expect(await db.eventQuestion.findMany({ where: { eventId: event.id }, select: { text: true } })).toEqual([
      { text: "More  buses" },
    ]);
  });

  it("limits asking per participant, not per address: a classmate can still ask", async () => {
    const event = await createEvent();
    const [keen, classmate] = [await join(event.joinCode), await join(event.joinCode)];
    const allowance = RATE_LIMITS["room-ask:participant"].points;
    for (let i = 0; i < allowance; i++)
      await askInRoom(keen.token, { eventId: event.id, text: `Question number ${i} about cycle paths` });
    await expect(askInRoom(keen.token, { eventId: event.id, text: "One question too many" })).rejects.toThrow(
      /^You have sent a lot of questions in a short time\. Try again in/,
    );
    await expect(
      askInRoom(classmate.token, { eventId: event.id, text: "A classmate's first question" }),
    ).resolves.toMatchObject({ moderation: "approved" });
  });
});

describe("an under-18's question", () => {
  it("is never public before approval and never shows a name", async () => {
    const event = await createEvent();
    const child = await join(event.joinCode, "age_16_17", "Alex Jones");
    const other = await join(event.joinCode);
    const text = "Why are there no buses to our village after six?";
    const asked = await askInRoom(child.token, { eventId: event.id, text });
    expect(asked.moderation).toBe("pending");
    const row = await db.eventQuestion.findUniqueOrThrow({ where: { id: asked.eventQuestionId } });
    expect(row.askedByUnder18).toBe(true);
    expect(row.screeningRules).toContain("child_protections");
    const { code } = await takeFollowUpCode(other.token, { eventId: event.id });

    // Before approval: not in another participant's room, not on the follow-up page, not a portal question.
    const othersRoom = await getRoomView(event.id, other.token);
    expect(JSON.stringify(othersRoom)).not.toContain(text);
    expect(JSON.stringify(await getFollowUpView({ ip: someIp() }, code))).not.toContain(text);
    expect(await db.question.count({ where: { title: { contains: "buses to our village" } } })).toBe(0);
    // The child sees it, as theirs, waiting.
    // Even marked "now answering" by mistake, a held question is not highlighted to the room.
    await db.event.update({ where: { id: event.id }, data: { nowAnsweringId: asked.eventQuestionId } });
    expect((await getRoomView(event.id, other.token))!.nowAnswering).toBeNull();
    await db.event.update({ where: { id: event.id }, data: { nowAnsweringId: null } });
    const childsRoom = await getRoomView(event.id, child.token);
    expect(childsRoom!.ownUnlisted).toEqual([{ id: asked.eventQuestionId, text, state: "pending" }]);
    expect(childsRoom!.questions).toEqual([]);

    // Approved by a facilitator (the console is lib/event-console's): on the list, with no name anywhere.
    await db.eventQuestion.update({
      where: { id: asked.eventQuestionId },
      data: { moderation: "approved", decidedById: organiserId, decidedAt: new Date() },
    });
    const after = await getRoomView(event.id, other.token);
    expect(after!.questions.map((q) => q.text)).toEqual([text]);
    await db.event.update({ where: { id: event.id }, data: { nowAnsweringId: asked.eventQuestionId } });
    expect((await getRoomView(event.id, other.token))!.nowAnswering).toEqual({ id: asked.eventQuestionId, text });
    const followUp = await getFollowUpView({ ip: someIp() }, code);
    expect(followUp!.room.map((q) => q.text)).toEqual([text]);
    const child_ = await db.eventParticipant.findUniqueOrThrow({ where: { id: child.participantId } });
    for (const shown of [after, followUp]) {
      expect(JSON.stringify(shown)).not.toContain(child_.nickname);
      expect(JSON.stringify(shown)).not.toContain("Alex Jones");
      expect(JSON.stringify(shown)).not.toContain(child.participantId);
    }
  });
});

describe("follow-up codes", () => {
  it("open their own event's questions only, are stored hashed and not linked to anyone", async () => {
    const [a, b] = [await createEvent(), await createEvent()];
    const inA = await join(a.joinCode);
    const inB = await join(b.joinCode);
    await askInRoom(inA.token, { eventId: a.id, text: "Question asked at event A about trains" });
    await askInRoom(inB.token, { eventId: b.id, text: "Question asked at event B about parks" });
    const { code } = await takeFollowUpCode(inA.token, { eventId: a.id });
    expect(code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{10}$/);
    const stored = await db.eventFollowUpCode.findMany({ where: { eventId: a.id } });
    expect(stored).toEqual([{ codeHash: hashToken(code), eventId: a.id, createdAt: expect.any(Date) }]);

    const view = await getFollowUpView({ ip: someIp() }, code.toLowerCase());
    expect(view!.event.id).toBe(a.id);
    expect(view!.room.map((q) => q.text)).toEqual(["Question asked at event A about trains"]);
    expect(JSON.stringify(view)).not.toContain("event B");
    expect(await getFollowUpView({ ip: someIp() }, "AAAAAAAAAA")).toBeNull();
    await expect(takeFollowUpCode(inB.token, { eventId: a.id })).rejects.toBeInstanceOf(Forbidden);
  });

  it("after publication, show the portal questions with their status and answers", async () => {
    const event = await createEvent();
    const inRoom = await join(event.joinCode);
    const { code } = await takeFollowUpCode(inRoom.token, { eventId: event.id });
    const organisation = await db.organisation.create({
      data: { slug: `org-${randomUUID().slice(0, 8)}`, name: "Essex Test Council", kind: "council", description: "x" },
    });
    const partner = await createUser();
    await db.question.create({
      data: {
        title: "Could bus shelters have solar lights?",
        body: "Asked at the event.",
        eventId: event.id,
        moderation: "approved",
        status: "answered",
        publishedAt: new Date(),
        responses: { create: { organisationId: organisation.id, authorId: partner.id, body: "Yes, from **May**." } },
      },
    });
    await db.event.update({ where: { id: event.id }, data: { publishedAt: new Date() } });
    const view = await getFollowUpView({ ip: someIp() }, code);
    expect(view!.isPublished).toBe(true);
    expect(view!.published).toMatchObject([
      {
        title: "Could bus shelters have solar lights?",
        status: "answered",
        responses: [{ organisation: "Essex Test Council", body: "Yes, from **May**." }],
      },
    ]);
  });

  it("wrong follow-up codes count against the address's limit", async () => {
    const ip = someIp();
    const allowance = RATE_LIMITS["follow-up-code:ip"].points;
    for (let i = 0; i < allowance; i++) expect(await getFollowUpView({ ip }, "AAAAAAAAA" + "C")).toBeNull();
    await expect(getFollowUpView({ ip }, "AAAAAAAAAC")).rejects.toBeInstanceOf(CodeTriesPaused);
  });
});

describe("the retention job", () => {
  it("is scheduled nightly by migrating", async () => {
    const [schedule] = await db.$queryRaw<{ cron: string; timezone: string }[]>`
      SELECT cron, timezone FROM pgboss.schedule WHERE name = 'event-participant-retention'`;
    expect(schedule).toEqual({
      cron: EVENT_PARTICIPANT_RETENTION_SCHEDULE.cron,
      timezone: EVENT_PARTICIPANT_RETENTION_SCHEDULE.tz,
    });
  });

  it("deletes participants and supports of events ended longer ago than the setting, keeping the questions", async () => {
    const now = new Date();
    const old = await createEvent();
    const recent = await createEvent();
    const asker = await join(old.joinCode, "under_16");
    const supporter = await join(old.joinCode);
    const listed = await askInRoom(supporter.token, { eventId: old.id, text: "Will the town get smart bins?" });
    await supportInRoom(asker.token, { eventId: old.id, eventQuestionId: listed.eventQuestionId });
    const inRecent = await join(recent.joinCode);
    await db.event.update({
      where: { id: old.id },
      data: { startsAt: new Date(now.getTime() - 31 * DAY - HOUR), endsAt: new Date(now.getTime() - 31 * DAY) },
    });
    await db.event.update({
      where: { id: recent.id },
      data: { startsAt: new Date(now.getTime() - 29 * DAY - HOUR), endsAt: new Date(now.getTime() - 29 * DAY) },
    });

    // The default, 30 days, through the scheduled job's handler.
    await handlers["event-participant-retention"]({});
    expect(await db.eventParticipant.count({ where: { eventId: old.id } })).toBe(0);
    expect(await db.eventSupport.count({ where: { eventQuestion: { eventId: old.id } } })).toBe(0);
    const question = await db.eventQuestion.findUniqueOrThrow({ where: { id: listed.eventQuestionId } });
    expect(question).toMatchObject({ text: "Will the town get smart bins?", supportCount: 1, participantId: null });
    const event = await db.event.findUniqueOrThrow({ where: { id: old.id } });
    expect(event.participantsDeletedAt!.getTime()).toBeGreaterThanOrEqual(now.getTime());
    expect(event.participantCount).toBe(2); // The stored count stays, as the projector and history showed it.
    const audit = await db.auditLog.findMany({ where: { action: "event.participants_deleted", targetId: old.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ participants: 2, supports: 1, retentionDays: 30 });
    // The token no longer opens anything.
    expect(await getRoomView(old.id, supporter.token)).toBeNull();
    // A second run finds nothing more; the recent event's participant is untouched.
    expect(await deleteExpiredParticipants({ now })).not.toContain(old.id);
    expect(await db.auditLog.count({ where: { action: "event.participants_deleted", targetId: old.id } })).toBe(1);
    expect(await db.eventParticipant.count({ where: { id: inRecent.participantId } })).toBe(1);

    // Lowering the setting brings the recent event into reach.
    await db.setting.upsert({
      where: { key: "event_participant_retention_days" },
      create: { key: "event_participant_retention_days", value: 7 },
      update: { value: 7 },
    });
    expect(await deleteExpiredParticipants({ now })).toContain(recent.id);
    expect(await db.eventParticipant.count({ where: { id: inRecent.participantId } })).toBe(0);
  });
});
