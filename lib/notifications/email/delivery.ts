// How one notification reaches a person by email, from their settings as they are now. Pure: shared by the
// immediate mail job and the daily digest.
import type { EmailDelivery, NotificationKind, UserStatus } from "@/lib/generated/prisma/enums";
import { EMAIL_KIND_OF, type EmailKind } from "@/lib/notifications/kinds";

export interface EmailSettingsRow {
  email: string | null;
  emailVerifiedAt: Date | null;
  status: UserStatus;
  emailNotifications: boolean;
  emailOwnQuestions: EmailDelivery;
  emailCommentReplies: EmailDelivery;
  emailFollowedQuestions: EmailDelivery;
}

export function deliveryOfKind(person: EmailSettingsRow, kind: EmailKind): EmailDelivery {
  switch (kind) {
    case "ownQuestions":
      return person.emailOwnQuestions;
    case "commentReplies":
      return person.emailCommentReplies;
    case "followedQuestions":
      return person.emailFollowedQuestions;
  }
}

/**
 * "off" unless the person opted in, their account is active and their address confirmed; otherwise what they
 * chose for the kind of email that carries this notification.
 */
export function emailDeliveryFor(person: EmailSettingsRow, kind: NotificationKind): EmailDelivery {
  if (!person.emailNotifications || person.status !== "active" || !person.email || !person.emailVerifiedAt) {
    return "off";
  }
  return deliveryOfKind(person, EMAIL_KIND_OF[kind]);
}
