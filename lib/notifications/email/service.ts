import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { Invalid } from "@/lib/errors";
import type { EmailDelivery } from "@/lib/generated/prisma/enums";
import type { EmailSettingsInput } from "./schemas";
import { isUnsubscribed } from "./unsubscribe-rules";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

/** Saves the signed-in person's own email settings; there is no way to name someone else. */
export async function updateEmailSettings(actor: Actor | null, input: EmailSettingsInput): Promise<void> {
  requirePermission(actor, "account.updateProfile");
  await db.user.updateMany({
    where: { id: actor.id, status: "active" },
    data: {
      emailNotifications: input.emailNotifications,
      emailOwnQuestions: input.ownQuestions,
      emailCommentReplies: input.commentReplies,
      emailFollowedQuestions: input.followedQuestions,
    },
  });
}

export const INVALID_UNSUBSCRIBE_LINK =
  "This unsubscribe link is not valid. Copy the whole link from the email, or sign in and change your email settings.";

/**
 * Uses a one-click unsubscribe link (the button on its page, or a mail client's RFC 8058 POST): no sign-in,
 * the signed token is the authority, and it can only turn off the one kind of email it names, for the one
 * person it names. Using it again changes nothing ("already"). A link not signed by us is refused.
 */
export async function unsubscribe(token: string): Promise<"unsubscribed" | "already"> {
  const claim = verifyUnsubscribeToken(token);
  if (!claim) throw new Invalid(INVALID_UNSUBSCRIBE_LINK);
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<
      { own: EmailDelivery; replies: EmailDelivery; followed: EmailDelivery }[]
    >`SELECT email_own_questions AS own, email_comment_replies AS replies, email_followed_questions AS followed
      FROM "user" WHERE id = ${claim.userId}::uuid AND status <> 'deleted' FOR UPDATE`;
    if (!row) throw new Invalid(INVALID_UNSUBSCRIBE_LINK);
    const person = {
      emailOwnQuestions: row.own,
      emailCommentReplies: row.replies,
      emailFollowedQuestions: row.followed,
    };
    if (isUnsubscribed(person, claim.purpose)) return "already";
    const offIfDaily = (delivery: EmailDelivery): EmailDelivery => (delivery === "daily" ? "off" : delivery);
    const data =
      claim.purpose === "ownQuestions"
        ? { emailOwnQuestions: "off" as const }
        : claim.purpose === "commentReplies"
          ? { emailCommentReplies: "off" as const }
          : claim.purpose === "followedQuestions"
            ? { emailFollowedQuestions: "off" as const }
            : {
                emailOwnQuestions: offIfDaily(row.own),
                emailCommentReplies: offIfDaily(row.replies),
                emailFollowedQuestions: offIfDaily(row.followed),
              };
    await tx.user.update({ where: { id: claim.userId }, data });
    return "unsubscribed";
  });
}
