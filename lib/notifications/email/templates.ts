// The activity emails: one for a single notification, sent at once, and the daily digest. Each is plain
// text and HTML, signed "My Smarter Essex" (never a partner's brand), and carries its one-click unsubscribe
// link in the body and in the List-Unsubscribe headers (RFC 8058).
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { Mail } from "@/lib/mail/mailer";
import { appUrl, escapeHtml } from "@/lib/mail/templates";
import { notificationHref } from "@/lib/notifications/kinds";
import { signUnsubscribeToken, type UnsubscribePurpose } from "./unsubscribe-token";

export const PORTAL_NAME = "My Smarter Essex";

const HEADLINES: Record<NotificationKind, string> = {
  question_approved: "Your question is published",
  question_rejected: "Your question was not published",
  question_status_changed: "Your question has a new status",
  question_answered: "Your question has an answer",
  comment_reply: "Someone replied to your comment",
  followed_question_status_changed: "A question you follow has a new status",
  followed_question_answered: "A question you follow has an answer",
  comment_approved: "Your comment is published",
  comment_rejected: "Your comment was not published",
  post_hidden: "A moderator hid your post",
  post_restored: "Your post is published again",
  appeal_decided: "Your appeal has been decided",
  safeguarding_concern: "A safeguarding concern needs an administrator",
  question_merged: "Your question was merged into another",
  followed_question_merged: "A question you support or follow was merged into another",
  commitment_updated: "A commitment on a question you support or follow has an update",
  delivery_check: "Has this been delivered? Tell us what you see",
};

/** What the unsubscribe link turns off, in the words of the email and the unsubscribe page. */
export const PURPOSE_DESCRIPTIONS: Record<UnsubscribePurpose, string> = {
  ownQuestions: "emails about your questions",
  commentReplies: "emails about replies to your comments",
  followedQuestions: "emails about questions you follow",
  dailyDigest: "the daily summary email",
};

export interface NotificationForMail {
  kind: NotificationKind;
  questionId: string;
  commentId: string | null;
  /** The event it belongs to: a delivery check's is its commitment. */
  eventId: string;
  questionTitle: string;
  message: string;
}

export interface Recipient {
  id: string;
  email: string;
}

/** The link a person follows (or their mail client posts to) to stop one kind of email. */
export function unsubscribeLinks(userId: string, purpose: UnsubscribePurpose) {
  const token = signUnsubscribeToken({ userId, purpose });
  return {
    page: appUrl(`/unsubscribe?token=${encodeURIComponent(token)}`),
    oneClick: appUrl(`/api/unsubscribe?token=${encodeURIComponent(token)}`),
  };
}

function compose(
  to: Recipient,
  subject: string,
  intro: string,
  items: { headline: string; title: string; message: string; url: string }[],
  purpose: UnsubscribePurpose,
): Mail {
  const links = unsubscribeLinks(to.id, purpose);
  const settings = appUrl("/account/emails");
  const stop = `You get this email because you chose to hear about this on ${PORTAL_NAME}.`;
  const text = [
    intro,
    ...items.map((item) => `${item.headline}: "${item.title}"\n${item.message}\nSee it: ${item.url}`),
    `${stop}\nTo stop ${PURPOSE_DESCRIPTIONS[purpose]}, use this link (you do not need to sign in):\n${links.page}`,
    `To choose which emails you get, and how often: ${settings}`,
    PORTAL_NAME,
  ].join("\n\n");
  const html = [
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family: Arial, sans-serif; font-size: 19px; line-height: 1.5; color: #0b0c0c;">`,
    `<p>${escapeHtml(intro)}</p>`,
    ...items.map(
      (item) =>
        `<h2 style="font-size: 22px;">${escapeHtml(item.headline)}: ${escapeHtml(item.title)}</h2>` +
        `<p>${escapeHtml(item.message)}</p>` +
        `<p><a href="${escapeHtml(item.url)}" style="color: #1d4e89;">See it on ${PORTAL_NAME}</a></p>`,
    ),
    `<p>${escapeHtml(stop)} <a href="${escapeHtml(links.page)}" style="color: #1d4e89;">Stop ${escapeHtml(PURPOSE_DESCRIPTIONS[purpose])}</a> (you do not need to sign in).</p>`,
    `<p><a href="${escapeHtml(settings)}" style="color: #1d4e89;">Choose which emails you get</a></p>`,
    `<p>${PORTAL_NAME}</p></body></html>`,
  ].join("");
  return {
    to: to.email,
    subject,
    text,
    html,
    headers: { "List-Unsubscribe": `<${links.oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

function item(notification: NotificationForMail) {
  return {
    headline: HEADLINES[notification.kind],
    title: notification.questionTitle,
    message: notification.message,
    url: appUrl(notificationHref(notification)),
  };
}

/** One notification, emailed as it happens; its link stops that kind of email. */
export function notificationMail(to: Recipient, notification: NotificationForMail, purpose: UnsubscribePurpose): Mail {
  return compose(
    to,
    `${HEADLINES[notification.kind]} – ${PORTAL_NAME}`,
    `Here is what happened on ${PORTAL_NAME}.`,
    [item(notification)],
    purpose,
  );
}

/** A day's notifications in one email; its link stops the daily summary. */
export function digestMail(to: Recipient, notifications: NotificationForMail[]): Mail {
  const count = notifications.length;
  return compose(
    to,
    `Your daily summary from ${PORTAL_NAME}: ${count} ${count === 1 ? "update" : "updates"}`,
    `Here ${count === 1 ? "is what" : `are the ${count} things that`} happened on ${PORTAL_NAME} since your last summary.`,
    notifications.map(item),
    "dailyDigest",
  );
}
