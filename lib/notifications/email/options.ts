// The words for email settings, shared by the settings form, the account page and the unsubscribe page.
import type { EmailDelivery } from "@/lib/generated/prisma/enums";
import type { EmailKind } from "@/lib/notifications/kinds";

export const EMAIL_KIND_LABELS: Record<EmailKind, string> = {
  ownQuestions: "Emails about your questions",
  commentReplies: "Emails about replies to your comments",
  followedQuestions: "Emails about questions you follow",
};

export const EMAIL_KIND_HINTS: Record<EmailKind, string> = {
  ownQuestions: "When your question is published or not, gets an answer or changes status.",
  commentReplies: "When someone replies to a comment you wrote.",
  followedQuestions: "When a question you follow gets an answer or changes status.",
};

export const EMAIL_DELIVERY_CHOICES: { value: EmailDelivery; label: string }[] = [
  { value: "immediate", label: "Straight away" },
  { value: "daily", label: "Once a day, in a summary" },
  { value: "off", label: "Never" },
];

export function emailDeliveryLabel(delivery: EmailDelivery): string {
  return EMAIL_DELIVERY_CHOICES.find((choice) => choice.value === delivery)!.label;
}
