import "server-only";
import { db } from "@/lib/db";
import { parseOrInvalid } from "@/lib/validation";
import { retryOnWriteConflict } from "@/lib/db-errors";
import { Conflict, Invalid } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/service";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ModerationState, NotificationKind, QuestionStatus } from "@/lib/generated/prisma/enums";
import { mergedQuestionMessages } from "@/lib/notifications/messages";
import { notify } from "@/lib/notifications/service";
import { lockPublishedQuestion } from "@/lib/questions/lock";
import { recordStatusMove } from "@/lib/questions/status-move";
import { voteWeightSql } from "@/lib/votes/trending";
import { keptQuestionCheck, mergeAccess } from "./policy";
import { mergeQuestionSchema, type MergeQuestionInput } from "./schemas";

type Tx = Prisma.TransactionClient;

export interface MergeResult {
  keptId: string;
  /** The kept question's stored support count after the merge. */
  supportCount: number;
  /** Supports that moved to the kept question. */
  moved: number;
  /** Supporters of both questions, counted once on the kept one. */
  alreadySupporting: number;
  /** The kept question's author's own support of the duplicate, dropped (nobody supports their own question). */
  droppedOwnSupport: number;
}

/** The kept question, locked already: what the rules and the timeline entry need of it. */
async function readKept(tx: Tx, keptId: string) {
  const rows = await tx.$queryRaw<
    { title: string; authorId: string; status: QuestionStatus; moderation: ModerationState }[]
  >`SELECT title, author_id AS "authorId", status, moderation FROM question WHERE id = ${keptId}::uuid`;
  const kept = rows[0] ?? null;
  const check = keptQuestionCheck(kept);
  if (!check.allowed) {
    if (check.kind === "not_found") throw new Invalid(check.reason, { keepId: check.reason });
    throw new Conflict(check.reason);
  }
  return kept!;
}

/**
 * Sets both questions' stored support count and trending score from their vote rows, with the one weight
 * expression the votes code adds and takes back (a moved vote keeps its created_at, so its weight), so both
 * equal a recount exactly. A question left without votes scores 0, as withdrawing the last support leaves it.
 */
async function recountSupport(tx: Tx, ids: string[]): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw<{ id: string; support_count: number }[]>`
    UPDATE question q
    SET support_count = c.supporters, trending_score = c.score
    FROM (
      SELECT q2.id, count(v.user_id)::int AS supporters,
             coalesce(sum(${voteWeightSql(Prisma.sql`v.created_at`)}), 0) AS score
      FROM question q2 LEFT JOIN vote v ON v.question_id = q2.id
      WHERE q2.id = ANY(${ids}::uuid[])
      GROUP BY q2.id
    ) c
    WHERE q.id = c.id
    RETURNING q.id, q.support_count`;
  return new Map(rows.map((r) => [r.id, r.support_count]));
}

/**
 * Merges a duplicate into the question kept in its place, in one transaction: mergeAccess decides who may
 * (admins any; partners a duplicate in the pool or held by their organisation), keptQuestionCheck what may be
 * kept. Both rows are locked in the order of their ids, so two merges touching the same questions apply one after
 * the other (the later one sees the first's result and is refused with a Conflict) and never deadlock.
 *
 * The duplicate becomes "merged" with its public note and link. Its supports move to the kept question keeping
 * their dates (someone who supported both is counted once; the kept question's author's support is dropped), its
 * follows move the same way, its comments and its assignment stay where they are. Both questions' stored counts
 * and trending scores are recounted from the votes. Both timelines show the merge; the duplicate's author,
 * supporters and followers are told, with a link to the kept question, where they can withdraw their support.
 */
export async function mergeQuestion(actor: Actor | null, input: MergeQuestionInput): Promise<MergeResult> {
  requirePermission(actor, "question.merge");
  const { duplicateId, keepId, note } = parseOrInvalid(mergeQuestionSchema, input);

  return retryOnWriteConflict(() =>
    db.$transaction(async (tx) => {
      // One statement locks both rows in id order (the sort runs before the lock), whichever is the duplicate.
      await tx.$queryRaw`SELECT 1 FROM question WHERE id IN (${duplicateId}::uuid, ${keepId}::uuid) ORDER BY id FOR UPDATE`;
      const duplicate = await lockPublishedQuestion(tx, duplicateId);
      assertAllowed(mergeAccess(duplicate, actor));
      const kept = await readKept(tx, keepId);

      // Who to tell, read before anything moves.
      const supporters = await tx.$queryRaw<{ userId: string }[]>`
        SELECT user_id AS "userId" FROM vote WHERE question_id = ${duplicateId}::uuid`;
      const followers = await tx.$queryRaw<{ userId: string }[]>`
        SELECT user_id AS "userId" FROM follow WHERE question_id = ${duplicateId}::uuid`;

      const moved = await tx.$executeRaw`
        INSERT INTO vote (user_id, question_id, created_at)
        SELECT user_id, ${keepId}::uuid, created_at FROM vote
        WHERE question_id = ${duplicateId}::uuid AND user_id <> ${kept.authorId}::uuid
        ON CONFLICT DO NOTHING`;
      const removed = await tx.$executeRaw`DELETE FROM vote WHERE question_id = ${duplicateId}::uuid`;
      const droppedOwnSupport = supporters.some((s) => s.userId === kept.authorId) ? 1 : 0;
      const alreadySupporting = removed - moved - droppedOwnSupport;
      const counts = await recountSupport(tx, [duplicateId, keepId]);

      await tx.$executeRaw`
        INSERT INTO follow (user_id, question_id, created_at)
        SELECT user_id, ${keepId}::uuid, created_at FROM follow WHERE question_id = ${duplicateId}::uuid
        ON CONFLICT DO NOTHING`;
      await tx.$executeRaw`DELETE FROM follow WHERE question_id = ${duplicateId}::uuid`;

      const now = new Date();
      await recordStatusMove(tx, duplicate, actor.id, "merged", { note, at: now, data: { mergedIntoId: keepId } });
      // The kept question's own entry: its status stays, and the entry names the question merged into it.
      await tx.statusChange.create({
        data: {
          questionId: keepId,
          actorId: actor.id,
          fromStatus: kept.status,
          toStatus: kept.status,
          note,
          mergedFromId: duplicateId,
          createdAt: now,
        },
      });

      await tellMerge(tx, {
        actorId: actor.id,
        keptId: keepId,
        keptAuthorId: kept.authorId,
        messages: mergedQuestionMessages(duplicate.title, kept.title, note),
        duplicateAuthorId: duplicate.authorId,
        supporterIds: supporters.map((s) => s.userId),
        followerIds: followers.map((f) => f.userId),
      });

      const supportCount = counts.get(keepId) ?? 0;
      await recordAudit(tx, {
        actorId: actor.id,
        action: "question.merged",
        targetType: "question",
        targetId: duplicateId,
        before: {
          status: duplicate.status,
          supportCount: removed,
          keptId: keepId,
          keptSupportCount: supportCount - moved,
        },
        after: {
          status: "merged",
          mergedIntoId: keepId,
          keptSupportCount: supportCount,
          moved,
          alreadySupporting,
          droppedOwnSupport,
          note,
        },
      });
      return { keptId: keepId, supportCount, moved, alreadySupporting, droppedOwnSupport };
    }),
  );
}

/**
 * Tells the duplicate's people, each once and in the words that fit them, with a link to the kept question: its
 * author; its supporters (their support now counts there, and they can withdraw it there); everyone else who
 * followed it (they follow the kept question now). The kept question's author, whose support was dropped, hears
 * it as a follower would.
 */
async function tellMerge(
  tx: Tx,
  merge: {
    actorId: string;
    keptId: string;
    keptAuthorId: string;
    messages: ReturnType<typeof mergedQuestionMessages>;
    duplicateAuthorId: string;
    supporterIds: string[];
    followerIds: string[];
  },
): Promise<void> {
  const supporters = merge.supporterIds.filter((id) => id !== merge.keptAuthorId && id !== merge.duplicateAuthorId);
  const told = new Set([merge.duplicateAuthorId, ...supporters]);
  const others = [...new Set([...merge.followerIds, ...merge.supporterIds])].filter((id) => !told.has(id));
  const groups: { kind: NotificationKind; recipients: string[]; message: string }[] = [
    { kind: "question_merged", recipients: [merge.duplicateAuthorId], message: merge.messages.author },
    { kind: "followed_question_merged", recipients: supporters, message: merge.messages.supporter },
    { kind: "followed_question_merged", recipients: others, message: merge.messages.follower },
  ];
  for (const group of groups) {
    if (!group.recipients.length) continue;
    await notify(tx, {
      kind: group.kind,
      questionId: merge.keptId,
      actorId: merge.actorId,
      message: group.message,
      recipients: group.recipients,
    });
  }
}
