// The kinds of notification, what each is about, and which kind of email carries it. Pure: shared by the
// services that notify, the notification list, the email settings and the unsubscribe links.
import type { EmailDelivery, NotificationKind } from "@/lib/generated/prisma/enums";

/** The kinds of activity email a person chooses how to receive (the columns on "user" hold their choice). */
export const EMAIL_KINDS = ["ownQuestions", "commentReplies", "followedQuestions"] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export const EMAIL_KIND_OF: Record<NotificationKind, EmailKind> = {
  question_approved: "ownQuestions",
  question_rejected: "ownQuestions",
  question_status_changed: "ownQuestions",
  question_answered: "ownQuestions",
  comment_reply: "commentReplies",
  followed_question_status_changed: "followedQuestions",
  followed_question_answered: "followedQuestions",
  // Moderation decisions about your own posts travel with the emails about your questions.
  comment_approved: "ownQuestions",
  comment_rejected: "ownQuestions",
  post_hidden: "ownQuestions",
  post_restored: "ownQuestions",
  appeal_decided: "ownQuestions",
  // A question merged into another: its author hears as of their own question, supporters and followers as of
  // a question they follow.
  question_merged: "ownQuestions",
  followed_question_merged: "followedQuestions",
  // A commitment made on a question you support or follow: its updates, and "Has this been delivered?".
  commitment_updated: "followedQuestions",
  delivery_check: "followedQuestions",
  // Never by these settings: an admin is emailed about a concern at once, whatever they chose (its own job).
  safeguarding_concern: "ownQuestions",
};

/** The person's column for each kind of email (see prisma/schema.prisma, model User). */
export const EMAIL_KIND_COLUMN = {
  ownQuestions: "emailOwnQuestions",
  commentReplies: "emailCommentReplies",
  followedQuestions: "emailFollowedQuestions",
} as const satisfies Record<EmailKind, string>;

/** The defaults the database gives a new person (daily for questions they follow, at once for the rest). */
export const EMAIL_DELIVERY_DEFAULTS: Record<EmailKind, EmailDelivery> = {
  ownQuestions: "immediate",
  commentReplies: "immediate",
  followedQuestions: "daily",
};

/**
 * The place a notification is about: the question, at its responses or its timeline, or the reply (the
 * comment's own address, which leads to whichever page of comments or replies now shows it). A delivery check
 * leads to its answer page: its event is the commitment (lib/delivery-checks/send.ts).
 */
export function notificationHref(notification: {
  kind: NotificationKind;
  questionId: string;
  commentId: string | null;
  eventId?: string;
}): string {
  if (notification.kind === "delivery_check" && notification.eventId) {
    return `/commitments/${notification.eventId}/delivered`;
  }
  const question = `/questions/${notification.questionId}`;
  switch (notification.kind) {
    case "comment_reply":
      return notification.commentId ? `${question}/comments/${notification.commentId}` : question;
    case "question_answered":
    case "followed_question_answered":
      return `${question}#responses-heading`;
    case "question_status_changed":
    case "followed_question_status_changed":
      return `${question}#timeline-heading`;
    case "comment_approved":
    case "comment_rejected":
    case "post_hidden":
    case "post_restored":
    case "appeal_decided":
      return notification.commentId ? `${question}/comments/${notification.commentId}` : question;
    case "safeguarding_concern":
      return "/admin/safeguarding";
    case "commitment_updated":
      return `${question}#commitments-heading`;
    default:
      return question;
  }
}
