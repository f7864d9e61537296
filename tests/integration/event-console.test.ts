// The facilitators' console against the real database: every action, its refusals (a facilitator of one event on
// another, someone who facilitates nothing), the merge's arithmetic, "this looks like question N", the live signal
// after commit, and publication after the event (once, whoever triggers it).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Conflict, Forbidden, Invalid, NotFound, Unauthenticated } from "@/lib/errors";
import {
  approveRoomQuestion,
  endEventNow,
  markAnsweredInRoom,
  mergeRoomQuestion,
  rejectRoomQuestion,
  setAcceptingQuestions,
  setNowAnswering,
  setRoomQuestionTheme,
  stepNowAnswering,
} from "@/lib/event-console/service";
import { publishEndedEvents } from "@/lib/event-console/publication";
import { getQuestionDetail } from "@/lib/questions/queries";
import { titleFromRoomText } from "@/lib/room/question-title";
import { readConsoleQuestions, readScreen } from "@/lib/event-console/queries";
import { EventSignalHub } from "@/lib/events/signals";
import { askerOf } from "@/lib/questions/speaker";
import { supportQuestion } from "@/lib/questions/service";
import { markSafeguardingConcern } from "@/lib/safeguarding/service";
import { NO_ACCOUNT_BEHIND_IT } from "@/lib/safeguarding/policy";
import { getPartnerInbox, resolveInboxScope } from "@/lib/triage/inbox-queries";
import { parseInboxParams } from "@/lib/triage/inbox-params";
import { createOrganisation, partnerOf, personWithRole } from "../support/fixtures";
import { addParticipant, addRoomQuestion, addSupports, createEvent } from "../support/event-room";

let facilitatorOfA: Actor;
let facilitatorOfB: Actor;
let bystander: Actor;

beforeAll(async () => {
  const organisation = await createOrganisation();
  facilitatorOfA = await partnerOf(organisation.id);
  facilitatorOfB = await personWithRole("moderator");
  // An admin who facilitates nothing: staff run a room only once the event names them.
  bystander = await personWithRole("admin");
});

async function roomState(id: string) {
  return db.eventQuestion.findUniqueOrThrow({
    where: { id },
    select: { moderation: true, text: true, supportCount: true, mergedIntoId: true, decidedById: true },
  });
}

describe("deciding room questions", () => {
  it("approves as asked, approves with changed words, and rejects, each once", async () => {
    const event = await createEvent({ facilitatorIds: [facilitatorOfA.id] });
    const asked = await addRoomQuestion(event.id, "Will the new bus lanes have cameras?");
    const named = await addRoomQuestion(event.id, "Mrs Patel says the library wifi is slow, can it be faster?");
    const rude = await addRoomQuestion(event.id, "Something the facilitator turns down");

    await approveRoomQuestion(facilitatorOfA, { eventId: event.id, roomQuestionId: asked.id });
    await approveRoomQuestion(facilitatorOfA, {
      eventId: event.id,
      roomQuestionId: named.id,
      text: "Can the library wifi be faster?",
    });
    await rejectRoomQuestion(facilitatorOfA, { eventId: event.id, roomQuestionId: rude.id });

    expect(await roomState(asked.id)).toMatchObject({ moderation: "approved", decidedById: facilitatorOfA.id });
    expect(await roomState(named.id)).toMatchObject({
      moderation: "approved",
      text: "Can the library wifi be faster?",
    });
    expect(await roomState(rude.id)).toMatchObject({ moderation: "rejected" });
    const edit = await db.auditLog.findFirstOrThrow({ where: { action: "event.approveQuestion", targetId: named.id } });
    expect(edit.before).toMatchObject({ text: "Mrs Patel says the library wifi is slow, can it be faster?" });

    // A second decision on the same question is a clear conflict, not a silent change.
    await expect(
      approveRoomQuestion(facilitatorOfA, { eventId: event.id, roomQuestionId: rude.id }),
    ).rejects.toBeInstanceOf(Conflict);
    expect(await roomState(rude.id)).toMatchObject({ moderation: "rejected" });
  });

  it("refuses a facilitator of another event, staff who do not facilitate it, and visitors, changing nothing", async () => {
    const eventA = await createEvent({ facilitatorIds: [facilitatorOfA.id] });
    await createEvent({ facilitatorIds: [facilitatorOfB.id] });
    const question = await addRoomQuestion(eventA.id, "Could the school have a weather station?");
    const target = { eventId: eventA.id, roomQuestionId: question.id };

    for (const actor of [facilitatorOfB, bystander]) {
      await expect(approveRoomQuestion(actor, target)).rejects.toBeInstanceOf(Forbidden);
      await expect(rejectRoomQuestion(actor, target)).rejects.toBeInstanceOf(Forbidden);
      await expect(setAcceptingQuestions(actor, { eventId: eventA.id, accepting: false })).rejects.toBeInstanceOf(
        Forbidden,
      );
      await expect(endEventNow(actor, { eventId: eventA.id })).rejects.toBeInstanceOf(Forbidden);
    }
    await expect(approveRoomQuestion(null, target)).rejects.toBeInstanceOf(Unauthenticated);
    // A citizen cannot facilitate at all (the permissions table).
    const citizen = await personWithRole("citizen");
    await expect(approveRoomQuestion(citizen, target)).rejects.toBeInstanceOf(Forbidden);

    expect(await roomState(question.id)).toMatchObject({ moderation: "pending", decidedById: null });
    expect(await db.event.findUniqueOrThrow({ where: { id: eventA.id } })).toMatchObject({
      acceptingQuestions: true,
      publishedAt: null,
    });
    expect(await db.auditLog.count({ where: { targetId: { in: [eventA.id, question.id] } } })).toBe(0);
  });

  it("does not let a facilitator reach another event's question through their own event", async () => {
    const own = await createEvent({ facilitatorIds: [facilitatorOfB.id] });
    const other = await createEvent({ facilitatorIds: [facilitatorOfA.id] });
    const question = await addRoomQuestion(other.id, "Will there be more electric buses?");
    await expect(
      approveRoomQuestion(facilitatorOfB, { eventId: own.id, roomQuestionId: question.id }),
    ).rejects.toBeInstanceOf(NotFound);
    expect(await roomState(question.id)).toMatchObject({ moderation: "pending" });
  });
});

describe("merging repeats", () => {
  it("adds supports up with nobody counted twice, and the stored counts equal the rows", async () => {
    const event = await createEvent({ facilitatorIds: [facilitatorOfA.id] });
    const people = await Promise.all(Array.from({ length: 6 }, () => addParticipant(event.id)));
    const [asker, p1, p2, p3, p4, p5] = people.map((p) => p.id) as [string, string, string, string, string, string];
    const kept = await addRoomQuestion(event.id, "Why do the buses stop at six in the evening?", {
      participantId: asker,
      moderation: "approved",
    });
    const repeat = await addRoomQuestion(event.id, "Why do buses stop at six?", { moderation: "approved" });
    const earlierRepeat = await addRoomQuestion(event.id, "Buses stopping at six: why?", { moderation: "approved" });
    await addSupports(kept.id, [p1, p2, p3]);
    // p3 supports both; the kept question's asker supported the repeat; p4 and p5 only the repeat.
    await addSupports(repeat.id, [p3, p4, p5, asker]);
    await mergeRoomQuestion(facilitatorOfA, { eventId: event.id, duplicateId: earlierRepeat.id, keepId: repeat.id });

    const result = await mergeRoomQuestion(facilitatorOfA, {
      eventId: event.id,
      duplicateId: repeat.id,
      keepId: kept.id,
    });
    expect(result).toEqual({ supportCount: 5, moved: 2, alreadySupporting: 1, droppedOwnSupport: 1 });
    expect(await roomState(kept.id)).toMatchObject({ supportCount: 5, mergedIntoId: null });
    expect(await roomState(repeat.id)).toMatchObject({ supportCount: 0, mergedIntoId: kept.id });
    // What was merged into the repeat now points at the question kept.
    expect(await roomState(earlierRepeat.id)).toMatchObject({ mergedIntoId: kept.id });
    const rows = await db.eventSupport.findMany({
      where: { eventQuestionId: kept.id },
      select: { participantId: true },
    });
    expect(rows.map((r) => r.participantId).sort()).toEqual([p1, p2, p3, p4, p5].sort());

    const miscounted = await db.$queryRaw<unknown[]>`
      SELECT q.id FROM event_question q LEFT JOIN event_support s ON s.event_question_id = q.id
      WHERE q.event_id = ${event.id}::uuid GROUP BY q.id HAVING q.support_count <> count(s.participant_id)`;
    expect(miscounted).toEqual([]);

    // Merged once: a second merge of it, or a merge into a question not on the screen, is refused.
    await expect(
      mergeRoomQuestion(facilitatorOfA, { eventId: event.id, duplicateId: repeat.id, keepId: kept.id }),
    ).rejects.toBeInstanceOf(Conflict);
    const waiting = await addRoomQuestion(event.id, "A question still waiting");
    await expect(
      mergeRoomQuestion(facilitatorOfA, { eventId: event.id, duplicateId: kept.id, keepId: waiting.id }),
    ).rejects.toBeInstanceOf(Conflict);
  });

  it("suggests the approved question a new one looks like, and the console lists the queue oldest first", async () => {
    const event = await createEvent({ facilitatorIds: [facilitatorOfA.id] });
    const approved = await addRoomQuestion(event.id, "Will the town centre get free public wifi?", {
      moderation: "approved",
      createdAt: new Date(Date.now() - 60_000),
    });
    await addRoomQuestion(event.id, "How are the new flood sensors checked?", {
      moderation: "approved",
      createdAt: new Date(Date.now() - 50_000),
    });
    const first = await addRoomQuestion(event.id, "will the town centre get free wifi", {
      createdAt: new Date(Date.now() - 40_000),
    });
    const second = await addRoomQuestion(event.id, "What happens to the data from school cameras?", {
      createdAt: new Date(Date.now() - 30_000),
    });

    const lists = await readConsoleQuestions(event.id);
    expect(lists.pending.map((q) => q.id)).toEqual([first.id, second.id]);
    expect(lists.pending[0]!.suggestion).toMatchObject({ id: approved.id, number: 1 });
    expect(lists.pending[1]!.suggestion).toBeNull();
    expect(lists.pending[0]!.number).toBe(3);
  });
});

describe("the question being answered, and the room open or closed", () => {
  it("highlights, steps through by support, marks answered, and opens and closes the room", async () => {
    const event = await createEvent({ facilitatorIds: [facilitatorOfA.id] });
    const participants = await Promise.all(Array.from({ length: 3 }, () => addParticipant(event.id)));
    const most = await addRoomQuestion(event.id, "Most supported", { moderation: "approved" });
    const next = await addRoomQuestion(event.id, "Second most supported", { moderation: "approved" });
    const pending = await addRoomQuestion(event.id, "Still waiting");
    await addSupports(
      most.id,
      participants.map((p) => p.id),
    );
    await addSupports(next.id, [participants[0]!.id]);

    expect(await stepNowAnswering(facilitatorOfA, { eventId: event.id, direction: "next" })).toBe(most.id);
    expect(await stepNowAnswering(facilitatorOfA, { eventId: event.id, direction: "next" })).toBe(next.id);
    expect(await stepNowAnswering(facilitatorOfA, { eventId: event.id, direction: "previous" })).toBe(most.id);
    const screen = await readScreen(event.id, most.id);
    expect(screen.nowAnswering).toMatchObject({ id: most.id, supportCount: 3 });
    expect(screen.waiting.map((q) => q.id)).toEqual([next.id]);

    await markAnsweredInRoom(facilitatorOfA, { eventId: event.id, roomQuestionId: most.id });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).nowAnsweringId).toBeNull();
    await expect(
      markAnsweredInRoom(facilitatorOfA, { eventId: event.id, roomQuestionId: most.id }),
    ).rejects.toBeInstanceOf(Conflict);
    // A waiting question cannot be put on the screen.
    await expect(
      setNowAnswering(facilitatorOfA, { eventId: event.id, roomQuestionId: pending.id }),
    ).rejects.toBeInstanceOf(Conflict);
    await setNowAnswering(facilitatorOfA, { eventId: event.id, roomQuestionId: next.id });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).nowAnsweringId).toBe(next.id);

    await setAcceptingQuestions(facilitatorOfA, { eventId: event.id, accepting: false });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).acceptingQuestions).toBe(false);
    await setAcceptingQuestions(facilitatorOfA, { eventId: event.id, accepting: true });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).acceptingQuestions).toBe(true);
  });

  it("does not open an event that has ended", async () => {
    const event = await createEvent({
      facilitatorIds: [facilitatorOfA.id],
      startsAt: new Date(Date.now() - 3 * 3_600_000),
      endsAt: new Date(Date.now() - 3_600_000),
      acceptingQuestions: false,
    });
    await expect(setAcceptingQuestions(facilitatorOfA, { eventId: event.id, accepting: true })).rejects.toBeInstanceOf(
      Conflict,
    );
  });
});

describe("live signals", () => {
  it("reach a listener of that event only, after the change commits", async () => {
    const hub = new EventSignalHub(process.env.DATABASE_URL);
    try {
      const event = await createEvent({ facilitatorIds: [facilitatorOfA.id] });
      const other = await createEvent({ facilitatorIds: [facilitatorOfA.id] });
      const question = await addRoomQuestion(event.id, "Can the park have solar lights?");
      const heard: string[] = [];
      let resolve: () => void = () => undefined;
      const arrived = new Promise<void>((r) => (resolve = r));
      const listener = (name: string) => ({
        changed: () => {
          heard.push(name);
          if (name === "event") resolve();
        },
        lost: () => heard.push(`${name} lost`),
      });
      expect(await hub.subscribe(event.id, listener("event"))).toBe(true);
      expect(await hub.subscribe(other.id, listener("other"))).toBe(true);

      const start = Date.now();
      await approveRoomQuestion(facilitatorOfA, { eventId: event.id, roomQuestionId: question.id });
      await arrived;
      expect(Date.now() - start).toBeLessThan(2_000);
      // A refused change sends nothing.
      await rejectRoomQuestion(facilitatorOfB, { eventId: event.id, roomQuestionId: question.id }).catch(() => null);
      await new Promise((r) => setTimeout(r, 200));
      expect(heard).toEqual(["event"]);
    } finally {
      await hub.stop();
    }
  });
});

describe("publication after the event", () => {
  it("publishes approved, unmerged questions once, attributed to the event, into the partner inbox's pool", async () => {
    const event = await createEvent({ facilitatorIds: [facilitatorOfA.id], title: "Smart Harlow workshop" });
    const kept = await addRoomQuestion(event.id, "Will the new sports centre have solar panels on the roof?", {
      moderation: "approved",
    });
    const repeat = await addRoomQuestion(event.id, "Solar panels on the sports centre?", { moderation: "approved" });
    await addRoomQuestion(event.id, "Turned down", { moderation: "rejected" });
    await addRoomQuestion(event.id, "Never approved: stays private", { moderation: "pending" });
    await mergeRoomQuestion(facilitatorOfA, { eventId: event.id, duplicateId: repeat.id, keepId: kept.id });
    // Filed under a theme in the console, so it reaches the partners sorted; a theme that does not exist is refused.
    const theme = await db.theme.create({
      data: { slug: `energy-${event.id.slice(0, 8)}`, name: `Energy ${event.id.slice(0, 8)}`, description: "Power." },
    });
    await expect(
      setRoomQuestionTheme(facilitatorOfA, { eventId: event.id, roomQuestionId: kept.id, themeSlug: "no-such-theme" }),
    ).rejects.toBeInstanceOf(Invalid);
    await expect(
      setRoomQuestionTheme(facilitatorOfB, { eventId: event.id, roomQuestionId: kept.id, themeSlug: theme.slug }),
    ).rejects.toBeInstanceOf(Forbidden);
    await setRoomQuestionTheme(facilitatorOfA, { eventId: event.id, roomQuestionId: kept.id, themeSlug: theme.slug });

    expect(await endEventNow(facilitatorOfA, { eventId: event.id })).toEqual({ published: 1 });
    // Again, by the facilitator or by the job: nothing more.
    expect(await endEventNow(facilitatorOfA, { eventId: event.id })).toEqual({ published: 0 });
    expect((await publishEndedEvents(new Date())).questions).toBe(0);

    const questions = await db.question.findMany({
      where: { eventId: event.id },
      select: {
        id: true,
        title: true,
        body: true,
        authorId: true,
        moderation: true,
        status: true,
        publishedAt: true,
        event: { select: { title: true, kind: true } },
      },
    });
    expect(questions).toHaveLength(1);
    const [question] = questions;
    expect(question).toMatchObject({
      title: "Will the new sports centre have solar panels on the roof?",
      authorId: null,
      moderation: "approved",
      status: "open",
    });
    expect(question!.publishedAt).not.toBeNull();
    expect(askerOf(null, question!.event).name).toBe("students at Smart Harlow workshop");
    // Its public timeline begins with the room asking, not with the facilitator who ended the event.
    const detail = await getQuestionDetail(question!.id, null);
    expect(detail?.timeline[0]).toMatchObject({
      from: null,
      by: { name: "students at Smart Harlow workshop", organisations: [] },
    });
    expect(await db.questionTheme.findMany({ where: { questionId: question!.id }, select: { themeId: true } })).toEqual(
      [{ themeId: theme.id }],
    );
    expect(await roomState(kept.id)).toMatchObject({ moderation: "approved" });
    expect((await db.eventQuestion.findUniqueOrThrow({ where: { id: kept.id } })).questionId).toBe(question!.id);
    const ended = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(ended.publishedAt).not.toBeNull();
    expect(ended.acceptingQuestions).toBe(false);
    expect(ended.endsAt.getTime()).toBeLessThanOrEqual(Date.now());

    // In the pool of the partner inbox, like any other open question nobody holds.
    const admin = await personWithRole("admin");
    const inbox = await getPartnerInbox(admin, await resolveInboxScope(admin, undefined), parseInboxParams({}));
    expect(inbox.rows.map((row) => row.id)).toContain(question!.id);

    // The room is closed to changes once published.
    await expect(
      setNowAnswering(facilitatorOfA, { eventId: event.id, roomQuestionId: kept.id }),
    ).rejects.toBeInstanceOf(Conflict);
  });

  it("lets anyone support a question asked at an event, and refuses a safeguarding concern with nobody behind it", async () => {
    const event = await createEvent({ facilitatorIds: [facilitatorOfA.id] });
    await addRoomQuestion(event.id, "Could the bus station have live departure screens?", { moderation: "approved" });
    await endEventNow(facilitatorOfA, { eventId: event.id });
    const { id } = await db.question.findFirstOrThrow({ where: { eventId: event.id }, select: { id: true } });

    // No author: nobody is "the asker" who may not support it.
    const resident = await personWithRole("citizen");
    expect(await supportQuestion(resident, id)).toEqual({ supportCount: 1, supported: true });
    expect(await db.vote.count({ where: { questionId: id } })).toBe(1);

    const moderator = await personWithRole("moderator");
    const concerns = await db.safeguardingConcern.count();
    await expect(markSafeguardingConcern(moderator, { questionId: id, note: "Worried." })).rejects.toMatchObject({
      message: NO_ACCOUNT_BEHIND_IT,
    });
    expect(await db.safeguardingConcern.count()).toBe(concerns);
  });

  it("the scheduled job publishes ended events only, each once even when two runs overlap", async () => {
    const ended = await createEvent({
      facilitatorIds: [facilitatorOfA.id],
      startsAt: new Date(Date.now() - 3 * 3_600_000),
      endsAt: new Date(Date.now() - 60_000),
    });
    const running = await createEvent({ facilitatorIds: [facilitatorOfA.id] });
    await addRoomQuestion(ended.id, "Approved at the ended event", { moderation: "approved" });
    await addRoomQuestion(ended.id, "Also approved at the ended event", { moderation: "approved" });
    await addRoomQuestion(running.id, "Approved at the running event", { moderation: "approved" });

    const now = new Date();
    const runs = await Promise.all([publishEndedEvents(now), publishEndedEvents(now)]);
    expect(runs.reduce((sum, run) => sum + run.questions, 0)).toBeGreaterThanOrEqual(2);
    expect(await db.question.count({ where: { eventId: ended.id } })).toBe(2);
    expect(await db.question.count({ where: { eventId: running.id } })).toBe(0);
    expect((await db.event.findUniqueOrThrow({ where: { id: running.id } })).publishedAt).toBeNull();
    const entries = await db.auditLog.findMany({ where: { action: "event.published", targetId: ended.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.actorId).toBeNull();
  });

  it("makes a title of whole words from a long room question", () => {
    const long = `${"Could the council put sensors on every bridge ".repeat(5)}to warn of floods?`;
    const title = titleFromRoomText(long);
    expect(title.length).toBeLessThanOrEqual(140);
    expect(title.endsWith("…")).toBe(true);
    expect(title).not.toMatch(/\s…$/);
    expect(titleFromRoomText("  Why   so few bins? ")).toBe("Why so few bins?");
  });
});
