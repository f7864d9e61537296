import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isModerator } from "@/lib/auth/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EventKind, ModerationState, QuestionStatus } from "@/lib/generated/prisma/enums";
import { STAFF_ORGANISATION, speakerSelect, toSpeaker, type Speaker } from "@/lib/questions/speaker";
import { eventEditAccess, facilitatorAccess } from "./policy";
import type { EventListParams } from "./schemas";

export const EVENTS_PAGE_SIZE = 20;
/** A past event's page lists this many of its published questions (a room rarely asks more). */
export const EVENT_QUESTIONS_LIMIT = 200;

/** One event on the public list. */
export interface EventListItem {
  id: string;
  title: string;
  kind: EventKind;
  startsAt: Date;
  endsAt: Date;
  place: string;
  /** The organisation running it, or CSES for an event of its own. */
  organiser: string;
  /** Its questions published on the portal (after it ended). */
  questionCount: number;
}

const cursorSchema = z.object({ at: z.iso.datetime(), id: z.uuid() });

function encodeCursor(item: { startsAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify({ at: item.startsAt.toISOString(), id: item.id })).toString("base64url");
}

function decodeCursor(raw: string | undefined): { at: string; id: string } | null {
  if (!raw) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * A page of events: upcoming ones (not yet ended) soonest first, or past ones latest first; keyset on (starts_at,
 * id), served by the index in that order (read backwards for past events).
 */
export async function listEvents(
  params: EventListParams,
  now = new Date(),
): Promise<{ items: EventListItem[]; next: string | null }> {
  const cursor = decodeCursor(params.after);
  const upcoming = params.when === "upcoming";
  const where: Prisma.Sql[] = [upcoming ? Prisma.sql`e.ends_at > ${now}` : Prisma.sql`e.ends_at <= ${now}`];
  if (cursor)
    where.push(
      upcoming
        ? Prisma.sql`(e.starts_at, e.id) > (${new Date(cursor.at)}, ${cursor.id}::uuid)`
        : Prisma.sql`(e.starts_at, e.id) < (${new Date(cursor.at)}, ${cursor.id}::uuid)`,
    );
  const order = upcoming ? Prisma.sql`e.starts_at, e.id` : Prisma.sql`e.starts_at DESC, e.id DESC`;
  const rows = await db.$queryRaw<EventListItem[]>`
    SELECT e.id, e.title, e.kind, e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.place,
           coalesce(o.name, ${STAFF_ORGANISATION}) AS organiser,
           (SELECT count(*)::int FROM question q WHERE q.event_id = e.id AND q.moderation = 'approved') AS "questionCount"
    FROM event e LEFT JOIN organisation o ON o.id = e.organisation_id
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${order}
    LIMIT ${EVENTS_PAGE_SIZE + 1}`;
  const items = rows.slice(0, EVENTS_PAGE_SIZE);
  return { items, next: rows.length > EVENTS_PAGE_SIZE ? encodeCursor(items.at(-1)!) : null };
}

/** A question the room asked, as published on the portal, with its answers. */
export interface EventPublishedQuestion {
  id: string;
  title: string;
  moderation: ModerationState;
  status: QuestionStatus;
  supportCount: number;
  /** How many people in the room supported it. */
  roomSupportCount: number | null;
  responses: {
    id: string;
    organisation: string;
    organisationSlug: string;
    author: Speaker;
    body: string;
    createdAt: Date;
    lastEditedAt: Date | null;
  }[];
}

/** An event as its page shows it, with what the person looking may do there. */
export interface EventDetail {
  id: string;
  title: string;
  description: string;
  kind: EventKind;
  startsAt: Date;
  endsAt: Date;
  place: string;
  organiser: string;
  organisationSlug: string | null;
  joinCode: string;
  acceptingQuestions: boolean;
  participantCount: number;
  publishedAt: Date | null;
  /** Ended: its questions are shown, and nobody joins any more. */
  ended: boolean;
  /** The organiser, its facilitators, moderators and admins: may change it. */
  canEdit: boolean;
  /** Its facilitators: run the room from the console. */
  facilitates: boolean;
}

/** The event, or null when there is none with that id. */
export async function getEvent(eventId: string, actor: Actor | null, now = new Date()): Promise<EventDetail | null> {
  if (!z.uuid().safeParse(eventId).success) return null;
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      title: true,
      description: true,
      kind: true,
      startsAt: true,
      endsAt: true,
      place: true,
      organiserId: true,
      joinCode: true,
      acceptingQuestions: true,
      participantCount: true,
      publishedAt: true,
      organisation: { select: { name: true, slug: true } },
      facilitators: { select: { userId: true } },
    },
  });
  if (!event) return null;
  const policyRow = { organiserId: event.organiserId, facilitatorIds: event.facilitators.map((f) => f.userId) };
  return {
    id: event.id,
    title: event.title,
    description: event.description,
    kind: event.kind,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    place: event.place,
    organiser: event.organisation?.name ?? STAFF_ORGANISATION,
    organisationSlug: event.organisation?.slug ?? null,
    joinCode: event.joinCode,
    acceptingQuestions: event.acceptingQuestions,
    participantCount: event.participantCount,
    publishedAt: event.publishedAt,
    ended: event.endsAt.getTime() <= now.getTime(),
    canEdit: eventEditAccess(actor, policyRow).allowed,
    facilitates: facilitatorAccess(actor, policyRow).allowed,
  };
}

/**
 * The event's questions published on the portal (approved ones only: a question hidden later drops out of public
 * view), most supported first, each with its official responses. Two queries, however many questions.
 */
export async function eventPublishedQuestions(eventId: string): Promise<EventPublishedQuestion[]> {
  const questions = await db.question.findMany({
    where: { eventId, moderation: "approved" },
    orderBy: [{ supportCount: "desc" }, { id: "asc" }],
    take: EVENT_QUESTIONS_LIMIT,
    select: {
      id: true,
      title: true,
      moderation: true,
      status: true,
      supportCount: true,
      roomQuestion: { select: { supportCount: true } },
      responses: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          body: true,
          createdAt: true,
          editedAt: true,
          organisation: { select: { name: true, slug: true } },
          author: speakerSelect,
        },
      },
    },
  });
  return questions.map((q) => ({
    id: q.id,
    title: q.title,
    moderation: q.moderation,
    status: q.status,
    supportCount: q.supportCount,
    roomSupportCount: q.roomQuestion?.supportCount ?? null,
    responses: q.responses.map((r) => ({
      id: r.id,
      organisation: r.organisation.name,
      organisationSlug: r.organisation.slug,
      author: toSpeaker(r.author),
      body: r.body,
      createdAt: r.createdAt,
      lastEditedAt: r.editedAt,
    })),
  }));
}

/** A person who can be chosen as a facilitator, as the form lists them. */
export interface FacilitatorChoice {
  id: string;
  name: string;
  /** Their organisations, then CSES for staff: so two people of the same name can be told apart. */
  organisations: string[];
}

const CHOICES_LIMIT = 100;

/**
 * The people offered as facilitators: the actor's colleagues in their organisations, CSES staff for a moderator or
 * administrator, and whoever facilitates the event already; anyone else is added by email address. Only active
 * people with a confirmed address who may facilitate.
 */
export async function facilitatorChoices(actor: Actor, eventId: string | null): Promise<FacilitatorChoice[]> {
  const organisationIds = actor.memberships.map((m) => m.organisationId);
  const people = await db.user.findMany({
    where: {
      status: "active",
      emailVerifiedAt: { not: null },
      OR: [
        ...(organisationIds.length ? [{ memberships: { some: { organisationId: { in: organisationIds } } } }] : []),
        ...(isModerator(actor) ? [{ platformRole: { in: ["moderator" as const, "admin" as const] } }] : []),
        ...(eventId ? [{ eventsFacilitated: { some: { eventId } } }] : []),
      ],
      AND: [{ OR: [{ platformRole: { in: ["moderator", "admin"] } }, { memberships: { some: {} } }] }],
    },
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
    take: CHOICES_LIMIT,
    select: { id: true, ...speakerSelect.select },
  });
  return people.map((p) => ({ id: p.id, ...toSpeaker(p) }));
}

/** An event's details as its edit form starts from them. */
export interface EventForEdit {
  id: string;
  title: string;
  description: string;
  kind: EventKind;
  startsAt: Date;
  endsAt: Date;
  /** When its room questions went onto the portal; from then on its date and times stay (policy.ts). */
  publishedAt: Date | null;
  place: string;
  organisationId: number | null;
  facilitatorIds: string[];
  /** The facilitators by name, as the form offers people ("Sam Patel (Essex County Council)"). */
  facilitators: { id: string; speaker: Speaker }[];
  policy: { organiserId: string; facilitatorIds: string[] };
}

export const eventForEdit = cache(async function eventForEdit(eventId: string): Promise<EventForEdit | null> {
  if (!z.uuid().safeParse(eventId).success) return null;
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      title: true,
      description: true,
      kind: true,
      startsAt: true,
      endsAt: true,
      publishedAt: true,
      place: true,
      organiserId: true,
      organisationId: true,
      facilitators: { select: { userId: true, user: speakerSelect }, orderBy: { userId: "asc" } },
    },
  });
  if (!event) return null;
  const facilitatorIds = event.facilitators.map((f) => f.userId);
  return {
    id: event.id,
    title: event.title,
    description: event.description,
    kind: event.kind,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    publishedAt: event.publishedAt,
    place: event.place,
    organisationId: event.organisationId,
    facilitatorIds,
    facilitators: event.facilitators.map((f) => ({ id: f.userId, speaker: toSpeaker(f.user) })),
    policy: { organiserId: event.organiserId, facilitatorIds },
  };
});

/**
 * The organisations the person may run an event for: their own, or any active one for CSES moderators and
 * administrators (who may also run one for CSES itself, offered by the form as "CSES"). `keep`: the event's own
 * organisation, still offered on its edit form to someone who could not choose it.
 */
export function organisationsToOrganiseFor(
  actor: Actor,
  keep: number | null = null,
): Promise<{ id: number; name: string }[]> {
  const mine = isModerator(actor)
    ? { deactivatedAt: null }
    : { deactivatedAt: null, id: { in: actor.memberships.map((m) => m.organisationId) } };
  return db.organisation.findMany({
    where: keep === null ? mine : { OR: [mine, { id: keep }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
