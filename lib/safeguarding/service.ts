import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModerationState } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/service";
import { Conflict, NotFound } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/enqueue";
import { safeguardingConcernMessage } from "@/lib/notifications/messages";
import { parseOrInvalid } from "@/lib/validation";
import { ALREADY_CLOSED, ALREADY_MARKED, CONCERN_NOT_FOUND, markConcernAccess } from "./policy";
import { closeConcernSchema, markConcernSchema, type CloseConcernInput, type MarkConcernInput } from "./schemas";

type Tx = Prisma.TransactionClient;

interface LockedPost {
  id: string;
  question_id: string;
  /** Null for a question asked in the room at an event (markConcernAccess refuses those). */
  author_id: string | null;
  moderation: ModerationState;
}

/** Locks the question or comment for the rest of the transaction and reads who wrote it. */
async function lockPost(tx: Tx, target: { questionId?: string; commentId?: string }): Promise<LockedPost | null> {
  const rows = target.commentId
    ? await tx.$queryRaw<LockedPost[]>`
        SELECT id, question_id, author_id, moderation FROM comment WHERE id = ${target.commentId}::uuid FOR UPDATE`
    : await tx.$queryRaw<LockedPost[]>`
        SELECT id, id AS question_id, author_id, moderation FROM question WHERE id = ${target.questionId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/**
 * A moderator marks a question or comment as a safeguarding concern (a child disclosing harm, say). One
 * transaction, under the post's lock: the post is hidden as a moderator's act that cites no house rule (so it
 * cannot be appealed, and its author is told nothing: the steps say not to contact them), its open reports are
 * upheld, the concern is recorded in the restricted list, one audit entry is written (without the note, which
 * only admins may read), every other active admin is told in the portal, and one job emails them all at once.
 * A post with an open concern already is refused: the admins were alerted the first time.
 */
export async function markSafeguardingConcern(
  actor: Actor | null,
  input: MarkConcernInput,
): Promise<{ concernId: string }> {
  requirePermission(actor, "moderation.markSafeguarding");
  const { questionId, commentId, note } = parseOrInvalid(markConcernSchema, input);
  return db.$transaction(async (tx) => {
    const post = await lockPost(tx, { questionId, commentId });
    assertAllowed(markConcernAccess(actor, post ? { authorId: post.author_id } : null));
    // Refused by the policy already (no post, or nobody behind it); this narrows the type.
    if (!post || post.author_id === null) throw new NotFound();
    const onComment = commentId !== undefined;
    const [open] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM safeguarding_concern
      WHERE closed_at IS NULL AND question_id = ${post.question_id}::uuid
        AND comment_id IS NOT DISTINCT FROM ${onComment ? post.id : null}::uuid
      LIMIT 1`;
    if (open) throw new Conflict(ALREADY_MARKED);

    const now = new Date();
    const hidden = {
      moderation: "hidden" as const,
      moderatedById: actor.id,
      moderatedAt: now,
      moderationRule: null,
      // No house rule and no reason of the moderator's own: the author is told only that it was hidden. (The
      // database still asks a hidden post for words; these are the ones the author may read.)
      // No words: the author reads only that a moderator hid it, and where to find help (decisionForAuthor).
      moderationReason: null,
      queuedAt: null,
      openFlagCount: 0,
    };
    if (onComment) await tx.comment.update({ where: { id: post.id }, data: hidden });
    else await tx.question.update({ where: { id: post.id }, data: hidden });
    const upheld = await tx.flag.updateMany({
      where: { state: "open", ...(onComment ? { commentId: post.id } : { questionId: post.id }) },
      data: { state: "upheld", resolvedById: actor.id, resolvedAt: now },
    });

    const concern = await tx.safeguardingConcern.create({
      data: {
        questionId: post.question_id,
        commentId: onComment ? post.id : null,
        subjectId: post.author_id,
        raisedById: actor.id,
        note,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "moderation.markSafeguarding",
      targetType: onComment ? "comment" : "question",
      targetId: post.id,
      before: { moderation: post.moderation },
      after: { moderation: "hidden", concernId: concern.id, reportsUpheld: upheld.count },
    });
    await alertAdmins(tx, actor.id, {
      id: concern.id,
      questionId: post.question_id,
      commentId: onComment ? post.id : null,
    });
    return { concernId: concern.id };
  });
}

/**
 * Tells every active admin but the one who raised it, in the portal (no personal details in the words; the
 * ordinary notification email is skipped, as the alert below is its own mail), and queues the one job that
 * emails them all at once.
 */
async function alertAdmins(
  tx: Tx,
  raisedById: string,
  concern: { id: string; questionId: string; commentId: string | null },
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO notification (id, user_id, event_id, kind, question_id, comment_id, actor_id, message, email_state)
    SELECT gen_random_uuid(), u.id, ${randomUUID()}::uuid, 'safeguarding_concern', ${concern.questionId}::uuid,
           ${concern.commentId}::uuid, ${raisedById}::uuid, ${safeguardingConcernMessage()}, 'skipped'
    FROM "user" u
    WHERE u.platform_role = 'admin' AND u.status = 'active' AND u.id <> ${raisedById}::uuid`;
  await enqueue(tx, "safeguarding-alert", { concernId: concern.id });
}

/** An admin closes a concern once it is passed on, saying what was done. One audit entry (without the note). */
export async function closeSafeguardingConcern(actor: Actor | null, input: CloseConcernInput): Promise<void> {
  requirePermission(actor, "safeguarding.review");
  const { concernId, closingNote } = parseOrInvalid(closeConcernSchema, input);
  await db.$transaction(async (tx) => {
    const [concern] = await tx.$queryRaw<{ id: string; closed_at: Date | null }[]>`
      SELECT id, closed_at FROM safeguarding_concern WHERE id = ${concernId}::uuid FOR UPDATE`;
    if (!concern) throw new NotFound(CONCERN_NOT_FOUND);
    if (concern.closed_at) throw new Conflict(ALREADY_CLOSED);
    await tx.safeguardingConcern.update({
      where: { id: concern.id },
      data: { closedById: actor.id, closedAt: new Date(), closingNote },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "safeguarding.closeConcern",
      targetType: "safeguarding_concern",
      targetId: concern.id,
      before: { open: true },
      after: { open: false },
    });
  });
}
