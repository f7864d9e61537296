import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
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
  /** Where it leads: the question, at its responses, timeline or the reply. */
  href: string;
}

export interface NotificationPage {
  items: PortalNotification[];
  next: string | null;
}

const cursorSchema = z.object({ at: z.iso.datetime(), id: z.uuid() });
type Cursor = z.infer<typeof cursorSchema>;

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** The cursor if it is well formed; otherwise null, and the first page is shown. */
function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw || raw.length > 200) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function listNotifications(
  userId: string,
  after?: string,
  size = NOTIFICATIONS_PAGE_SIZE,
): Promise<NotificationPage> {
  const cursor = decodeCursor(after);
  const at = cursor ? new Date(cursor.at) : null;
  const rows = await db.notification.findMany({
    where: {
      userId,
      ...(cursor && at ? { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: size + 1,
    select: { id: true, kind: true, message: true, createdAt: true, readAt: true, questionId: true, commentId: true },
  });
  const items = rows.slice(0, size).map((n) => ({
    id: n.id,
    kind: n.kind,
    message: n.message,
    createdAt: n.createdAt,
    read: n.readAt !== null,
    href: notificationHref(n),
  }));
  const last = items[items.length - 1];
  return {
    items,
    next: rows.length > size && last ? encodeCursor({ at: last.createdAt.toISOString(), id: last.id }) : null,
  };
}
