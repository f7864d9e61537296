import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { consumeRateLimits } from "@/lib/rate-limit";
import { voteWeightSql } from "@/lib/votes/trending";
import type { ModerationState } from "@/lib/generated/prisma/enums";
import { screenSubmission } from "./screening";
import type { QuestionInput } from "./schemas";

type Tx = Prisma.TransactionClient;

async function resolveThemesAndDistrict(tx: Tx, input: QuestionInput): Promise<{ themeIds: number[]; districtId: number | null }> {
  const themes = await tx.theme.findMany({ where: { slug: { in: input.themes }, archivedAt: null }, select: { id: true } });
  if (themes.length !== new Set(input.themes).size) throw new Invalid("Select themes from the list", { themes: "Select themes from the list" });
  let districtId: number | null = null;
  if (input.district) {
    const district = await tx.district.findUnique({ where: { slug: input.district }, select: { id: true } });
    if (!district) throw new Invalid("Select a district from the list", { district: "Select a district from the list" });
    districtId = district.id;
  }
  return { themeIds: themes.map((t) => t.id), districtId };
}

async function approvedBefore(tx: Tx, authorId: string, excludingId?: string): Promise<number> {
  return tx.question.count({ where: { authorId, moderation: "approved", ...(excludingId ? { id: { not: excludingId } } : {}) } });
}

/** Asks a question. It is published at once or held for a moderator, as screenSubmission decides. */
export async function askQuestion(actor: Actor | null, input: QuestionInput): Promise<{ id: string; moderation: ModerationState }> {
  requirePermission(actor, "question.ask");
  await consumeRateLimits([{ name: "ask:account", subject: actor.id }]);
  return db.$transaction(async (tx) => {
    const { themeIds, districtId } = await resolveThemesAndDistrict(tx, input);
    const moderation = screenSubmission({ author: actor, approvedBefore: await approvedBefore(tx, actor.id) });
    const now = new Date();
    const question = await tx.question.create({
      data: {
        title: input.title,
        body: input.body,
        authorId: actor.id,
        districtId,
        moderation,
        publishedAt: moderation === "approved" ? now : null,
        themes: { create: themeIds.map((themeId) => ({ themeId })) },
        statusChanges: { create: { actorId: actor.id, fromStatus: null, toStatus: "open" } },
      },
      select: { id: true, moderation: true },
    });
    return question;
  });
}

export const EDIT_CLOSED = "A partner organisation has started work on this question, so it can no longer be changed. You can add a comment instead.";

/**
 * The author changes their question while no partner has claimed it. The earlier wording is kept as a
 * revision, and an edit of a published question is screened again (it may go back to a moderator).
 */
export async function editQuestion(actor: Actor | null, questionId: string, input: QuestionInput): Promise<{ moderation: ModerationState }> {
  requirePermission(actor, "question.edit");
  return db.$transaction(async (tx) => {
    // Lock the row so a partner's claim and this edit cannot interleave.
    const rows = await tx.$queryRaw<{ title: string; body: string; status: string; moderation: ModerationState; claimed: boolean }[]>`
      SELECT q.title, q.body, q.status, q.moderation, EXISTS (SELECT 1 FROM assignment a WHERE a.question_id = q.id) AS claimed
      FROM question q WHERE q.id = ${questionId}::uuid AND q.author_id = ${actor.id}::uuid FOR UPDATE`;
    const current = rows[0];
    if (!current) throw new NotFound("We could not find that question among yours.");
    if (current.status !== "open" || current.claimed) throw new Conflict(EDIT_CLOSED);
    if (current.moderation === "rejected" || current.moderation === "hidden") throw new Conflict("This question was taken down by a moderator and cannot be edited.");

    const { themeIds, districtId } = await resolveThemesAndDistrict(tx, input);
    const moderation =
      current.moderation === "approved" ? screenSubmission({ author: actor, approvedBefore: await approvedBefore(tx, actor.id, questionId) }) : current.moderation;
    await tx.questionRevision.create({ data: { questionId, title: current.title, body: current.body, editedById: actor.id } });
    await tx.questionTheme.deleteMany({ where: { questionId } });
    await tx.question.update({
      where: { id: questionId },
      data: {
        title: input.title,
        body: input.body,
        districtId,
        moderation,
        themes: { create: themeIds.map((themeId) => ({ themeId })) },
      },
    });
    return { moderation };
  });
}

async function explainSupportRefusal(actor: Actor, questionId: string): Promise<never> {
  const question = await db.question.findUnique({ where: { id: questionId }, select: { moderation: true, status: true, authorId: true } });
  if (!question || question.moderation !== "approved") throw new NotFound("That question does not exist or is not published.");
  if (question.authorId === actor.id) throw new Forbidden("You cannot support your own question. Share it so others can support it.");
  if (question.status === "merged") throw new Conflict("This question was merged into another. Support that one instead.");
  throw new Conflict("Your support could not be saved. Try again.");
}

/**
 * Sets "I support this" (idempotent: supporting twice is one support). One statement inserts the vote,
 * protected by the (user, question) primary key, and moves the stored count and trending score by exactly
 * the rows it inserted, so no race can make the count differ from the rows.
 */
export async function supportQuestion(actor: Actor | null, questionId: string): Promise<{ supportCount: number; supported: true }> {
  requirePermission(actor, "question.support");
  await consumeRateLimits([{ name: "support:account", subject: actor.id }]);
  const rows = await db.$queryRaw<{ support_count: number }[]>`
    WITH supporter AS (
      -- Shares the person's row lock, so a support cannot slip past an account deletion under way.
      SELECT id FROM "user" WHERE id = ${actor.id}::uuid AND status = 'active' FOR SHARE
    ), target AS (
      SELECT q.id FROM question q, supporter
      WHERE q.id = ${questionId}::uuid AND q.moderation = 'approved' AND q.status <> 'merged' AND q.author_id <> supporter.id
    ), inserted AS (
      -- created_at in UTC, to the millisecond the column keeps: the weight added below is computed from the
      -- stored value, exactly as withdrawing computes the weight it takes back.
      INSERT INTO vote (user_id, question_id, created_at)
      SELECT ${actor.id}::uuid, id, date_trunc('milliseconds', now() AT TIME ZONE 'UTC') FROM target
      ON CONFLICT DO NOTHING RETURNING question_id, created_at
    )
    UPDATE question q
    SET support_count = q.support_count + (SELECT count(*) FROM inserted),
        trending_score = q.trending_score + coalesce((
          SELECT sum(${voteWeightSql(Prisma.sql`created_at`)}) FROM inserted
        ), 0)
    FROM target WHERE q.id = target.id
    RETURNING q.support_count`;
  if (!rows[0]) return explainSupportRefusal(actor, questionId);
  return { supportCount: rows[0].support_count, supported: true };
}

/** Sets "I no longer support this" (idempotent), taking back exactly the count and score the support added. */
export async function withdrawSupport(actor: Actor | null, questionId: string): Promise<{ supportCount: number; supported: false }> {
  requirePermission(actor, "question.support");
  await consumeRateLimits([{ name: "support:account", subject: actor.id }]);
  const rows = await db.$queryRaw<{ support_count: number }[]>`
    WITH removed AS (
      DELETE FROM vote WHERE user_id = ${actor.id}::uuid AND question_id = ${questionId}::uuid RETURNING created_at
    )
    UPDATE question q
    SET support_count = q.support_count - (SELECT count(*) FROM removed),
        trending_score = greatest(0, q.trending_score - coalesce((
          SELECT sum(${voteWeightSql(Prisma.sql`created_at`)}) FROM removed
        ), 0))
    WHERE q.id = ${questionId}::uuid
    RETURNING q.support_count`;
  if (!rows[0]) throw new NotFound("That question does not exist.");
  return { supportCount: rows[0].support_count, supported: false };
}
