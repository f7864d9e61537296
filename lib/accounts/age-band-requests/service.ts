import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/service";
import { Conflict, NotFound } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/enqueue";
import { ageBandDecisionMail, appUrl } from "@/lib/mail/templates";
import { ageBandLabel } from "../profile/options";
import { decideAgeBandRequestPolicy } from "./policy";
import type { AgeBandDecisionInput } from "./schemas";

const NOT_PENDING = "This request has already been decided, or no longer exists. Reload the page.";
const CHANGED_SINCE = "This person has changed their age group since they asked. Decline this request instead.";

/**
 * A moderator (or admin) approves or declines a person's request to move into an adult age group. One
 * transaction: the request is decided only if still pending (a second moderator deciding at the same time finds
 * it decided), an approval applies the band only if the person's band is still the one they asked to leave,
 * an audit entry records it, and the person is emailed through the job queue.
 */
export async function decideAgeBandRequest(actor: Actor | null, input: AgeBandDecisionInput): Promise<void> {
  requirePermission(actor, "moderation.decideAgeBandChange");
  await db.$transaction(async (tx) => {
    const request = await tx.ageBandChangeRequest.findFirst({
      where: { id: input.requestId, state: "pending", user: { status: "active" } },
      select: { id: true, userId: true, fromBand: true, toBand: true, user: { select: { email: true } } },
    });
    assertAllowed(decideAgeBandRequestPolicy(actor, request, NOT_PENDING));
    if (!request) throw new NotFound(NOT_PENDING); // refused by the policy already; this narrows the type
    const decided = await tx.ageBandChangeRequest.updateMany({
      where: { id: request.id, state: "pending" },
      data: {
        state: input.decision === "approve" ? "approved" : "declined",
        reason: input.reason,
        decidedById: actor.id,
        decidedAt: new Date(),
      },
    });
    // Another moderator decided it between the read and this write.
    if (decided.count !== 1) throw new NotFound(NOT_PENDING);
    if (input.decision === "approve") {
      const applied = await tx.user.updateMany({
        where: { id: request.userId, status: "active", ageBand: request.fromBand },
        data: { ageBand: request.toBand },
      });
      // The person changed their age group since asking: approving the old request would apply a stale one.
      if (applied.count !== 1) throw new Conflict(CHANGED_SINCE);
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.decision === "approve" ? "moderation.approveAgeBandChange" : "moderation.declineAgeBandChange",
      targetType: "user",
      targetId: request.userId,
      before: { ageBand: request.fromBand },
      after: { ageBand: input.decision === "approve" ? request.toBand : request.fromBand, reason: input.reason },
    });
    if (request.user.email) {
      await enqueue(
        tx,
        "send-mail",
        ageBandDecisionMail(request.user.email, {
          approved: input.decision === "approve",
          toBand: ageBandLabel(request.toBand),
          reason: input.reason,
          profileUrl: appUrl("/account/profile"),
        }),
      );
    }
  });
}
