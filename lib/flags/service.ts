import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed } from "@/lib/auth/policy";
import { describeWait, NotFound, RateLimited } from "@/lib/errors";
import { consumeRateLimits, RATE_LIMITS } from "@/lib/rate-limit";
import { reportEligibility } from "./policy";
import { findOwnReport, findReportTarget } from "./queries";
import { NOT_REPORTABLE, type ReportInput } from "./schemas";

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

/**
 * Reports a published question or comment for a moderator to check (the queue that acts on reports comes
 * later). One report per person per post, kept by the database's unique keys: the insert skips a duplicate
 * (ON CONFLICT DO NOTHING), so two submissions at once, or a second report later, are answered calmly with
 * the first report's date rather than an error. Nobody reports their own post; a post the person cannot see
 * is not found.
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
  const stored = await db.flag.createMany({
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
  if (stored.count === 1) return { status: "received", reportedAt };
  // Another submission of the same report got there first (a double click, a second tab).
  const first = await findOwnReport(actor.id, target);
  if (!first) throw new NotFound(NOT_REPORTABLE);
  return { status: "already_reported", reportedAt: first.createdAt };
}
