// What every console write starts with: the event locked and its facilitators read, in the writing transaction,
// so the check and the change see the same row (a facilitator removed a moment ago is refused).
import "server-only";
import { NotFound, Conflict } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { assertAllowed } from "@/lib/auth/policy";
import { EVENT_NOT_FOUND, facilitatorAccess } from "@/lib/events/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModerationState } from "@/lib/generated/prisma/enums";

export type Tx = Prisma.TransactionClient;

export const ALREADY_PUBLISHED =
  "The event's questions have been published on the portal: change them from the partner inbox instead.";

export interface LockedEvent {
  id: string;
  title: string;
  organiserId: string;
  startsAt: Date;
  endsAt: Date;
  acceptingQuestions: boolean;
  nowAnsweringId: string | null;
  publishedAt: Date | null;
  facilitatorIds: string[];
}

export async function lockEvent(tx: Tx, eventId: string): Promise<LockedEvent | null> {
  const rows = await tx.$queryRaw<LockedEvent[]>`
    SELECT e.id, e.title, e.organiser_id AS "organiserId", e.starts_at AS "startsAt", e.ends_at AS "endsAt",
           e.accepting_questions AS "acceptingQuestions", e.now_answering_id AS "nowAnsweringId",
           e.published_at AS "publishedAt",
           ARRAY(SELECT f.user_id::text FROM event_facilitator f WHERE f.event_id = e.id) AS "facilitatorIds"
    FROM event e WHERE e.id = ${eventId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/** The event, locked, for one of its facilitators; NotFound or Forbidden otherwise. */
export async function lockEventForFacilitator(tx: Tx, actor: Actor, eventId: string): Promise<LockedEvent> {
  const event = await lockEvent(tx, eventId);
  if (!event) throw new NotFound(EVENT_NOT_FOUND);
  assertAllowed(facilitatorAccess(actor, event));
  return event;
}

/** As lockEventForFacilitator, for changes to the room, which stop once its questions are on the portal. */
export async function lockOpenRoom(tx: Tx, actor: Actor, eventId: string): Promise<LockedEvent> {
  const event = await lockEventForFacilitator(tx, actor, eventId);
  if (event.publishedAt) throw new Conflict(ALREADY_PUBLISHED);
  return event;
}

export interface LockedRoomQuestion {
  id: string;
  text: string;
  moderation: ModerationState;
  mergedIntoId: string | null;
  participantId: string | null;
  supportCount: number;
  answeredInRoomAt: Date | null;
}

/** Room questions of this event, locked in id order (so two merges never deadlock); others are simply absent. */
export async function lockRoomQuestions(
  tx: Tx,
  eventId: string,
  ids: string[],
): Promise<Map<string, LockedRoomQuestion>> {
  const rows = await tx.$queryRaw<LockedRoomQuestion[]>`
    SELECT id, text, moderation, merged_into_id AS "mergedIntoId", participant_id AS "participantId",
           support_count AS "supportCount", answered_in_room_at AS "answeredInRoomAt"
    FROM event_question WHERE event_id = ${eventId}::uuid AND id = ANY(${ids}::uuid[])
    ORDER BY id FOR UPDATE`;
  return new Map(rows.map((row) => [row.id, row]));
}
