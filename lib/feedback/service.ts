import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/service";
import { NotFound } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/enqueue";
import { feedbackMail } from "@/lib/mail/templates";
import { consumeRateLimits, type RateLimitName } from "@/lib/rate-limit";
import { ALL_VISITORS } from "@/lib/read-limits";
import { feedbackTopicLabel, type FeedbackInput, type markFeedbackDealtWithSchema } from "./schemas";
import type { z } from "zod";

/** Where messages from the contact page are emailed (FEEDBACK_TO); none means stored and listed only. */
export function feedbackRecipient(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.FEEDBACK_TO?.trim() || null;
}

/**
 * Who a message is counted against: the IP behind a trusted proxy, else the account, else one bucket shared
 * by every visitor (without a trusted proxy a visitor's IP cannot be told, and a cookie can be shed). The
 * shared bucket is generous for real people and bounds what a script can put in the operator's inbox.
 */
export function feedbackLimits(
  ip: string | null,
  accountId: string | null,
): { name: RateLimitName; subject: string }[] {
  if (ip) return [{ name: "feedback:ip", subject: ip }];
  if (accountId) return [{ name: "feedback:account", subject: accountId }];
  return [{ name: "feedback:visitors", subject: ALL_VISITORS }];
}

/**
 * Stores a message from the contact page (anyone may send one, signed in or not) and, in the same
 * transaction, queues an email telling the operator.
 */
export async function sendFeedback(actor: Actor | null, source: { ip: string | null }, input: FeedbackInput) {
  await consumeRateLimits(feedbackLimits(source.ip, actor?.id ?? null));
  const to = feedbackRecipient();
  return db.$transaction(async (tx) => {
    const feedback = await tx.feedback.create({
      data: { ...input, senderId: actor?.id ?? null },
      select: { id: true },
    });
    if (to) {
      await enqueue(
        tx,
        "send-mail",
        feedbackMail(to, { ...input, topic: feedbackTopicLabel(input.topic), signedIn: actor !== null }),
      );
    }
    return feedback;
  });
}

/** Marks a message as dealt with (answered or acted on): administrators only, recorded in the audit log. */
export async function markFeedbackDealtWith(
  actor: Actor | null,
  input: z.infer<typeof markFeedbackDealtWithSchema>,
): Promise<void> {
  requirePermission(actor, "feedback.manage");
  await db.$transaction(async (tx) => {
    const updated = await tx.feedback.updateMany({
      where: { id: input.feedbackId, dealtWithAt: null },
      data: { dealtWithAt: new Date(), dealtWithById: actor.id },
    });
    if (updated.count === 0) {
      const exists = await tx.feedback.count({ where: { id: input.feedbackId } });
      if (!exists) throw new NotFound("We could not find that message.");
      return; // Already dealt with (by another administrator, or a second press): nothing changes.
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "feedback.dealt_with",
      targetType: "feedback",
      targetId: input.feedbackId,
    });
  });
}
