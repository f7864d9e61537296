import "server-only";
import { db } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { newestFirstPage, olderThan, type KeysetPage } from "@/lib/keyset";
import { notificationHref } from "./kinds";

// A person's notifications, newest first: keyset pages over notification (user_id, created_at DESC, id DESC),
// one query per page. The unread count in the header is stored on the person (user.unread_notifications).

export const NOTIFICATIONS_PAGE_SIZE = 20;

export interface PortalNotification {
  id: string;
  kind: NotificationKind;
  message: string;
  createdAt: Date;
  read: boolean;
  /** Where it leads: the question, at its responses, timeline or the reply; a delivery check's answer page. */
  href: string;
}

export type NotificationPage = KeysetPage<PortalNotification>;

export async function listNotifications(
  userId: string,
  after?: string,
  size = NOTIFICATIONS_PAGE_SIZE,
): Promise<NotificationPage> {
  const rows = await db.notification.findMany({
    where: { userId, ...olderThan(after, "id") },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: size + 1,
    select: {
      id: true,
      kind: true,
      message: true,
      createdAt: true,
      readAt: true,
      questionId: true,
      commentId: true,
      eventId: true,
    },
  });
  return newestFirstPage(
    rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      message: n.message,
      createdAt: n.createdAt,
      read: n.readAt !== null,
      href: notificationHref(n),
    })),
    size,
    (n) => ({ at: n.createdAt, id: n.id }),
  );
}
