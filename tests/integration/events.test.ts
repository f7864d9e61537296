// Events against the real database: partners, moderators and admins make them with a join code of the right shape
// (another code on a clash), the organiser among the facilitators; the organiser, facilitators and staff change
// them (the facilitators as a whole list), each change audited and signalled to the room; everyone else is refused
// and nothing changes. The public list splits upcoming from past and pages by keyset; a past event shows only its
// own published questions.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Forbidden, Invalid, NotFound, Unauthenticated } from "@/lib/errors";
import { JOIN_CODE_ALPHABET } from "@/lib/events/join-code";
import { EVENT_CHANGED_CHANNEL } from "@/lib/events/live";
import { createEvent, editEvent } from "@/lib/events/service";
import { eventPublishedQuestions, getEvent, listEvents, EVENTS_PAGE_SIZE } from "@/lib/events/queries";
import { TIMES_KEPT_AFTER_PUBLICATION } from "@/lib/events/policy";
import { createEventFormSchema, type CreateEventInput } from "@/lib/events/schemas";
import {
  actorOf,
  createOrganisation,
  createQuestion,
  createUser,
  partnerOf,
  personWithRole,
} from "../support/fixtures";
import { tableDigest } from "../support/table-digest";

// The next join codes to hand out, before random ones: to make a clash happen on purpose.
const forcedCodes: string[] = [];
vi.mock("@/lib/events/join-code", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/events/join-code")>();
  return { ...actual, newJoinCode: () => forcedCodes.shift() ?? actual.newJoinCode() };
});

const TABLES = ["event", "event_facilitator", "audit_log"];
const HOUR = 3_600_000;

let client: pg.Client;
let orgA: number;
let orgB: number;
let partnerA: Actor;
let colleagueA: Actor;
let partnerB: Actor;
let moderator: Actor;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  orgA = (await createOrganisation()).id;
  orgB = (await createOrganisation()).id;
  partnerA = await partnerOf(orgA);
  colleagueA = await partnerOf(orgA);
  partnerB = await partnerOf(orgB);
  moderator = await personWithRole("moderator");
});
afterAll(() => client.end());

const digest = () => tableDigest(client, TABLES);

function details(overrides: Partial<CreateEventInput> = {}): CreateEventInput {
  const startsAt = new Date(Date.now() + 7 * 24 * HOUR);
  return {
    title: "Smart streets workshop",
    description: "Year 9 students ask about sensors on lamp posts.",
    kind: "school_workshop",
    place: "Colchester Sixth Form College",
    organisationId: orgA,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * HOUR),
    facilitatorIds: [],
    facilitatorEmails: [],
    ...overrides,
  };
}

async function facilitatorsOf(eventId: string): Promise<string[]> {
  const rows = await db.eventFacilitator.findMany({ where: { eventId }, orderBy: { userId: "asc" } });
  return rows.map((r) => r.userId);
}

async function refusedWithoutChange(run: () => Promise<unknown>, error: new (...args: never[]) => Error) {
  const before = await digest();
  await expect(run()).rejects.toBeInstanceOf(error);
  expect(await digest()).toBe(before);
}

describe("making an event", () => {
  it("gives it a join code of the right shape, makes the organiser a facilitator, adds those chosen, and audits it", async () => {
    const byEmail = await personWithRole("admin");
    const email = (await db.user.findUniqueOrThrow({ where: { id: byEmail.id } })).email!;
    const { eventId, joinCode } = await createEvent(
      partnerA,
      details({ facilitatorIds: [colleagueA.id], facilitatorEmails: [email.toUpperCase()] }),
    );
    expect(joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    const event = await db.event.findUniqueOrThrow({ where: { id: eventId } });
    expect(event).toMatchObject({
      organiserId: partnerA.id,
      organisationId: orgA,
      joinCode,
      acceptingQuestions: false,
    });
    expect(await facilitatorsOf(eventId)).toEqual([partnerA.id, colleagueA.id, byEmail.id].sort());
    const audit = await db.auditLog.findMany({ where: { targetType: "event", targetId: eventId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "event.create", actorId: partnerA.id });
  });

  it("takes another code when the one drawn is already an event's, without failing", async () => {
    const first = await createEvent(partnerA, details());
    forcedCodes.push(first.joinCode, first.joinCode);
    const second = await createEvent(partnerA, details());
    expect(second.joinCode).not.toBe(first.joinCode);
    expect(forcedCodes).toEqual([]);
    // Every code is distinct, as the unique key keeps them.
    const { rows } = await client.query<{ n: number; d: number }>(
      "SELECT count(*)::int AS n, count(DISTINCT join_code)::int AS d FROM event",
    );
    expect(rows[0]!.n).toBe(rows[0]!.d);
  });

  it("lets moderators and admins make events for CSES itself or for any organisation", async () => {
    const own = await createEvent(moderator, details({ organisationId: null, kind: "public_meeting" }));
    expect((await getEvent(own.eventId, null))!.organiser).toBe("CSES");
    const forB = await createEvent(moderator, details({ organisationId: orgB }));
    expect((await getEvent(forB.eventId, null))!.organiser).toMatch(/^Organisation /);
  });

  it("refuses visitors, citizens, unconfirmed partners and suspended partners, changing nothing", async () => {
    const citizen = await personWithRole("citizen");
    const unconfirmed = await partnerOf(orgA);
    await db.user.update({ where: { id: unconfirmed.id }, data: { emailVerifiedAt: null } });
    const suspended = await partnerOf(orgA);
    await db.user.update({ where: { id: suspended.id }, data: { status: "suspended", suspendedReason: "Rude." } });
    await refusedWithoutChange(() => createEvent(null, details()), Unauthenticated);
    await refusedWithoutChange(() => createEvent(citizen, details()), Forbidden);
    await refusedWithoutChange(async () => createEvent(await actorOf(unconfirmed.id), details()), Forbidden);
    const suspendedActor = await actorOf(suspended.id);
    expect(suspendedActor.suspension).not.toBeNull();
    await refusedWithoutChange(() => createEvent(suspendedActor, details()), Forbidden);
  });

  it("refuses another organisation, no organisation for a partner, a citizen as facilitator, an end before the start and an event already over", async () => {
    const citizen = await createUser();
    const cases: [Partial<CreateEventInput>, string][] = [
      [{ organisationId: orgB }, "organisationId"],
      [{ organisationId: null }, "organisationId"],
      [{ facilitatorEmails: [citizen.email!] }, "facilitatorEmails"],
      [{ facilitatorEmails: ["nobody-here@example.com"] }, "facilitatorEmails"],
      [{ facilitatorIds: [citizen.id] }, "facilitatorIds"],
      [{ endsAt: new Date(Date.now() + 7 * 24 * HOUR - HOUR) }, "endsAt"],
      // Already over, just now or long ago: said at the date (one already begun may be made as it starts).
      [{ startsAt: new Date(Date.now() - 3 * HOUR), endsAt: new Date(Date.now() - HOUR) }, "date"],
      [{ startsAt: new Date(Date.UTC(2020, 2, 5, 9, 30)), endsAt: new Date(Date.UTC(2020, 2, 5, 11)) }, "date"],
    ];
    for (const [overrides, field] of cases) {
      const before = await digest();
      const error = await createEvent(partnerA, details(overrides)).catch((e: unknown) => e);
      expect(error, field).toBeInstanceOf(Invalid);
      expect(Object.keys((error as Invalid).fieldErrors), field).toContain(field);
      expect(await digest()).toBe(before);
    }
  });
});

describe("the event form", () => {
  it("reads the date and times as UK time, summer and winter", () => {
    const fields = {
      title: "Evening meeting",
      description: "About buses.",
      kind: "public_meeting",
      place: "Chelmsford Library",
      organisationId: String(orgA),
      dateDay: "2",
      dateMonth: "7",
      dateYear: "2027",
      startTime: "18:30",
      endTime: "20.00",
      facilitatorEmails: "",
    };
    const summer = createEventFormSchema.parse(fields);
    expect(summer.startsAt.toISOString()).toBe("2027-07-02T17:30:00.000Z");
    expect(summer.endsAt.toISOString()).toBe("2027-07-02T19:00:00.000Z");
    const winter = createEventFormSchema.parse({ ...fields, dateMonth: "12" });
    expect(winter.startsAt.toISOString()).toBe("2027-12-02T18:30:00.000Z");
  });

  it("says everything wrong at once, on the form's own fields", () => {
    const result = createEventFormSchema.safeParse({
      title: "",
      kind: "party",
      description: "x",
      place: "Hall",
      dateDay: "31",
      dateMonth: "2",
      dateYear: "2027",
      startTime: "25:00",
      endTime: "",
      facilitatorEmails: "not-an-address",
    });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((i) => String(i.path[0])));
    expect([...fields].sort()).toEqual(["date", "endTime", "facilitatorEmails", "kind", "startTime", "title"]);
  });

  it("puts an end before the start on the end time", () => {
    const result = createEventFormSchema.safeParse({
      title: "Late",
      kind: "online",
      description: "x",
      place: "Online",
      dateDay: "1",
      dateMonth: "3",
      dateYear: "2027",
      startTime: "14:00",
      endTime: "13:00",
    });
    expect(result.error!.issues.map((i) => i.path[0])).toEqual(["endTime"]);
    expect(result.error!.issues[0]!.message).toMatch(/^The end time must be after the start time/);
  });

  it("reads an end time at or before the start as the next morning's, for up to 12 hours", () => {
    const evening = (day: string, month: string, startTime: string, endTime: string) =>
      createEventFormSchema.safeParse({
        title: "Late night coding club",
        kind: "online",
        description: "Students build a flood sensor dashboard overnight.",
        place: "Online",
        dateDay: day,
        dateMonth: month,
        dateYear: "2027",
        startTime,
        endTime,
      });
    const ends = (result: ReturnType<typeof evening>) => result.data?.endsAt.toISOString();
    // Summer time: 1am on 3 July in the UK is midnight UTC.
    expect(ends(evening("2", "7", "19:00", "01:00"))).toBe("2027-07-03T00:00:00.000Z");
    expect(ends(evening("2", "7", "20:00", "08:00"))).toBe("2027-07-03T07:00:00.000Z");
    expect(ends(evening("2", "7", "23:30", "00:00"))).toBe("2027-07-02T23:00:00.000Z");
    // The night the clocks go forward: 10pm GMT to 3am BST is four hours.
    const spring = evening("27", "3", "22:00", "03:00");
    expect(spring.data?.startsAt.toISOString()).toBe("2027-03-27T22:00:00.000Z");
    expect(ends(spring)).toBe("2027-03-28T02:00:00.000Z");
    // Longer than 12 hours, or no time at all: a mistake.
    for (const [start, end] of [
      ["20:00", "08:01"],
      ["14:00", "14:00"],
    ]) {
      const refused = evening("2", "7", start!, end!);
      expect(refused.success, `${start} to ${end}`).toBe(false);
      expect(refused.error!.issues.map((i) => i.path[0])).toEqual(["endTime"]);
    }
  });
});

describe("changing an event", () => {
  it("lets the organiser change its details and replace its facilitators, audited and signalled to the room", async () => {
    const { eventId } = await createEvent(partnerA, details({ facilitatorIds: [colleagueA.id] }));
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    const signals: string[] = [];
    listener.on("notification", (n) => signals.push(n.payload ?? ""));
    await listener.query(`LISTEN ${EVENT_CHANGED_CHANNEL}`);
    try {
      await editEvent(partnerA, {
        ...details({
          title: "Smart streets workshop (moved)",
          place: "The Mercury Theatre",
          facilitatorIds: [partnerA.id],
        }),
        eventId,
      });
      await vi.waitFor(() => expect(signals).toContain(eventId));
    } finally {
      await listener.end();
    }
    const event = await db.event.findUniqueOrThrow({ where: { id: eventId } });
    expect(event).toMatchObject({ title: "Smart streets workshop (moved)", place: "The Mercury Theatre" });
    expect(await facilitatorsOf(eventId)).toEqual([partnerA.id]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: eventId, action: "event.edit" } });
    expect(audit.before).toMatchObject({ facilitatorIds: [partnerA.id, colleagueA.id].sort() });
    expect(audit.after).toMatchObject({ facilitatorIds: [partnerA.id], place: "The Mercury Theatre" });
  });

  it("keeps the date and times of an event whose questions are published, and lets its words change", async () => {
    // In January, so that no clock change falls between the days below.
    const startsAt = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 0, 12, 10));
    const { eventId } = await createEvent(
      partnerA,
      details({ facilitatorIds: [colleagueA.id], startsAt, endsAt: new Date(startsAt.getTime() + 2 * HOUR) }),
    );
    const stored = await db.event.update({ where: { id: eventId }, data: { publishedAt: new Date() } });
    const input = (over: Partial<CreateEventInput> = {}) => ({
      ...details({ facilitatorIds: [colleagueA.id], startsAt: stored.startsAt, endsAt: stored.endsAt, ...over }),
      eventId,
    });
    for (const moved of [
      {
        startsAt: new Date(stored.startsAt.getTime() + 7 * 24 * HOUR),
        endsAt: new Date(stored.endsAt.getTime() + 7 * 24 * HOUR),
      },
      { endsAt: new Date(stored.endsAt.getTime() + HOUR) },
    ]) {
      await refusedWithoutChange(() => editEvent(partnerA, input(moved)), Invalid);
      const refusal = await editEvent(partnerA, input(moved)).catch((error: unknown) => error);
      expect((refusal as Invalid).fieldErrors.date).toBe(TIMES_KEPT_AFTER_PUBLICATION);
    }
    // An end the form cannot say (two days on, made by a script) still reads as unchanged, and is kept as stored.
    const long = await db.event.update({
      where: { id: eventId },
      data: { endsAt: new Date(stored.endsAt.getTime() + 48 * HOUR + 1234) },
    });
    await editEvent(partnerA, input({ title: "Smart streets weekend", endsAt: stored.endsAt }));
    expect(await db.event.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({
      title: "Smart streets weekend",
      endsAt: long.endsAt,
    });
    await db.event.update({ where: { id: eventId }, data: { endsAt: stored.endsAt } });
    // The same times, as the form sends them back (to the minute), with new words.
    await editEvent(
      partnerA,
      input({ title: "Smart streets workshop (what we heard)", startsAt: new Date(stored.startsAt.getTime() + 999) }),
    );
    expect((await db.event.findUniqueOrThrow({ where: { id: eventId } })).title).toBe(
      "Smart streets workshop (what we heard)",
    );
  });

  it("lets its facilitators and staff change it, and refuses other partners and an empty facilitator list", async () => {
    const { eventId } = await createEvent(partnerA, details({ facilitatorIds: [colleagueA.id] }));
    const input = (over: Partial<CreateEventInput> = {}) => ({
      ...details({ facilitatorIds: [partnerA.id, colleagueA.id], ...over }),
      eventId,
    });
    await editEvent(colleagueA, input({ title: "Changed by a facilitator" }));
    await editEvent(moderator, input({ title: "Changed by a moderator" }));
    const otherOfA = await partnerOf(orgA);
    await refusedWithoutChange(() => editEvent(otherOfA, input()), Forbidden);
    await refusedWithoutChange(() => editEvent(partnerB, input({ organisationId: orgB })), Forbidden);
    await refusedWithoutChange(() => editEvent(partnerA, input({ facilitatorIds: [] })), Invalid);
    await refusedWithoutChange(
      () => editEvent(partnerA, { ...input(), eventId: "00000000-0000-4000-8000-000000000000" }),
      NotFound,
    );
    // A facilitator from another organisation may change it, but not hand it to an organisation not theirs.
    await editEvent(moderator, input({ facilitatorIds: [partnerA.id, partnerB.id] }));
    const orgC = (await createOrganisation()).id;
    await refusedWithoutChange(
      () => editEvent(partnerB, input({ organisationId: orgC, facilitatorIds: [partnerA.id, partnerB.id] })),
      Invalid,
    );
    const event = await db.event.findUniqueOrThrow({ where: { id: eventId } });
    expect(event.organisationId).toBe(orgA);
    expect(await facilitatorsOf(eventId)).toEqual([partnerA.id, partnerB.id].sort());
  });
});

describe("the public list and an event's page", () => {
  it("splits upcoming from past and pages each by keyset, with nothing repeated or missed", async () => {
    const now = new Date(Date.UTC(2031, 0, 1));
    const made: string[] = [];
    for (let i = 0; i < EVENTS_PAGE_SIZE + 5; i++) {
      const startsAt = new Date(now.getTime() + (i - 10) * 24 * HOUR);
      const { eventId } = await createEvent(
        moderator,
        details({ startsAt, endsAt: new Date(startsAt.getTime() + HOUR) }),
      );
      made.push(eventId);
    }
    const walk = async (when: "upcoming" | "past") => {
      const seen: { id: string; startsAt: Date }[] = [];
      let after: string | undefined;
      do {
        const page = await listEvents({ when, after }, now);
        seen.push(...page.items);
        after = page.next ?? undefined;
      } while (after);
      return seen;
    };
    const upcoming = (await walk("upcoming")).filter((e) => made.includes(e.id));
    const past = (await walk("past")).filter((e) => made.includes(e.id));
    expect(upcoming.map((e) => e.id)).toEqual(made.slice(10));
    expect(past.map((e) => e.id)).toEqual(made.slice(0, 10).reverse());
  });

  it("shows a past event's own approved questions, with room support, and not another event's", async () => {
    const start = new Date(Date.now() - 3 * 24 * HOUR);
    // Made for next week, then held three days ago (a new event must start in the future).
    const later = new Date(Date.now() + 7 * 24 * HOUR);
    const mine = await createEvent(partnerA, details({ startsAt: later, endsAt: new Date(later.getTime() + HOUR) }));
    const other = await createEvent(partnerA, details({ startsAt: later, endsAt: new Date(later.getTime() + HOUR) }));
    await db.event.updateMany({
      where: { id: { in: [mine.eventId, other.eventId] } },
      data: { startsAt: start, endsAt: new Date(start.getTime() + HOUR) },
    });
    const author = await createUser();
    const asked = await db.question.create({
      data: {
        title: "Could the bus shelters show live times?",
        body: "Asked in the room.",
        eventId: mine.eventId,
        moderation: "approved",
        publishedAt: new Date(),
      },
    });
    await db.eventQuestion.create({
      data: { eventId: mine.eventId, text: asked.title, moderation: "approved", supportCount: 7, questionId: asked.id },
    });
    await db.question.create({
      data: { title: "Hidden later", body: "x", eventId: mine.eventId, moderation: "hidden", publishedAt: new Date() },
    });
    await db.question.create({
      data: { title: "Another event's", body: "x", eventId: other.eventId, moderation: "approved" },
    });
    await createQuestion(author.id, { title: "Not from an event" });
    const questions = await eventPublishedQuestions(mine.eventId);
    expect(questions.map((q) => [q.title, q.roomSupportCount])).toEqual([[asked.title, 7]]);
    const page = await getEvent(mine.eventId, null);
    expect(page).toMatchObject({ ended: true, canEdit: false, facilitates: false });
    expect(await getEvent(mine.eventId, partnerA)).toMatchObject({ canEdit: true, facilitates: true });
  });
});
