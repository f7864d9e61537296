import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { PolicyDecision } from "@/lib/auth/policy";
import type { ModerationState } from "@/lib/generated/prisma/enums";
import { isPublished } from "@/lib/questions/policy";
import { decisionForAuthor, moderatedRowSelect, type DecisionForAuthor } from "./decision";
import { appealEligibility } from "./policy";

// Reads for the author of a post about the decision on it. Each returns null for everyone but the author, so
// nobody else (visitors, other residents, partners) ever receives a word of it; moderators read their own
// view in lib/moderation/queries.ts.

/** A question turned down as a repeat points to the published question it repeats. */
export interface QuestionDecision {
  decision: DecisionForAuthor;
  duplicateOf: { id: string; title: string } | null;
}

const duplicateOfSelect = { select: { id: true, title: true, moderation: true } } as const;

/** The question it repeats, while that one is published (a link to anything else would lead nowhere). */
function publishedOriginal(
  original: { id: string; title: string; moderation: ModerationState } | null,
): { id: string; title: string } | null {
  return original && isPublished(original) ? { id: original.id, title: original.title } : null;
}

/** The decision on the viewer's own question, when it is not published; null otherwise. Cached per request. */
export const getOwnQuestionDecision = cache(
  async (questionId: string, viewer: Pick<Actor, "id"> | null): Promise<QuestionDecision | null> => {
    if (!viewer || !z.uuid().safeParse(questionId).success) return null;
    const row = await db.question.findFirst({
      where: { id: questionId, authorId: viewer.id },
      select: { ...moderatedRowSelect, duplicateOf: duplicateOfSelect },
    });
    const decision = row ? decisionForAuthor(row) : null;
    if (!row || !decision) return null;
    return { decision, duplicateOf: publishedOriginal(row.duplicateOf) };
  },
);

/** What the appeal page shows: the post, the decision on it, and whether it may be appealed now. */
export interface AppealPage {
  kind: "question" | "comment";
  questionId: string;
  questionTitle: string;
  commentId: string | null;
  commentBody: string | null;
  decision: DecisionForAuthor;
  duplicateOf: { id: string; title: string } | null;
  eligibility: PolicyDecision;
}

/** Null unless the viewer wrote the post and it has a decision to show (held, turned down or hidden). */
export const getAppealPage = cache(
  async (questionId: string, commentId: string | null, viewer: Pick<Actor, "id">): Promise<AppealPage | null> => {
    if (!z.uuid().safeParse(questionId).success) return null;
    if (commentId !== null && !z.uuid().safeParse(commentId).success) return null;
    if (commentId === null) {
      const row = await db.question.findFirst({
        where: { id: questionId, authorId: viewer.id },
        select: { ...moderatedRowSelect, title: true, authorId: true, duplicateOf: duplicateOfSelect },
      });
      const decision = row ? decisionForAuthor(row) : null;
      if (!row || !decision) return null;
      return {
        kind: "question",
        questionId,
        questionTitle: row.title,
        commentId: null,
        commentBody: null,
        decision,
        duplicateOf: publishedOriginal(row.duplicateOf),
        eligibility: appealEligibility(
          { ...row, kind: "question", deleted: false, appealed: row.appeals.length > 0 },
          viewer,
        ),
      };
    }
    const comment = await db.comment.findFirst({
      where: { id: commentId, questionId, authorId: viewer.id, deletedAt: null },
      select: { ...moderatedRowSelect, body: true, authorId: true, question: { select: { title: true } } },
    });
    const decision = comment ? decisionForAuthor(comment) : null;
    if (!comment || !decision) return null;
    return {
      kind: "comment",
      questionId,
      questionTitle: comment.question.title,
      commentId,
      commentBody: comment.body,
      decision,
      duplicateOf: null,
      eligibility: appealEligibility(
        { ...comment, kind: "comment", deleted: false, appealed: comment.appeals.length > 0 },
        viewer,
      ),
    };
  },
);
