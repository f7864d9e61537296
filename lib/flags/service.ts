import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed } from "@/lib/auth/policy";
import { describeWait, NotFound, RateLimited } from "@/lib/errors";
import { consumeRateLimits, RATE_LIMITS } from "@/lib/rate-limit";
import { recordAudit } from "@/lib/audit/service";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModerationState } from "@/lib/generated/prisma/enums";
import { postHiddenByReportsMessage } from "@/lib/notifications/messages";
import { notify } from "@/lib/notifications/service";
import { getFlagThreshold } from "@/lib/settings/moderation";
import { reportEligibility } from "./policy";
import { findOwnReport, findReportTarget, type ReportTarget } from "./queries";
import { NOT_REPORTABLE, type ReportInput } from "./schemas";

type Tx = Prisma.TransactionClient;

/** A person who has reported many posts in a short time is asked to wait, in words that say why. */
export class ReportLimitReached extends RateLimited {
  constructor(retryAfterSeconds: number) {
    super(retryAfterSeconds);
    this.message =
      `You can report up to ${RATE_LIMITS["flag:account"].points} posts an hour, and you have reached that. ` +
      `Try again in ${describeWait(retryAfterSeconds)}. If something puts someone at risk, use the contact page.`;
    this.name = "ReportLimitReached";
  }
}

/** "received": this report was stored now; "already_reported": the person had reported this post before. */
export interface ReportOutcome {
  status: "received" | "already_reported";
  reportedAt: Date;
}

/** The reported post's row, locked, with what the threshold needs to know of it. */
interface LockedPost {
  authorId: string | null;
  moderation: ModerationState;
  deleted: boolean;
  queued: boolean;
}

async function lockReportedPost(tx: Tx, target: ReportTarget): Promise<LockedPost | null> {
  const rows = target.commentId
    ? await tx.$queryRaw<LockedPost[]>`
        SELECT author_id AS "authorId", moderation, deleted_at IS NOT NULL AS deleted, queued_at IS NOT NULL AS queued
        FROM comment WHERE id = ${target.commentId}::uuid FOR UPDATE`
    : await tx.$queryRaw<LockedPost[]>`
        SELECT author_id AS "authorId", moderation, false AS deleted, queued_at IS NOT NULL AS queued
        FROM question WHERE id = ${target.questionId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/**
 * Counts a stored report against its post, under the post's row lock, and hides a published post at once when
 * the reports of different people reach the threshold (the setting, default 3): automatically, citing no rule,
 * until a moderator checks it. The lock makes simultaneous reports count one after the other, so the post is
 * hidden exactly once, by the report that reaches the threshold.
 */
async function countReport(tx: Tx, target: ReportTarget, post: LockedPost, at: Date): Promise<void> {
  const threshold = await getFlagThreshold(tx);
  const queued = { openFlagCount: { increment: 1 }, ...(post.queued ? {} : { queuedAt: at }) };
  const counted = target.commentId
    ? await tx.comment.update({ where: { id: target.commentId }, data: queued, select: { openFlagCount: true } })
    : await tx.question.update({ where: { id: target.questionId }, data: queued, select: { openFlagCount: true } });
  if (post.moderation !== "approved" || counted.openFlagCount < threshold) return;

  const hidden = {
    moderation: "hidden",
    moderationRule: null,
    moderationReason: null,
    moderatedById: null,
    moderatedAt: at,
  } as const;
  // A comment leaving "approved" leaves its question's stored comment_count too (the comment_count trigger).
  if (target.commentId) await tx.comment.update({ where: { id: target.commentId }, data: hidden });
  else await tx.question.update({ where: { id: target.questionId }, data: hidden });
  await recordAudit(tx, {
    actorId: null,
    action: "moderation.hiddenByReports",
    targetType: target.kind,
    targetId: target.commentId ?? target.questionId,
    before: { moderation: "approved" },
    after: { moderation: "hidden", openFlagCount: counted.openFlagCount, threshold },
  });
  await notify(tx, {
    kind: "post_hidden",
    questionId: target.questionId,
    commentId: target.commentId,
    actorId: null,
    message: postHiddenByReportsMessage(target.questionTitle, target.kind),
    // A question asked in the room at an event has nobody to tell.
    recipients: post.authorId === null ? [] : [post.authorId],
  });
}

/**
 * Reports a published question or comment for a moderator to check: it joins the moderation queue, and enough
 * different people reporting it hide it at once (countReport). One report per person per post, kept by the
 * database's unique keys: the insert skips a duplicate (ON CONFLICT DO NOTHING), so two submissions at once, or a
 * second report later, are answered calmly with the first report's date rather than an error, and count once.
 * Nobody reports their own post; a post the person cannot see (or that stopped being published meanwhile) is not
 * found.
 */
export async function reportPost(actor: Actor | null, input: ReportInput): Promise<ReportOutcome> {
  requirePermission(actor, "flag.create");
  const target = await findReportTarget(db, input.questionId, input.commentId);
  assertAllowed(reportEligibility(target, actor));
  if (!target) throw new NotFound(NOT_REPORTABLE); // refused by the policy already; this narrows the type

  // Asking again costs nothing against the limit: the person only hears that their report stands.
  const earlier = await findOwnReport(actor.id, target);
  if (earlier) return { status: "already_reported", reportedAt: earlier.createdAt };
  try {
    await consumeRateLimits([{ name: "flag:account", subject: actor.id }]);
  } catch (error) {
    if (!(error instanceof RateLimited)) throw error;
    // Many submissions of one report at once may spend the allowance: the one that got in still stands.
    const stored = await findOwnReport(actor.id, target);
    if (stored) return { status: "already_reported", reportedAt: stored.createdAt };
    throw new ReportLimitReached(error.retryAfterSeconds);
  }

  const reportedAt = new Date();
  const received = await db.$transaction(async (tx) => {
    const post = await lockReportedPost(tx, target);
    // Rejected, hidden or deleted since the page was read: nothing published to report any more.
    if (!post || post.deleted || post.moderation !== "approved") throw new NotFound(NOT_REPORTABLE);
    const stored = await tx.flag.createMany({
      data: {
        reporterId: actor.id,
        // Exactly one of the two (a check in the database): a comment's report names the comment alone.
        questionId: target.commentId ? null : target.questionId,
        commentId: target.commentId,
        category: input.category,
        details: input.details,
        createdAt: reportedAt,
      },
      skipDuplicates: true,
    });
    if (stored.count === 0) return false;
    await countReport(tx, target, post, reportedAt);
    return true;
  });
  if (received) return { status: "received", reportedAt };
  // Another submission of the same report got there first (a double click, a second tab).
  const first = await findOwnReport(actor.id, target);
  if (!first) throw new NotFound(NOT_REPORTABLE);
  return { status: "already_reported", reportedAt: first.createdAt };
}
