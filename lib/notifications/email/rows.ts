import "server-only";
import type { EmailDelivery, NotificationKind, UserStatus } from "@/lib/generated/prisma/enums";
import type { EmailSettingsRow } from "./delivery";
import type { NotificationForMail } from "./templates";

/** A pending notification with what its email needs: the question's title and the recipient's settings now. */
export const PENDING_NOTIFICATION_SELECT = `
  SELECT n.id, n.kind, n.question_id, n.comment_id, n.event_id, n.message, n.created_at, q.title AS question_title,
         u.id AS user_id, u.email, u.email_verified_at, u.status, u.email_notifications,
         u.email_own_questions, u.email_comment_replies, u.email_followed_questions
  FROM notification n
  JOIN "user" u ON u.id = n.user_id
  JOIN question q ON q.id = n.question_id`;

export interface PendingMailRow {
  id: string;
  createdAt: Date;
  notification: NotificationForMail;
  person: EmailSettingsRow & { id: string };
}

export function toMailRow(rows: Record<string, unknown>[]): PendingMailRow[] {
  return rows.map((r) => ({
    id: r.id as string,
    createdAt: r.created_at as Date,
    notification: {
      kind: r.kind as NotificationKind,
      questionId: r.question_id as string,
      commentId: (r.comment_id as string | null) ?? null,
      eventId: r.event_id as string,
      questionTitle: r.question_title as string,
      message: r.message as string,
    },
    person: {
      id: r.user_id as string,
      email: (r.email as string | null) ?? null,
      emailVerifiedAt: (r.email_verified_at as Date | null) ?? null,
      status: r.status as UserStatus,
      emailNotifications: r.email_notifications as boolean,
      emailOwnQuestions: r.email_own_questions as EmailDelivery,
      emailCommentReplies: r.email_comment_replies as EmailDelivery,
      emailFollowedQuestions: r.email_followed_questions as EmailDelivery,
    },
  }));
}
