import type { EmailDelivery } from "@/lib/generated/prisma/enums";
import type { UnsubscribePurpose } from "./unsubscribe-token";

/** Whether what a link stops is already stopped: its kind is off, or (the digest's link) no kind is daily. */
export function isUnsubscribed(
  person: {
    emailOwnQuestions: EmailDelivery;
    emailCommentReplies: EmailDelivery;
    emailFollowedQuestions: EmailDelivery;
  },
  purpose: UnsubscribePurpose,
): boolean {
  switch (purpose) {
    case "ownQuestions":
      return person.emailOwnQuestions === "off";
    case "commentReplies":
      return person.emailCommentReplies === "off";
    case "followedQuestions":
      return person.emailFollowedQuestions === "off";
    case "dailyDigest":
      return ![person.emailOwnQuestions, person.emailCommentReplies, person.emailFollowedQuestions].includes("daily");
  }
}
