import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { FORMER_PARTICIPANT } from "@/lib/accounts/display-name";
import type { ModerationState, QuestionStatus, UserStatus } from "@/lib/generated/prisma/enums";
import { summarySelect, toSummary, type QuestionSummary } from "./summary";

export type { QuestionSummary } from "./summary";

/** The published questions with most support (index: moderation, support_count desc, id desc). */
export async function listMostSupportedQuestions(limit = 10): Promise<QuestionSummary[]> {
  const rows = await db.question.findMany({
    where: { moderation: "approved" },
    orderBy: [{ supportCount: "desc" }, { id: "desc" }],
    take: limit,
    select: summarySelect,
  });
  return rows.map(toSummary);
}

function publicName(user: { displayName: string; status: UserStatus }): string {
  return user.status === "deleted" ? FORMER_PARTICIPANT : user.displayName;
}

export interface QuestionComment {
  id: string;
  author: string;
  body: string;
  createdAt: Date;
  replies: { id: string; author: string; body: string; createdAt: Date }[];
}

export interface QuestionDetail extends QuestionSummary {
  moderation: ModerationState;
  moderationReason: string | null;
  /** What the person viewing may see and do about it. */
  viewer: { isAuthor: boolean; supports: boolean; canEdit: boolean };
  body: string;
  author: string;
  publishedAt: Date | null;
  mergedInto: { id: string; title: string } | null;
  timeline: { id: string; from: QuestionStatus | null; to: QuestionStatus; note: string | null; by: string; at: Date }[];
  responses: { id: string; organisation: string; author: string; body: string; createdAt: Date; lastEditedAt: Date | null }[];
  comments: QuestionComment[];
  commentsShown: number;
}

export const COMMENTS_PER_PAGE = 100;

const personSelect = { select: { displayName: true, status: true } } as const;

/** A published question as a visitor may see it, or null when it does not exist or is not published. */
export function getPublishedQuestion(id: string): Promise<QuestionDetail | null> {
  return getQuestionForViewer(id, null);
}

/**
 * A question as this person may see it: any published question, and their own whatever its moderation
 * state (so an author sees that theirs is waiting, or why it was turned down). Null otherwise: a visitor
 * cannot tell an unpublished question from one that does not exist.
 */
export const getQuestionForViewer = cache(async (id: string, viewerId: string | null): Promise<QuestionDetail | null> => {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await db.question.findFirst({
    where: { id, OR: [{ moderation: "approved" }, ...(viewerId ? [{ authorId: viewerId }] : [])] },
    select: {
      ...summarySelect,
      moderation: true,
      moderationReason: true,
      authorId: true,
      assignment: { select: { questionId: true } },
      votes: { where: { userId: viewerId ?? "00000000-0000-0000-0000-000000000000" }, select: { userId: true } },
      body: true,
      publishedAt: true,
      author: personSelect,
      mergedInto: { select: { id: true, title: true, moderation: true } },
      statusChanges: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, fromStatus: true, toStatus: true, note: true, createdAt: true, actor: personSelect } },
      responses: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          body: true,
          createdAt: true,
          organisation: { select: { name: true } },
          author: personSelect,
          revisions: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
        },
      },
      comments: {
        where: { moderation: "approved", parentId: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: COMMENTS_PER_PAGE,
        select: {
          id: true,
          body: true,
          createdAt: true,
          author: personSelect,
          replies: {
            where: { moderation: "approved" },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: { id: true, body: true, createdAt: true, author: personSelect },
          },
        },
      },
    },
  });
  if (!row) return null;
  const isAuthor = viewerId !== null && row.authorId === viewerId;
  return {
    ...toSummary(row),
    moderation: row.moderation,
    moderationReason: isAuthor ? row.moderationReason : null,
    viewer: {
      isAuthor,
      supports: row.votes.length > 0,
      canEdit: isAuthor && row.status === "open" && !row.assignment && (row.moderation === "approved" || row.moderation === "pending"),
    },
    body: row.body,
    author: publicName(row.author),
    publishedAt: row.publishedAt,
    mergedInto: row.mergedInto?.moderation === "approved" ? { id: row.mergedInto.id, title: row.mergedInto.title } : null,
    timeline: row.statusChanges.map((c) => ({ id: c.id, from: c.fromStatus, to: c.toStatus, note: c.note, by: publicName(c.actor), at: c.createdAt })),
    responses: row.responses.map((r) => ({
      id: r.id,
      organisation: r.organisation.name,
      author: publicName(r.author),
      body: r.body,
      createdAt: r.createdAt,
      lastEditedAt: r.revisions[0]?.createdAt ?? null,
    })),
    comments: row.comments.map((c) => ({
      id: c.id,
      author: publicName(c.author),
      body: c.body,
      createdAt: c.createdAt,
      replies: c.replies.map((r) => ({ id: r.id, author: publicName(r.author), body: r.body, createdAt: r.createdAt })),
    })),
    commentsShown: row.comments.length,
  };
});
