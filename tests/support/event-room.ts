// An event's room for integration tests, written straight to the database: the event, its facilitators,
// participants, room questions and supports (the join and room pages are another part's; tests of the console
// build the room they need here).
import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { newJoinCode } from "@/lib/events/join-code";
import type { AgeBand, ModerationState } from "@/lib/generated/prisma/enums";
import { createUser } from "./fixtures";

const HOUR = 3_600_000;

export async function createEvent(
  options: {
    facilitatorIds?: string[];
    organiserId?: string;
    /** Running now by default: started an hour ago, ending in an hour. */
    startsAt?: Date;
    endsAt?: Date;
    acceptingQuestions?: boolean;
    title?: string;
  } = {},
) {
  const organiserId = options.organiserId ?? (await createUser({ platformRole: "moderator" })).id;
  const startsAt = options.startsAt ?? new Date(Date.now() - HOUR);
  return db.event.create({
    data: {
      title: options.title ?? "Smart streets workshop",
      description: "Year 10 students ask about the town's smart streets.",
      kind: "school_workshop",
      startsAt,
      endsAt: options.endsAt ?? new Date(startsAt.getTime() + 2 * HOUR),
      place: "Chelmsford County High School",
      organiserId,
      joinCode: newJoinCode(),
      acceptingQuestions: options.acceptingQuestions ?? true,
      facilitators: { create: (options.facilitatorIds ?? [organiserId]).map((userId) => ({ userId })) },
    },
  });
}

export async function addParticipant(eventId: string, ageBand: AgeBand = "under_16") {
  const participant = await db.eventParticipant.create({
    data: {
      eventId,
      nickname: `Curious Heron ${Math.floor(Math.random() * 100)}`,
      ageBand,
      tokenHash: createHash("sha256").update(randomUUID()).digest("hex"),
    },
  });
  await db.event.update({ where: { id: eventId }, data: { participantCount: { increment: 1 } } });
  return participant;
}

export async function addRoomQuestion(
  eventId: string,
  text: string,
  options: { participantId?: string; moderation?: ModerationState; createdAt?: Date } = {},
) {
  const participantId = options.participantId ?? (await addParticipant(eventId)).id;
  return db.eventQuestion.create({
    data: {
      eventId,
      participantId,
      text,
      moderation: options.moderation ?? "pending",
      askedByUnder18: true,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    },
  });
}

/** Each participant supports the question once, with the stored count moved by the rows inserted (as the room does). */
export async function addSupports(roomQuestionId: string, participantIds: string[]): Promise<void> {
  await db.$executeRaw`
    WITH added AS (
      INSERT INTO event_support (event_question_id, participant_id)
      SELECT ${roomQuestionId}::uuid, p FROM unnest(${participantIds}::uuid[]) AS p
      ON CONFLICT DO NOTHING RETURNING 1
    )
    UPDATE event_question SET support_count = support_count + (SELECT count(*) FROM added)
    WHERE id = ${roomQuestionId}::uuid`;
}
