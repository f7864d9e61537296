import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { Conflict } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed } from "@/lib/auth/policy";
import { publishedQuestionSql } from "@/lib/questions/visibility";
import { followOpen } from "./policy";

type Tx = Prisma.TransactionClient;

/**
 * Sets "I follow this question" (idempotent: following twice is one follow). One statement: the (user,
 * question) primary key makes a second follow a no-op, and the question is checked inside the statement,
 * so it cannot be unpublished between the check and the write.
 */
export async function followQuestion(actor: Actor | null, questionId: string): Promise<{ following: true }> {
  requirePermission(actor, "question.follow");
  const rows = await db.$queryRaw<{ found: number }[]>`
    WITH follower AS (
      -- Shares the person's row lock, so a follow cannot slip past an account deletion under way.
      SELECT id FROM "user" WHERE id = ${actor.id}::uuid AND status = 'active' FOR SHARE
    ), target AS (
      SELECT q.id FROM question q, follower
      WHERE q.id = ${questionId}::uuid AND ${publishedQuestionSql("q")} AND q.status <> 'merged'
    ), inserted AS (
      INSERT INTO follow (user_id, question_id) SELECT follower.id, target.id FROM follower, target
      ON CONFLICT DO NOTHING RETURNING question_id
    )
    SELECT (SELECT count(*) FROM target)::int AS found`;
  if (!rows[0]?.found) {
    const question = await db.question.findUnique({
      where: { id: questionId },
      select: { moderation: true, status: true },
    });
    assertAllowed(followOpen(question));
    throw new Conflict("Your choice could not be saved. Try again.");
  }
  return { following: true };
}

/**
 * Sets "I no longer follow this question" (idempotent). Scoped to the person's own row, so it reveals nothing
 * about a question they may not see: the answer is the same whether or not they followed it.
 */
export async function unfollowQuestion(actor: Actor | null, questionId: string): Promise<{ following: false }> {
  requirePermission(actor, "question.follow");
  await db.follow.deleteMany({ where: { userId: actor.id, questionId } });
  return { following: false };
}

/** The author follows their own question, in the transaction that asks it (so they hear of every change). */
export async function followAsAuthor(tx: Tx, userId: string, questionId: string): Promise<void> {
  await tx.follow.createMany({ data: [{ userId, questionId }], skipDuplicates: true });
}
