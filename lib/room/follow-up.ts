import "server-only";
import { hashToken } from "@/lib/accounts/tokens";
import { db } from "@/lib/db";
import type { EventKind, QuestionStatus } from "@/lib/generated/prisma/enums";
import { PUBLISHED } from "@/lib/questions/visibility";
import { lookUpCodeWithinLimit } from "./limits";
import { ROOM_LIST_LIMIT } from "./queries";
import { normaliseFollowUpCode } from "./schemas";

// The follow-up page: a participant's code opens their event's questions, with their status and answers, and
// nothing else (no other event, no names, nothing held). Wrong codes count against the limit of where they came
// from (limits.ts), so codes cannot be found by trying.

export interface FollowUpView {
  code: string;
  event: { id: string; title: string; kind: EventKind; place: string; startsAt: Date; endsAt: Date };
  /** After publication: the portal questions the room's questions became, with the partners' answers. */
  published: {
    id: string;
    title: string;
    status: QuestionStatus;
    supportCount: number;
    /** Supports it had in the room (they stay there: portal supports belong to signed-in people). */
    roomSupportCount: number;
    responses: { id: string; organisation: string; body: string; createdAt: Date }[];
  }[];
  /** Before publication: the room's approved questions, as the room saw them. */
  room: { id: string; text: string; supportCount: number; answeredInRoom: boolean }[];
  isPublished: boolean;
}

/** The follow-up page of a code, or null when no code is it (counted as a wrong try). Throws CodeTriesPaused. */
export async function getFollowUpView(source: { ip: string | null }, typed: string): Promise<FollowUpView | null> {
  const code = normaliseFollowUpCode(typed);
  if (!code) return null;
  const found = await lookUpCodeWithinLimit("follow-up-code", source.ip, () =>
    db.eventFollowUpCode.findUnique({
      where: { codeHash: hashToken(code) },
      select: {
        event: {
          select: {
            id: true,
            title: true,
            kind: true,
            place: true,
            startsAt: true,
            endsAt: true,
            publishedAt: true,
          },
        },
      },
    }),
  );
  if (!found) return null;
  const { publishedAt, ...event } = found.event;
  if (publishedAt) {
    const questions = await db.question.findMany({
      where: { AND: [PUBLISHED, { eventId: event.id }] },
      orderBy: [{ supportCount: "desc" }, { id: "asc" }],
      take: ROOM_LIST_LIMIT,
      select: {
        id: true,
        title: true,
        status: true,
        supportCount: true,
        roomQuestion: { select: { supportCount: true } },
        responses: {
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { id: true, body: true, createdAt: true, organisation: { select: { name: true } } },
        },
      },
    });
    return {
      code,
      event,
      isPublished: true,
      room: [],
      published: questions.map(({ roomQuestion, ...question }) => ({
        ...question,
        roomSupportCount: roomQuestion?.supportCount ?? 0,
        responses: question.responses.map((response) => ({
          id: response.id,
          organisation: response.organisation.name,
          body: response.body,
          createdAt: response.createdAt,
        })),
      })),
    };
  }
  const room = await db.eventQuestion.findMany({
    where: { eventId: event.id, moderation: "approved", mergedIntoId: null },
    orderBy: [{ supportCount: "desc" }, { id: "asc" }],
    take: ROOM_LIST_LIMIT,
    select: { id: true, text: true, supportCount: true, answeredInRoomAt: true },
  });
  return {
    code,
    event,
    isPublished: false,
    published: [],
    room: room.map((question) => ({
      id: question.id,
      text: question.text,
      supportCount: question.supportCount,
      answeredInRoom: question.answeredInRoomAt !== null,
    })),
  };
}
