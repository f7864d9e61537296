import "server-only";
import { prepareScreening, screenPost } from "@/lib/moderation/screening/context";
import { screenedEdit } from "@/lib/moderation/screening/screen-submission";
import type { ScreeningRule } from "@/lib/moderation/screening-rules";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModerationState } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed } from "@/lib/auth/policy";
import { describeWait, NotFound, RateLimited } from "@/lib/errors";
import { commentReplyMessage } from "@/lib/notifications/messages";
import { notify } from "@/lib/notifications/service";
import { consumeRateLimits, RATE_LIMITS } from "@/lib/rate-limit";
import { PUBLISHED } from "@/lib/questions/visibility";
import {
  commentDeletability,
  commentEditability,
  QUESTION_CLOSED_TO_COMMENTS,
  replyability,
  type CommentPolicyRow,
} from "./policy";
import type { DeleteCommentInput, EditCommentInput, PostCommentInput } from "./schemas";

type Tx = Prisma.TransactionClient;

const COMMENT_LIMIT = RATE_LIMITS["comment:account"];

/** Commenting paused for a while: says plainly why and for how long, in the person's own terms. */
export class CommentingPaused extends RateLimited {
  constructor(retryAfterSeconds: number) {
    super(retryAfterSeconds);
    this.message = `You have written ${COMMENT_LIMIT.points} comments or changes in the last ${COMMENT_LIMIT.duration / 60} minutes, which is the most we allow. You can comment again in ${describeWait(retryAfterSeconds)}.`;
    this.name = "CommentingPaused";
  }
}

/** New comments, replies and edits all count against the person's allowance (lib/rate-limit.ts). */
async function consumeCommentAllowance(actorId: string): Promise<void> {
  try {
    await consumeRateLimits([{ name: "comment:account", subject: actorId }]);
  } catch (error) {
    if (error instanceof RateLimited) throw new CommentingPaused(error.retryAfterSeconds);
    throw error;
  }
}

const commentPolicySelect = {
  id: true,
  parentId: true,
  authorId: true,
  moderation: true,
  createdAt: true,
  deletedAt: true,
} as const;

export interface PostedComment {
  id: string;
  questionId: string;
  /** The comment it replies to: always a top-level comment. */
  parentId: string | null;
  moderation: ModerationState;
  /** The screening rules that held it; empty when published at once. */
  screeningRules: ScreeningRule[];
}

/**
 * Posts a comment on a published question, or (with parentId) a reply. It is published at once or held for a
 * moderator, as screenSubmission decides for questions. Replies stay one level deep: a reply to a reply is posted
 * under the comment that reply answers. A published reply tells the author of the comment replied to, in this
 * same transaction (never the replier themself). A held reply tells nobody now: the moderator's approval
 * (decideComment in lib/moderation/service.ts) notifies then.
 */
export async function postComment(actor: Actor | null, input: PostCommentInput): Promise<PostedComment> {
  requirePermission(actor, "comment.create");
  await consumeCommentAllowance(actor.id);
  const prepared = await prepareScreening(actor.id);
  return db.$transaction(async (tx) => {
    const question = await tx.question.findFirst({
      where: { AND: [{ id: input.questionId }, PUBLISHED] },
      select: { id: true, title: true },
    });
    if (!question) throw new NotFound(QUESTION_CLOSED_TO_COMMENTS);

    let parent: (CommentPolicyRow & { id: string }) | null = null;
    if (input.parentId) {
      const answered = await tx.comment.findFirst({
        where: { id: input.parentId, questionId: question.id },
        select: commentPolicySelect,
      });
      const topLevel = answered?.parentId
        ? await tx.comment.findFirst({ where: { id: answered.parentId }, select: commentPolicySelect })
        : answered;
      assertAllowed(replyability(topLevel));
      parent = topLevel!;
    }

    const { moderation, rules } = await screenPost(tx, actor, input.body, prepared);
    const comment = await tx.comment.create({
      data: {
        questionId: question.id,
        authorId: actor.id,
        parentId: parent?.id ?? null,
        body: input.body,
        moderation,
        screeningRules: rules,
        queuedAt: moderation === "pending" ? new Date() : null,
      },
      select: { id: true },
    });
    if (parent && moderation === "approved") {
      await notify(tx, {
        kind: "comment_reply",
        questionId: question.id,
        commentId: comment.id,
        actorId: actor.id,
        message: commentReplyMessage(actor.displayName, question.title),
        recipients: [parent.authorId],
      });
    }
    return { id: comment.id, questionId: question.id, parentId: parent?.id ?? null, moderation, screeningRules: rules };
  });
}

/** The comment's author's row, locked for this change. Another person's comment locks nothing and is not found. */
async function lockOwnComment(tx: Tx, actor: Actor, commentId: string): Promise<CommentPolicyRow | null> {
  const rows = await tx.$queryRaw<CommentPolicyRow[]>`
    SELECT author_id AS "authorId", moderation, created_at AS "createdAt", deleted_at AS "deletedAt"
    FROM comment WHERE id = ${commentId}::uuid AND author_id = ${actor.id}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/**
 * The author changes their comment, within 15 minutes of posting it (commentEditability, on the server's
 * clock). The new words pass the screen again (screenedEdit): a published comment may go back to a moderator,
 * and a waiting one whose new words pass is published. Shown as "edited".
 */
export async function editComment(
  actor: Actor | null,
  input: EditCommentInput,
): Promise<{ id: string; questionId: string; moderation: ModerationState; screeningRules: string[] }> {
  requirePermission(actor, "comment.edit");
  await consumeCommentAllowance(actor.id);
  const prepared = await prepareScreening(actor.id);
  return db.$transaction(async (tx) => {
    const now = new Date();
    const locked = await lockOwnComment(tx, actor, input.commentId);
    assertAllowed(commentEditability(locked, actor, now));
    const screened = screenedEdit(
      locked!.moderation === "pending",
      await screenPost(tx, actor, input.body, prepared, { commentId: input.commentId }),
      now,
    );
    const updated = await tx.comment.update({
      where: { id: input.commentId },
      data: { body: input.body, editedAt: now, ...screened },
      select: { id: true, questionId: true, moderation: true, screeningRules: true },
    });
    return updated;
  });
}

/**
 * The author deletes their comment: its words are blanked and it is marked deleted, its row kept so that its
 * replies stay (shown under "Comment removed"). The stored count follows by the database's trigger.
 */
export async function deleteComment(
  actor: Actor | null,
  input: DeleteCommentInput,
): Promise<{ id: string; questionId: string }> {
  requirePermission(actor, "comment.delete");
  return db.$transaction(async (tx) => {
    const locked = await lockOwnComment(tx, actor, input.commentId);
    assertAllowed(commentDeletability(locked, actor));
    return tx.comment.update({
      where: { id: input.commentId },
      data: { body: "", deletedAt: new Date() },
      select: { id: true, questionId: true },
    });
  });
}
