import "server-only";
import { db } from "@/lib/db";
import { verifyUnsubscribeToken, type UnsubscribePurpose } from "./unsubscribe-token";
import { isUnsubscribed } from "./unsubscribe-rules";

/** The signed-in person's email settings, for the settings form and the account page. */
export async function getEmailSettings(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      emailNotifications: true,
      emailVerifiedAt: true,
      emailOwnQuestions: true,
      emailCommentReplies: true,
      emailFollowedQuestions: true,
    },
  });
  return {
    optedIn: user.emailNotifications,
    confirmed: user.emailVerifiedAt !== null,
    kinds: {
      ownQuestions: user.emailOwnQuestions,
      commentReplies: user.emailCommentReplies,
      followedQuestions: user.emailFollowedQuestions,
    },
  };
}

/**
 * What an unsubscribe link is for, without using it (the page a GET shows: mail scanners open links, so
 * opening one changes nothing). Null when the link was not signed by us or its account no longer exists.
 */
export async function readUnsubscribeLink(
  token: string,
): Promise<{ purpose: UnsubscribePurpose; alreadyUnsubscribed: boolean } | null> {
  const claim = verifyUnsubscribeToken(token);
  if (!claim) return null;
  const user = await db.user.findFirst({
    where: { id: claim.userId, status: { not: "deleted" } },
    select: { emailOwnQuestions: true, emailCommentReplies: true, emailFollowedQuestions: true },
  });
  if (!user) return null;
  return { purpose: claim.purpose, alreadyUnsubscribed: isUnsubscribed(user, claim.purpose) };
}
