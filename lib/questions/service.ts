import "server-only";
import { prepareScreening, questionText, screenPost } from "@/lib/moderation/screening/context";
import { screenedEdit } from "@/lib/moderation/screening/screen-submission";
import type { ScreeningRule } from "@/lib/moderation/screening-rules";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed } from "@/lib/auth/policy";
import { consumeRateLimits } from "@/lib/rate-limit";
import { voteWeightSql } from "@/lib/votes/trending";
import type { ModerationState } from "@/lib/generated/prisma/enums";
import { isPublished, NOT_PUBLISHED, questionEditability, supportEligibility, type QuestionPolicyRow } from "./policy";
import type { QuestionInput } from "./schemas";
import { publishedQuestionSql } from "./visibility";
import { resolveDistrictId } from "@/lib/reference/queries";
import { followAsAuthor } from "@/lib/follows/service";

type Tx = Prisma.TransactionClient;

/**
 * The chosen themes' ids and the district's. Only active themes may be chosen, except that a question being
 * edited (`editedQuestionId`) keeps any retired theme it has already.
 */
async function resolveThemesAndDistrict(
  tx: Tx,
  input: QuestionInput,
  editedQuestionId?: string,
): Promise<{ themeIds: number[]; districtId: number | null }> {
  const kept = editedQuestionId ? [{ questions: { some: { questionId: editedQuestionId } } }] : [];
  const themes = await tx.theme.findMany({
    where: { slug: { in: input.themes }, OR: [{ archivedAt: null }, ...kept] },
    select: { id: true },
  });
  if (themes.length !== new Set(input.themes).size)
    throw new Invalid("Select themes from the list", { themes: "Select themes from the list" });
  const districtId = await resolveDistrictId(tx, input.district, "Select a district from the list");
  return { themeIds: themes.map((t) => t.id), districtId };
}

/**
 * Asks a question. It is published at once or held for a moderator, as screenSubmission decides; a held
 * question records the rules that held it and joins the moderation queue.
 */
export async function askQuestion(
  actor: Actor | null,
  input: QuestionInput,
): Promise<{ id: string; moderation: ModerationState; screeningRules: ScreeningRule[] }> {
  requirePermission(actor, "question.ask");
  await consumeRateLimits([{ name: "ask:account", subject: actor.id }]);
  const prepared = await prepareScreening(actor.id);
  return db.$transaction(async (tx) => {
    const { themeIds, districtId } = await resolveThemesAndDistrict(tx, input);
    const { moderation, rules } = await screenPost(tx, actor, questionText(input), prepared);
    const now = new Date();
    const question = await tx.question.create({
      data: {
        title: input.title,
        body: input.body,
        authorId: actor.id,
        districtId,
        moderation,
        screeningRules: rules,
        queuedAt: moderation === "pending" ? now : null,
        publishedAt: moderation === "approved" ? now : null,
        themes: { create: themeIds.map((themeId) => ({ themeId })) },
        statusChanges: { create: { actorId: actor.id, fromStatus: null, toStatus: "open" } },
      },
      select: { id: true, moderation: true },
    });
    // The author hears of everything that happens to their question, as a follower would.
    await followAsAuthor(tx, actor.id, question.id);
    return { ...question, screeningRules: rules };
  });
}

/**
 * The author changes their question while questionEditability allows it. The earlier wording is kept as a
 * revision, and the new words are screened again (heldAfterEdit).
 */
export async function editQuestion(
  actor: Actor | null,
  questionId: string,
  input: QuestionInput,
): Promise<{ moderation: ModerationState; screeningRules: ScreeningRule[] }> {
  requirePermission(actor, "question.edit");
  const prepared = await prepareScreening(actor.id);
  return db.$transaction(async (tx) => {
    // Lock the row so a partner's claim and this edit cannot interleave, then ask the policy about the
    // locked row. Scoped to the author, so another person's id locks nothing and reads as not found.
    const rows = await tx.$queryRaw<(QuestionPolicyRow & { title: string; body: string; publishedAt: Date | null })[]>`
      SELECT q.title, q.body, q.author_id AS "authorId", q.status, q.moderation, q.published_at AS "publishedAt",
             EXISTS (SELECT 1 FROM assignment a WHERE a.question_id = q.id) AS claimed
      FROM question q WHERE q.id = ${questionId}::uuid AND q.author_id = ${actor.id}::uuid FOR UPDATE`;
    const locked = rows[0] ?? null;
    assertAllowed(questionEditability(locked, actor));
    // questionEditability refuses a missing row, so there is one from here on.
    const current = locked!;

    const { themeIds, districtId } = await resolveThemesAndDistrict(tx, input, questionId);
    const now = new Date();
    const screened = screenedEdit(
      !isPublished(current),
      await screenPost(tx, actor, questionText(input), prepared, { questionId }),
      now,
    );
    await tx.questionRevision.create({
      data: { questionId, title: current.title, body: current.body, editedById: actor.id },
    });
    await tx.questionTheme.deleteMany({ where: { questionId } });
    await tx.question.update({
      where: { id: questionId },
      data: {
        title: input.title,
        body: input.body,
        districtId,
        ...screened,
        // A held question whose new words pass is published now (a published one keeps its date).
        ...(screened.moderation === "approved" && !current.publishedAt ? { publishedAt: now } : {}),
        themes: { create: themeIds.map((themeId) => ({ themeId })) },
      },
    });
    return { moderation: screened.moderation, screeningRules: screened.screeningRules };
  });
}

/** The support statement inserted nothing: supportEligibility says why, in the words the person sees. */
async function explainSupportRefusal(actor: Actor, questionId: string): Promise<never> {
  const question = await db.question.findUnique({
    where: { id: questionId },
    select: { authorId: true, status: true, moderation: true },
  });
  assertAllowed(supportEligibility(question, actor));
  // Allowed on a second look: the question or the person changed under the statement.
  throw new Conflict("Your support could not be saved. Try again.");
}

/**
 * Sets "I support this" (idempotent: supporting twice is one support). One statement inserts the vote,
 * protected by the (user, question) primary key, and moves the stored count and trending score by exactly
 * the rows it inserted, so no race can make the count differ from the rows.
 */
export async function supportQuestion(
  actor: Actor | null,
  questionId: string,
): Promise<{ supportCount: number; supported: true }> {
  requirePermission(actor, "question.support");
  await consumeRateLimits([{ name: "support:account", subject: actor.id }]);
  const rows = await db.$queryRaw<{ support_count: number }[]>`
    WITH supporter AS (
      -- Shares the person's row lock, so a support cannot slip past an account deletion under way.
      SELECT id FROM "user" WHERE id = ${actor.id}::uuid AND status = 'active' FOR SHARE
    ), target AS (
      -- supportEligibility, inside the statement: published, not merged, not the supporter's own.
      SELECT q.id FROM question q, supporter
      WHERE q.id = ${questionId}::uuid AND ${publishedQuestionSql("q")} AND q.status <> 'merged'
        -- IS DISTINCT FROM: a question asked at an event has no author, and anyone may support it.
        AND q.author_id IS DISTINCT FROM supporter.id
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

/**
 * Sets "I no longer support this" (idempotent), taking back exactly the count and score the support added.
 * Only on a published question: on a held, turned-down or hidden one it answers exactly as for an unknown id
 * and reveals no count, so it cannot be used to probe questions the person may not see. A support given
 * before a question was hidden stays (the count and its rows stay equal, and it counts again if a moderator
 * restores the question); the person cannot see the question to withdraw from it meanwhile.
 */
export async function withdrawSupport(
  actor: Actor | null,
  questionId: string,
): Promise<{ supportCount: number; supported: false }> {
  requirePermission(actor, "question.support");
  await consumeRateLimits([{ name: "support:account", subject: actor.id }]);
  const rows = await db.$queryRaw<{ support_count: number }[]>`
    WITH target AS (
      SELECT q.id FROM question q WHERE q.id = ${questionId}::uuid AND ${publishedQuestionSql("q")}
    ), removed AS (
      DELETE FROM vote USING target
      WHERE vote.user_id = ${actor.id}::uuid AND vote.question_id = target.id RETURNING vote.created_at
    )
    UPDATE question q
    SET support_count = q.support_count - (SELECT count(*) FROM removed),
        trending_score = greatest(0, q.trending_score - coalesce((
          SELECT sum(${voteWeightSql(Prisma.sql`created_at`)}) FROM removed
        ), 0))
    FROM target WHERE q.id = target.id
    RETURNING q.support_count`;
  // The same refusal supportQuestion gives for an unknown or unpublished question.
  if (!rows[0]) throw new NotFound(NOT_PUBLISHED);
  return { supportCount: rows[0].support_count, supported: false };
}
