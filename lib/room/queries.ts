import "server-only";
import { db } from "@/lib/db";
import type { AgeBand } from "@/lib/generated/prisma/enums";
import { Forbidden } from "@/lib/errors";
import { hashParticipantToken } from "./participant-cookie";

export const NOT_JOINED = "Join the event first, with the code on the screen or the printed sheet.";

export interface RoomParticipant {
  id: string;
  nickname: string;
  ageBand: AgeBand;
}

/** The participant this token stands for in this event, or null (never joined, another event's, or deleted). */
export async function findParticipant(eventId: string, token: string | null): Promise<RoomParticipant | null> {
  if (!token) return null;
  return db.eventParticipant.findFirst({
    where: { tokenHash: hashParticipantToken(token), eventId },
    select: { id: true, nickname: true, ageBand: true },
  });
}

/** As findParticipant, for a write: refuses when the browser has no place in this event's room. */
export async function requireParticipant(eventId: string, token: string | null): Promise<RoomParticipant> {
  const participant = await findParticipant(eventId, token);
  if (!participant) throw new Forbidden(NOT_JOINED);
  return participant;
}

/** How many room questions the room and the follow-up page list, most supported first. */
export const ROOM_LIST_LIMIT = 200;

export interface RoomQuestion {
  id: string;
  text: string;
  supportCount: number;
  answeredInRoom: boolean;
  mine: boolean;
  supportedByMe: boolean;
}

export interface RoomView {
  event: {
    id: string;
    title: string;
    place: string;
    startsAt: Date;
    endsAt: Date;
    acceptingQuestions: boolean;
    participantCount: number;
    ended: boolean;
  };
  participant: RoomParticipant;
  nowAnswering: { id: string; text: string } | null;
  /** Approved, not merged, most supported first: what everyone in the room sees. */
  questions: RoomQuestion[];
  /** This participant's own questions that are not on the list: waiting, or turned down. Nobody else sees them. */
  ownUnlisted: { id: string; text: string; state: "pending" | "rejected" | "merged" }[];
}

/**
 * What the participant's page shows: nothing about any other participant (no names, no held questions), and
 * their own questions that wait or were turned down to them alone. Four indexed reads, whatever the room's size.
 */
export async function getRoomView(eventId: string, token: string | null): Promise<RoomView | null> {
  const participant = await findParticipant(eventId, token);
  if (!participant) return null;
  const [event, questions, own, supports] = await Promise.all([
    db.event.findUnique({
      where: { id: eventId },
      select: {
        id: true,
        title: true,
        place: true,
        startsAt: true,
        endsAt: true,
        acceptingQuestions: true,
        participantCount: true,
        publishedAt: true,
        nowAnswering: { select: { id: true, text: true, moderation: true, mergedIntoId: true } },
      },
    }),
    db.eventQuestion.findMany({
      where: { eventId, moderation: "approved", mergedIntoId: null },
      orderBy: [{ supportCount: "desc" }, { id: "asc" }],
      take: ROOM_LIST_LIMIT,
      select: { id: true, text: true, supportCount: true, answeredInRoomAt: true, participantId: true },
    }),
    db.eventQuestion.findMany({
      where: {
        participantId: participant.id,
        OR: [{ moderation: { in: ["pending", "rejected"] } }, { mergedIntoId: { not: null } }],
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, text: true, moderation: true, mergedIntoId: true },
    }),
    db.eventSupport.findMany({ where: { participantId: participant.id }, select: { eventQuestionId: true } }),
  ]);
  if (!event) return null;
  const supported = new Set(supports.map((support) => support.eventQuestionId));
  const now = event.nowAnswering;
  return {
    event: {
      id: event.id,
      title: event.title,
      place: event.place,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      acceptingQuestions: event.acceptingQuestions && event.publishedAt === null,
      participantCount: event.participantCount,
      ended: event.publishedAt !== null || event.endsAt <= new Date(),
    },
    participant,
    // Only an approved question is ever highlighted to the room.
    nowAnswering: now && now.moderation === "approved" && !now.mergedIntoId ? { id: now.id, text: now.text } : null,
    questions: questions.map((question) => ({
      id: question.id,
      text: question.text,
      supportCount: question.supportCount,
      answeredInRoom: question.answeredInRoomAt !== null,
      mine: question.participantId === participant.id,
      supportedByMe: supported.has(question.id),
    })),
    ownUnlisted: own.map((question) => ({
      id: question.id,
      text: question.text,
      // A facilitator merged it into a repeat on the list (its supports went there), whatever it was before.
      state: question.mergedIntoId ? "merged" : question.moderation === "pending" ? "pending" : "rejected",
    })),
  };
}
