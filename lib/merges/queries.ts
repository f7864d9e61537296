import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { PolicyDecision } from "@/lib/auth/policy";
import { findSimilarQuestions } from "@/lib/questions/browse/queries";
import { getTriageQuestion, type TriageQuestion } from "@/lib/triage/queries";
import { mergeAccess } from "./policy";

/** A question the duplicate could be merged into, and what merging into it would do to its support. */
export interface MergeCandidate {
  id: string;
  title: string;
  supportCount: number;
  /** The duplicate's supporters who support this one already: counted once. */
  sharedSupporters: number;
  /** Its author supports the duplicate: that support is dropped (nobody supports their own question). */
  authorSupportsDuplicate: boolean;
  /** Its support count once the duplicate is merged into it. */
  supportCountAfter: number;
}

export interface MergePage {
  duplicate: TriageQuestion;
  /** Whether this person may merge it now (mergeAccess), with the reason when not. */
  decision: PolicyDecision;
  candidates: MergeCandidate[];
}

/** How many suggestions the merge page asks for: one may be the duplicate itself, which is left out. */
const SUGGESTIONS = 6;

/**
 * What the merge page shows: the duplicate as partners see it, whether this person may merge it, and the
 * questions most like it (findSimilarQuestions, itself left out) with what a merge into each would do to its
 * support, read in one statement. Null when the question is not published or the person does not work on
 * questions (getTriageQuestion).
 */
export const getMergePage = cache(async function getMergePage(
  duplicateId: string,
  actor: Actor | null,
): Promise<MergePage | null> {
  const duplicate = await getTriageQuestion(duplicateId, actor);
  if (!duplicate) return null;
  const decision = mergeAccess({ moderation: "approved", ...duplicate }, actor);
  if (!decision.allowed) return { duplicate, decision, candidates: [] };
  const similar = (await findSimilarQuestions(duplicate.title, SUGGESTIONS)).filter((q) => q.id !== duplicate.id);
  if (!similar.length) return { duplicate, decision, candidates: [] };
  const outcomes = await db.$queryRaw<
    { id: string; supportCount: number; shared: number; authorSupports: boolean }[]
  >`SELECT c.id, c.support_count AS "supportCount",
           (SELECT count(*) FROM vote d JOIN vote k ON k.user_id = d.user_id AND k.question_id = c.id
            WHERE d.question_id = ${duplicate.id}::uuid)::int AS shared,
           EXISTS (SELECT 1 FROM vote d WHERE d.question_id = ${duplicate.id}::uuid AND d.user_id = c.author_id)
             AS "authorSupports"
    FROM question c WHERE c.id = ANY(${similar.map((q) => q.id)}::uuid[])`;
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  const candidates = similar.flatMap((q) => {
    const outcome = byId.get(q.id);
    if (!outcome) return [];
    const moving = duplicate.supportCount - outcome.shared - (outcome.authorSupports ? 1 : 0);
    return [
      {
        id: q.id,
        title: q.title,
        supportCount: outcome.supportCount,
        sharedSupporters: outcome.shared,
        authorSupportsDuplicate: outcome.authorSupports,
        supportCountAfter: outcome.supportCount + Math.max(0, moving),
      },
    ];
  });
  return { duplicate, decision, candidates };
});

/**
 * The title of the question merged into `keptId`, for the banner after a merge (`?merged=<id>`); null when that
 * question was not merged into this one, so the banner never claims a merge that did not happen.
 */
export async function getMergedTitle(keptId: string, duplicateId: unknown): Promise<string | null> {
  if (!z.uuid().safeParse(duplicateId).success || !z.uuid().safeParse(keptId).success) return null;
  const row = await db.question.findFirst({
    where: { id: duplicateId as string, mergedIntoId: keptId, status: "merged" },
    select: { title: true },
  });
  return row?.title ?? null;
}
