import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { EventKind, ModerationState } from "@/lib/generated/prisma/enums";

/** Whether an event exists (the signals route refuses a stream for nothing). */
export async function eventExists(eventId: string): Promise<boolean> {
  const rows = await db.$queryRaw<unknown[]>`SELECT 1 FROM event WHERE id = ${eventId}::uuid`;
  return rows.length > 0;
}

export interface ConsoleEvent {
  id: string;
  title: string;
  kind: EventKind;
  startsAt: Date;
  endsAt: Date;
  joinCode: string;
  acceptingQuestions: boolean;
  nowAnsweringId: string | null;
  publishedAt: Date | null;
  participantCount: number;
  organiserId: string;
  facilitatorIds: string[];
}

/**
 * The event as the console and the screen show it, with what the facilitator rule reads; null if there is none.
 * Read once per request (a page's title and its body both ask).
 */
export const readConsoleEvent = cache(async function readConsoleEvent(eventId: string): Promise<ConsoleEvent | null> {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      title: true,
      kind: true,
      startsAt: true,
      endsAt: true,
      joinCode: true,
      acceptingQuestions: true,
      nowAnsweringId: true,
      publishedAt: true,
      participantCount: true,
      organiserId: true,
      facilitators: { select: { userId: true } },
    },
  });
  if (!event) return null;
  const { facilitators, ...rest } = event;
  return { ...rest, facilitatorIds: facilitators.map((f) => f.userId) };
});

/** How many room questions the console lists in each part; a room rarely has more, and the page says so if it does. */
export const CONSOLE_LIST_LIMIT = 300;
/** Texts at least this alike (pg_trgm similarity) are offered as "this looks like question N". */
export const SUGGESTION_THRESHOLD = 0.3;

export interface ConsoleQuestion {
  id: string;
  /** Its number in the event, in the order asked: how facilitators and the screen refer to it. */
  number: number;
  text: string;
  moderation: ModerationState;
  askedByUnder18: boolean;
  screeningRules: string[];
  supportCount: number;
  answeredInRoomAt: Date | null;
  createdAt: Date;
  /** The theme chosen for it on the portal, if any. */
  themeSlug: string | null;
  /** The approved question this one most looks like (an older one, for an approved question), if any. */
  suggestion: { id: string; number: number; text: string } | null;
}

export interface ConsoleQuestions {
  /** Waiting for a facilitator, oldest first. */
  pending: ConsoleQuestion[];
  /** On the screen, most supported first. */
  approved: ConsoleQuestion[];
  rejectedCount: number;
  mergedCount: number;
}

/**
 * The console's lists in one query: every live question of the event numbered in the order asked, each with the
 * approved question whose words are most like its own (trigram similarity over this event's questions only).
 */
export async function readConsoleQuestions(eventId: string): Promise<ConsoleQuestions> {
  const rows = await db.$queryRaw<
    (Omit<ConsoleQuestion, "suggestion" | "number"> & {
      number: bigint;
      mergedIntoId: string | null;
      suggestionId: string | null;
      suggestionNumber: bigint | null;
      suggestionText: string | null;
    })[]
  >`
    WITH numbered AS (
      SELECT q.*, row_number() OVER (ORDER BY q.created_at, q.id) AS number
      FROM event_question q WHERE q.event_id = ${eventId}::uuid
    )
    SELECT q.id, q.number, q.text, q.moderation, q.asked_by_under_18 AS "askedByUnder18",
           q.screening_rules AS "screeningRules", q.support_count AS "supportCount",
           q.answered_in_room_at AS "answeredInRoomAt", q.created_at AS "createdAt", q.merged_into_id AS "mergedIntoId",
           (SELECT t.slug FROM theme t WHERE t.id = q.theme_id) AS "themeSlug",
           s.id AS "suggestionId", s.number AS "suggestionNumber", s.text AS "suggestionText"
    FROM numbered q
    LEFT JOIN LATERAL (
      SELECT o.id, o.number, o.text FROM numbered o
      WHERE o.id <> q.id AND o.moderation = 'approved' AND o.merged_into_id IS NULL
        AND (q.moderation = 'pending' OR o.number < q.number)
        AND similarity(lower(o.text), lower(q.text)) >= ${SUGGESTION_THRESHOLD}
      ORDER BY similarity(lower(o.text), lower(q.text)) DESC, o.number
      LIMIT 1
    ) s ON q.merged_into_id IS NULL AND q.moderation IN ('pending', 'approved')
    ORDER BY q.number`;
  const live = (row: (typeof rows)[number]): ConsoleQuestion => ({
    id: row.id,
    number: Number(row.number),
    text: row.text,
    moderation: row.moderation,
    askedByUnder18: row.askedByUnder18,
    screeningRules: row.screeningRules,
    supportCount: row.supportCount,
    answeredInRoomAt: row.answeredInRoomAt,
    createdAt: row.createdAt,
    themeSlug: row.themeSlug,
    suggestion: row.suggestionId
      ? { id: row.suggestionId, number: Number(row.suggestionNumber), text: row.suggestionText ?? "" }
      : null,
  });
  const unmerged = rows.filter((row) => !row.mergedIntoId);
  return {
    pending: unmerged
      .filter((row) => row.moderation === "pending")
      .slice(0, CONSOLE_LIST_LIMIT)
      .map(live),
    approved: unmerged
      .filter((row) => row.moderation === "approved")
      .map(live)
      .sort(
        (a, b) =>
          Number(a.answeredInRoomAt !== null) - Number(b.answeredInRoomAt !== null) ||
          b.supportCount - a.supportCount ||
          a.number - b.number,
      )
      .slice(0, CONSOLE_LIST_LIMIT),
    rejectedCount: unmerged.filter((row) => row.moderation === "rejected").length,
    mergedCount: rows.length - unmerged.length,
  };
}

/** How many questions the projector shows at once: read from the back of a hall. */
export const SCREEN_QUESTION_LIMIT = 6;

export interface ScreenQuestion {
  id: string;
  number: number;
  text: string;
  supportCount: number;
  answered: boolean;
}

export interface ScreenView {
  nowAnswering: ScreenQuestion | null;
  /** The approved questions not yet answered, most supported first (the one being answered left out). */
  waiting: ScreenQuestion[];
  waitingCount: number;
  answeredCount: number;
}

/**
 * What the projector shows: approved, unmerged questions only, never who asked (the room question row's
 * participant is not read at all).
 */
export async function readScreen(eventId: string, nowAnsweringId: string | null): Promise<ScreenView> {
  const rows = await db.$queryRaw<
    { id: string; number: bigint; text: string; supportCount: number; answered: boolean }[]
  >`
    WITH numbered AS (
      SELECT q.id, q.text, q.support_count, q.answered_in_room_at, q.moderation, q.merged_into_id, q.created_at,
             row_number() OVER (ORDER BY q.created_at, q.id) AS number
      FROM event_question q WHERE q.event_id = ${eventId}::uuid
    )
    SELECT id, number, text, support_count AS "supportCount", answered_in_room_at IS NOT NULL AS answered
    FROM numbered WHERE moderation = 'approved' AND merged_into_id IS NULL
    ORDER BY support_count DESC, created_at, id`;
  const questions = rows.map((row) => ({ ...row, number: Number(row.number) }));
  const waiting = questions.filter((q) => !q.answered && q.id !== nowAnsweringId);
  return {
    nowAnswering: questions.find((q) => q.id === nowAnsweringId) ?? null,
    waiting: waiting.slice(0, SCREEN_QUESTION_LIMIT),
    waitingCount: waiting.length,
    answeredCount: questions.filter((q) => q.answered).length,
  };
}
