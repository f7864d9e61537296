import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { enqueue } from "@/lib/jobs/enqueue";
import { notificationHref } from "./kinds";

type Tx = Prisma.TransactionClient;

/** Something that happened to a question, to tell people about (in the transaction of the write that did it). */
export interface NotificationEvent {
  /** The kind for the people told directly. */
  kind: NotificationKind;
  questionId: string;
  /** The comment it is about (a reply), if any. */
  commentId?: string | null;
  /** Who did it: never told about their own act. Null for the portal itself. */
  actorId: string | null;
  /** What the direct recipients read (plain text, at most 500 characters). */
  message: string;
  /** Told directly: the question's author, the author of the comment replied to. */
  recipients: string[];
  /** The question's followers are told too, in these words and with this kind. */
  followers?: { kind: NotificationKind; message: string };
  /**
   * The event's id when the event is a thing of its own rather than a moment: a commitment's one delivery check
   * uses the commitment's id, so the (person, event) key tells each person once however often it is sent, and
   * the notification leads to the commitment (notificationHref). One action that tells of several things (a
   * commitment and the moves of its questions) gives them all one id, so each person hears once, of the first.
   * A new id otherwise.
   */
  eventId?: string;
}

/**
 * The events whose mail job a transaction has queued. One action may tell of one event in several calls (a status
 * move tells the author, then the followers; a commitment tells of each moved question), and one job mails all of
 * the event's rows. Keyed by the transaction itself, so it ends with it and no other request sees it.
 */
const mailQueuedIn = new WeakMap<Tx, Set<string>>();

async function queueEventMail(tx: Tx, eventId: string): Promise<void> {
  // The client itself is no transaction: remembered there, an event id used again later (a commitment's
  // delivery check) would never be mailed again.
  if ((tx as unknown) === db) {
    await enqueue(tx, "notification-mail", { eventId });
    return;
  }
  const queued = mailQueuedIn.get(tx) ?? new Set<string>();
  if (queued.has(eventId)) return;
  await enqueue(tx, "notification-mail", { eventId });
  queued.add(eventId);
  mailQueuedIn.set(tx, queued);
}

/**
 * Tells the right people about one event, once each: the direct recipients first, then the question's
 * followers who were not already told (the (user, event) key decides, so nobody is told twice), never the actor,
 * and only people whose account is active. Email follows in a job (see lib/notifications/email), so a mail
 * server that is down never blocks or fails the action. Returns how many people were told.
 */
export async function notify(tx: Tx, event: NotificationEvent): Promise<number> {
  const eventId = event.eventId ?? randomUUID();
  const actorId = event.actorId;
  const commentId = event.commentId ?? null;
  let told = 0;
  const recipients = [...new Set(event.recipients)].filter((id) => id !== actorId);
  if (recipients.length) {
    told += await tx.$executeRaw`
      INSERT INTO notification (id, user_id, event_id, kind, question_id, comment_id, actor_id, message)
      SELECT gen_random_uuid(), u.id, ${eventId}::uuid, ${event.kind}::"NotificationKind", ${event.questionId}::uuid,
             ${commentId}::uuid, ${actorId}::uuid, ${event.message}
      FROM "user" u WHERE u.id = ANY(${recipients}::uuid[]) AND u.status = 'active'
      ON CONFLICT (user_id, event_id) DO NOTHING`;
  }
  if (event.followers) {
    told += await tx.$executeRaw`
      INSERT INTO notification (id, user_id, event_id, kind, question_id, comment_id, actor_id, message)
      SELECT gen_random_uuid(), f.user_id, ${eventId}::uuid, ${event.followers.kind}::"NotificationKind",
             ${event.questionId}::uuid, ${commentId}::uuid, ${actorId}::uuid, ${event.followers.message}
      FROM follow f JOIN "user" u ON u.id = f.user_id
      WHERE f.question_id = ${event.questionId}::uuid AND u.status = 'active'
        AND u.id IS DISTINCT FROM ${actorId}::uuid
      ON CONFLICT (user_id, event_id) DO NOTHING`;
  }
  if (told > 0) await queueEventMail(tx, eventId);
  return told;
}

export const NOT_YOUR_NOTIFICATION = "We could not find that notification.";

/**
 * Marks one of the person's own notifications read (idempotent) and returns where it leads. Scoped to the
 * person inside the statement, so another person's notification is not found, exactly like a made-up id.
 */
export async function markNotificationRead(actor: Actor | null, notificationId: string): Promise<{ href: string }> {
  requirePermission(actor, "notification.markRead");
  const rows = await db.$queryRaw<
    { kind: NotificationKind; questionId: string; commentId: string | null; eventId: string }[]
  >`
    UPDATE notification SET read_at = coalesce(read_at, now())
    WHERE id = ${notificationId}::uuid AND user_id = ${actor.id}::uuid
    RETURNING kind, question_id AS "questionId", comment_id AS "commentId", event_id AS "eventId"`;
  const notification = rows[0];
  if (!notification) throw new NotFound(NOT_YOUR_NOTIFICATION);
  return { href: notificationHref(notification) };
}

/** Marks every unread notification of the person read (the partial index on unread rows finds them). */
export async function markAllNotificationsRead(actor: Actor | null): Promise<{ marked: number }> {
  requirePermission(actor, "notification.markRead");
  const marked = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null },
    data: { readAt: new Date() },
  });
  return { marked: marked.count };
}
