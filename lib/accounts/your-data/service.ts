import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/service";
import { discardMailTo } from "@/lib/jobs/enqueue";
import { FORMER_PARTICIPANT } from "../display-name";
import { endAllSessions, requireFreshProof } from "../sessions";
import { voteWeightSql } from "@/lib/votes/trending";
import { Prisma } from "@/lib/generated/prisma/client";
import { Conflict } from "@/lib/errors";
import { lockAdministrators } from "@/lib/admin/people/administrators";

export const LAST_ADMIN_CANNOT_DELETE =
  "You are the only administrator, so you cannot delete your account yet. Make someone else an administrator first (on the roles and memberships page), then delete your account.";

/** What replaces the words of a question or comment whose author asked for them to go. */
export const REMOVED_TEXT = "[removed at the author's request]";

/**
 * Deletes the signed-in person's account (DESIGN "Deleting an account"), in one transaction: their row stays
 * (published questions and comments, and the audit log, keep their references and show "Former participant")
 * but every personal detail and the means to sign in are blanked; their supports, follows, notifications,
 * links, memberships and captured or queued mail are removed; each stored support count and trending score
 * drops by exactly what their supports added.
 *
 * With `removeText`, the words they wrote go too: every question's title and body and every comment's body
 * become REMOVED_TEXT, and the earlier versions of their questions are deleted. The rows stay, so others'
 * supports, replies, the status timeline and partners' answers keep their place: the public record shows
 * that a question was asked and answered, without the person's words.
 */
export async function deleteAccount(actor: Actor | null, options: { removeText?: boolean } = {}): Promise<void> {
  requirePermission(actor, "account.delete");
  requireFreshProof(actor);
  await db.$transaction(async (tx) => {
    // The administrators' rows first, as every change that could take one away locks them (lib/admin/people):
    // the last administrator cannot delete their account, also while another is stepping down at that moment.
    const admins = await lockAdministrators(tx);
    if (admins.length <= 1 && admins.includes(actor.id)) throw new Conflict(LAST_ADMIN_CANNOT_DELETE);
    // Lock the person's row first: a support racing with the deletion waits, then finds the account gone.
    await tx.$queryRaw`SELECT id FROM "user" WHERE id = ${actor.id}::uuid FOR UPDATE`;
    await tx.$executeRaw`
      WITH removed AS (
        DELETE FROM vote WHERE user_id = ${actor.id}::uuid RETURNING question_id, created_at
      ), per_question AS (
        SELECT question_id, count(*)::int AS n,
               sum(${voteWeightSql(Prisma.sql`created_at`)}) AS weight
        FROM removed GROUP BY question_id
      )
      UPDATE question q
      SET support_count = q.support_count - p.n,
          trending_score = greatest(0, q.trending_score - p.weight)
      FROM per_question p WHERE q.id = p.question_id`;
    if (options.removeText) {
      await tx.question.updateMany({
        where: { authorId: actor.id },
        data: { title: REMOVED_TEXT, body: REMOVED_TEXT },
      });
      await tx.questionRevision.deleteMany({ where: { question: { authorId: actor.id } } });
      await tx.comment.updateMany({ where: { authorId: actor.id }, data: { body: REMOVED_TEXT } });
    }
    // Messages they sent through the contact page stay for the operator, without their name or address.
    await tx.feedback.updateMany({ where: { senderId: actor.id }, data: { name: null, email: null } });
    // Their security events stay for the retention period (lib/security-events/retention.ts), without an address.
    await tx.securityEvent.updateMany({ where: { userId: actor.id }, data: { email: null } });
    await tx.follow.deleteMany({ where: { userId: actor.id } });
    // Their answers to "Has this been delivered?" go with their supports: the counts no longer include them.
    await tx.deliveryCheck.deleteMany({ where: { userId: actor.id } });
    await tx.notification.deleteMany({ where: { userId: actor.id } });
    await tx.oneTimeToken.deleteMany({ where: { userId: actor.id } });
    await tx.organisationMembership.deleteMany({ where: { userId: actor.id } });
    // Their own requests to change age group hold their age; requests they decided as a moderator stay.
    await tx.ageBandChangeRequest.deleteMany({ where: { userId: actor.id } });
    await tx.capturedMail.deleteMany({ where: { toAddress: actor.email } });
    await discardMailTo(tx, actor.email);
    await tx.user.update({
      where: { id: actor.id },
      data: {
        email: null,
        passwordHash: null,
        emailVerifiedAt: null,
        displayName: FORMER_PARTICIPANT,
        districtId: null,
        ageBand: null,
        participantType: null,
        emailNotifications: false,
        platformRole: "citizen",
        suspendedReason: null,
        suspendedUntil: null,
        postsHeldUntil: null,
        status: "deleted",
        deletedAt: new Date(),
        sessionVersion: { increment: 1 },
      },
    });
    await endAllSessions(tx, actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "account.deleted",
      targetType: "user",
      targetId: actor.id,
      after: { textRemoved: options.removeText === true },
    });
  });
}
