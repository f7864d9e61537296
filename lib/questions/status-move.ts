import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { statusChangedMessages } from "@/lib/notifications/messages";
import { notify } from "@/lib/notifications/service";

type Tx = Prisma.TransactionClient;

/** What a status move needs of the locked question: the rest is the caller's. */
export interface MovingQuestion {
  id: string;
  title: string;
  authorId: string;
  status: QuestionStatus;
}

/**
 * The one writer of a question's public status: the new status and its timeline entry, in the caller's
 * transaction (which has locked the question and checked the move with checkStatusTransition). `data` carries what
 * changes with the status in the same update (an answered date, an undone merge).
 */
export async function recordStatusMove(
  tx: Tx,
  question: MovingQuestion,
  actorId: string,
  to: QuestionStatus,
  options: { note?: string | null; at?: Date; data?: Prisma.QuestionUncheckedUpdateInput } = {},
): Promise<void> {
  const at = options.at ?? new Date();
  await tx.question.update({ where: { id: question.id }, data: { ...options.data, status: to } });
  await tx.statusChange.create({
    data: {
      questionId: question.id,
      actorId,
      fromStatus: question.status,
      toStatus: to,
      note: options.note ?? null,
      createdAt: at,
    },
  });
}

/** Tells the author and the followers of a status move (an answer tells them with its own words instead). */
export async function tellStatusMove(
  tx: Tx,
  question: MovingQuestion,
  actorId: string,
  to: QuestionStatus,
  note: string | null,
): Promise<void> {
  await tellStatusMoves(tx, [{ question, to, note }], actorId);
}

/**
 * Tells of several moves made by one action, under one `noticeId`, so each person hears once (notify's (person,
 * event) key): every moved question's author first, so a person who wrote one question and follows another hears
 * of their own, then the followers.
 */
export async function tellStatusMoves(
  tx: Tx,
  moves: readonly { question: MovingQuestion; to: QuestionStatus; note: string | null }[],
  actorId: string,
  noticeId?: string,
): Promise<void> {
  // One id for all of them, given or new: an author who also follows their question hears once.
  const eventId = noticeId ?? randomUUID();
  const told = moves.map((move) => ({
    ...move,
    messages: statusChangedMessages(move.question.title, move.to, move.note),
  }));
  for (const { question, messages } of told)
    await notify(tx, {
      kind: "question_status_changed",
      questionId: question.id,
      actorId,
      message: messages.author,
      recipients: [question.authorId],
      eventId,
    });
  for (const { question, messages } of told)
    await notify(tx, {
      kind: "followed_question_status_changed",
      questionId: question.id,
      actorId,
      message: messages.follower,
      recipients: [],
      followers: { kind: "followed_question_status_changed", message: messages.follower },
      eventId,
    });
}
