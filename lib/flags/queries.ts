import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLISHED } from "@/lib/questions/visibility";
import { PUBLISHED_STATE } from "@/lib/questions/policy";
import type { ReportablePost } from "./policy";

/** A post someone may report, with what the report page shows of it. */
export interface ReportTarget extends ReportablePost {
  questionId: string;
  questionTitle: string;
  commentId: string | null;
  /** The comment's text, so the person can check it is the one they meant (null for a question). */
  commentBody: string | null;
}

type Reader = Pick<Prisma.TransactionClient, "question" | "comment">;

/**
 * The published question, or its published comment, that a report would be about; null when there is no such
 * thing that everyone can see (a held, rejected, hidden or deleted post, or a comment of another question).
 */
export async function findReportTarget(
  reader: Reader,
  questionId: string,
  commentId: string | null,
): Promise<ReportTarget | null> {
  const question = await reader.question.findFirst({
    where: { AND: [{ id: questionId }, PUBLISHED] },
    select: { id: true, title: true, authorId: true },
  });
  if (!question) return null;
  if (!commentId) {
    return {
      kind: "question",
      authorId: question.authorId,
      questionId: question.id,
      questionTitle: question.title,
      commentId: null,
      commentBody: null,
    };
  }
  const comment = await reader.comment.findFirst({
    where: { id: commentId, questionId: question.id, moderation: PUBLISHED_STATE, deletedAt: null },
    select: { id: true, authorId: true, body: true },
  });
  if (!comment) return null;
  return {
    kind: "comment",
    authorId: comment.authorId,
    questionId: question.id,
    questionTitle: question.title,
    commentId: comment.id,
    commentBody: comment.body,
  };
}

/** When this person reported this post, or null if they have not. */
export async function findOwnReport(
  reporterId: string,
  target: { questionId: string; commentId: string | null },
): Promise<{ createdAt: Date } | null> {
  return db.flag.findFirst({
    where: target.commentId
      ? { reporterId, commentId: target.commentId }
      : { reporterId, questionId: target.questionId },
    select: { createdAt: true },
  });
}

/** What the report page needs: the post (null when nothing reportable has those ids) and the person's report of it. */
export const getReportPage = cache(
  async (
    questionId: string,
    commentId: string | null,
    viewer: Actor,
  ): Promise<{ target: ReportTarget; reportedAt: Date | null } | null> => {
    if (!z.uuid().safeParse(questionId).success) return null;
    if (commentId !== null && !z.uuid().safeParse(commentId).success) return null;
    const target = await findReportTarget(db, questionId, commentId);
    if (!target) return null;
    const report = await findOwnReport(viewer.id, target);
    return { target, reportedAt: report?.createdAt ?? null };
  },
);

/**
 * What the confirmation after a report needs: the person's report of this post, and the post while it is still
 * published (null once the reports have hidden it: the report that reached the threshold is still confirmed).
 * Null when the person has not reported it and it is not reportable.
 */
export const getReceivedReport = cache(
  async (
    questionId: string,
    commentId: string | null,
    viewer: Actor,
  ): Promise<{ kind: "question" | "comment"; target: ReportTarget | null; reportedAt: Date | null } | null> => {
    if (!z.uuid().safeParse(questionId).success) return null;
    if (commentId !== null && !z.uuid().safeParse(commentId).success) return null;
    const [target, report] = await Promise.all([
      findReportTarget(db, questionId, commentId),
      findOwnReport(viewer.id, { questionId, commentId }),
    ]);
    if (!target && !report) return null;
    return { kind: commentId ? "comment" : "question", target, reportedAt: report?.createdAt ?? null };
  },
);
