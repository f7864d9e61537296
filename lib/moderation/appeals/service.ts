import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/service";
import { isUniqueViolation } from "@/lib/db-errors";
import { Conflict, NotFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ALREADY_APPEALED, appealEligibility, type AppealablePost } from "./policy";
import { APPEAL_NOT_FOUND, type AppealInput } from "./schemas";

type Tx = Prisma.TransactionClient;

type LockedPost = Omit<AppealablePost, "kind"> & { id: string };

/** The appealed post's row, locked, so an appeal and a moderator's decision on it apply one after the other. */
async function lockAppealedPost(tx: Tx, input: AppealInput): Promise<AppealablePost | null> {
  const rows = input.commentId
    ? await tx.$queryRaw<LockedPost[]>`
        SELECT c.id, c.author_id AS "authorId", c.moderation, c.moderated_by_id AS "moderatedById",
               c.moderation_rule AS "moderationRule", c.deleted_at IS NOT NULL AS deleted,
               EXISTS (SELECT 1 FROM moderation_appeal a WHERE a.comment_id = c.id) AS appealed
        FROM comment c WHERE c.id = ${input.commentId}::uuid AND c.question_id = ${input.questionId}::uuid
        FOR UPDATE OF c`
    : await tx.$queryRaw<LockedPost[]>`
        SELECT q.id, q.author_id AS "authorId", q.moderation, q.moderated_by_id AS "moderatedById",
               q.moderation_rule AS "moderationRule", false AS deleted,
               EXISTS (SELECT 1 FROM moderation_appeal a WHERE a.question_id = q.id) AS appealed
        FROM question q WHERE q.id = ${input.questionId}::uuid
        FOR UPDATE OF q`;
  const row = rows[0];
  return row ? { ...row, kind: input.commentId ? "comment" : "question" } : null;
}

/**
 * The author appeals a moderator's decision to turn down or hide their question or comment, once: the appeal is
 * stored (naming the moderator and the rule appealed against, so a different moderator decides it) and the post
 * goes back in the moderation queue. The post's row lock orders two appeals sent at once: the second finds the
 * first. The unique key on the post is the last word, should anything slip past the lock.
 */
export async function appealDecision(actor: Actor | null, input: AppealInput): Promise<{ appealId: string }> {
  requirePermission(actor, "post.appeal");
  try {
    return await db.$transaction(async (tx) => {
      const post = await lockAppealedPost(tx, input);
      assertAllowed(appealEligibility(post, actor));
      if (!post?.moderatedById || !post.moderationRule) throw new NotFound(APPEAL_NOT_FOUND); // narrows the type
      const now = new Date();
      const appeal = await tx.moderationAppeal.create({
        data: {
          questionId: input.commentId ? null : input.questionId,
          commentId: input.commentId,
          appellantId: actor.id,
          originalModeratorId: post.moderatedById,
          originalRule: post.moderationRule,
          body: input.body,
          createdAt: now,
        },
        select: { id: true },
      });
      if (input.commentId) await tx.comment.update({ where: { id: input.commentId }, data: { queuedAt: now } });
      else await tx.question.update({ where: { id: input.questionId }, data: { queuedAt: now } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "moderation.appeal",
        targetType: post.kind,
        targetId: input.commentId ?? input.questionId,
        before: { moderation: post.moderation, moderatedById: post.moderatedById, rule: post.moderationRule },
        after: { appealId: appeal.id },
      });
      return { appealId: appeal.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict(ALREADY_APPEALED);
    throw error;
  }
}
