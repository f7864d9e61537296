import "server-only";
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

/**
 * Tells the author and the followers of a status move (an answer tells them with its own words instead). An
 * action that tells people of more than one thing at once passes one `noticeId` to all of them, so each person
 * hears once (notify's (person, event) key).
 */
export async function tellStatusMove(
  tx: Tx,
  question: MovingQuestion,
  actorId: string,
  to: QuestionStatus,
  note: string | null,
  noticeId?: string,
): Promise<void> {
  const messages = statusChangedMessages(question.title, to, note);
  await notify(tx, {
    kind: "question_status_changed",
    questionId: question.id,
    actorId,
    message: messages.author,
    recipients: [question.authorId],
    followers: { kind: "followed_question_status_changed", message: messages.follower },
    eventId: noticeId,
  });
}
