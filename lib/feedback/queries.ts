import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { feedbackCursor } from "./schemas";

export const FEEDBACK_PAGE_SIZE = 20;

/**
 * One page of messages from the contact page, newest first, for administrators. Keyset pagination on
 * (created_at, id), served by the matching index; `after` is the last row of the previous page.
 */
export async function listFeedback(actor: Actor | null, after?: { createdAt: Date; id: string }) {
  requirePermission(actor, "feedback.manage");
  const rows = await db.feedback.findMany({
    where: after
      ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
      : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: FEEDBACK_PAGE_SIZE + 1,
    select: {
      id: true,
      topic: true,
      name: true,
      email: true,
      message: true,
      createdAt: true,
      dealtWithAt: true,
      senderId: true,
      dealtWithBy: { select: { displayName: true } },
    },
  });
  const page = rows.slice(0, FEEDBACK_PAGE_SIZE);
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > FEEDBACK_PAGE_SIZE && last ? feedbackCursor(last) : null };
}
