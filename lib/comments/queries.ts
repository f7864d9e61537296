import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { isAuthor } from "@/lib/auth/policy";
import { speakerSelect, toSpeaker, type Speaker } from "@/lib/questions/speaker";
import { questionVisibleTo } from "@/lib/questions/visibility";
import { isPublished } from "@/lib/questions/policy";
import { commentDeletability, commentEditability, replyability } from "./policy";
import { decisionForAuthor, moderatedRowSelect, type DecisionForAuthor } from "@/lib/moderation/appeals/decision";
import { decodeCommentCursor, encodeCommentCursor, type CommentCursor } from "./schemas";

// Who sees which comment:
// - everyone: published (approved) comments, and published ones their author deleted, as "Comment removed" (so
//   the replies under them keep their place);
// - their author, besides: their own comments waiting for a moderator, turned down or hidden (not deleted), each
//   with the decision on it (lib/moderation/appeals/decision.ts): why it waits, the rule cited, the appeal.
// Every list is a keyset page in (created_at, id) order, oldest first, over the indexes (question_id, parent_id,
// created_at, id) for top-level comments and (parent_id, created_at, id) for replies. A page costs a fixed number
// of queries, never one per comment.

/** Top-level comments on a page of the question. */
export const COMMENTS_PAGE_SIZE = 20;
/** Replies shown under each comment on the question page; the rest are on the comment's own page. */
export const REPLY_PREVIEW_SIZE = 3;
/** Replies on a page of a comment's own page. */
export const REPLIES_PAGE_SIZE = 20;

export interface CommentView {
  id: string;
  questionId: string;
  /** The top-level comment it replies to; null for a top-level comment. */
  parentId: string | null;
  /** Null once deleted: a removed comment shows neither its words nor its author. */
  author: Speaker | null;
  /** Empty once deleted. */
  body: string;
  createdAt: Date;
  edited: boolean;
  /** Deleted by its author: shown as "Comment removed". */
  removed: boolean;
  /** Waiting for a moderator: only ever the viewer's own. */
  held: boolean;
  /** Not published: why it waits, or the decision on it. Only ever the viewer's own, and only to its author. */
  decision: DecisionForAuthor | null;
  viewer: {
    isAuthor: boolean;
    /** Still within the 15 minutes in which its author may change it (commentEditability). */
    mayEdit: boolean;
    mayDelete: boolean;
    /** It takes replies (published, not removed); whether the viewer may write one is the page's concern. */
    takesReplies: boolean;
  };
}

export interface CommentWithReplies extends CommentView {
  /** The first few replies (REPLY_PREVIEW_SIZE). */
  replies: CommentView[];
  /** There are more replies than shown: the comment's own page lists them all. */
  moreReplies: boolean;
}

export interface CommentPage<T> {
  items: T[];
  /** The cursor of the next page (`?after=` on a comment's page, `?comments=` on the question's), or null. */
  next: string | null;
}

/** The comments this person may see (see above). Combine with AND. */
function commentVisibleTo(viewer: Pick<Actor, "id"> | null): Prisma.CommentWhereInput {
  const published: Prisma.CommentWhereInput = { moderation: "approved" };
  if (!viewer) return published;
  return { OR: [published, { authorId: viewer.id, moderation: { not: "approved" }, deletedAt: null }] };
}

function after(cursor: CommentCursor | null): Prisma.CommentWhereInput {
  if (!cursor) return {};
  return { OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: cursor.id } }] };
}

const commentSelect = {
  id: true,
  questionId: true,
  parentId: true,
  authorId: true,
  body: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  author: speakerSelect,
  ...moderatedRowSelect,
} as const;

type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentSelect }>;

function toView(row: CommentRow, viewer: Actor | null, now: Date): CommentView {
  const removed = row.deletedAt !== null;
  return {
    id: row.id,
    questionId: row.questionId,
    parentId: row.parentId,
    author: removed ? null : toSpeaker(row.author),
    body: removed ? "" : row.body,
    createdAt: row.createdAt,
    edited: row.editedAt !== null && !removed,
    removed,
    held: row.moderation === "pending",
    // The visibility rule lets only the author read an unpublished comment; this keeps it so for any caller.
    decision: isAuthor(viewer, row) && !removed ? decisionForAuthor(row) : null,
    viewer: {
      isAuthor: isAuthor(viewer, row),
      mayEdit: commentEditability(row, viewer, now).allowed,
      mayDelete: commentDeletability(row, viewer).allowed,
      takesReplies: replyability(row).allowed,
    },
  };
}

function toPage<T extends { id: string; createdAt: Date }>(
  rows: T[],
  size: number,
): { items: T[]; next: string | null } {
  const items = rows.slice(0, size);
  const last = items.at(-1);
  return { items, next: rows.length > size && last ? encodeCommentCursor(last) : null };
}

/**
 * A page of a question's top-level comments, oldest first, each with its first few replies. Empty when the
 * viewer may not see the question. `cursor`: the `?comments=` of the question page's URL.
 */
export async function listQuestionComments(
  questionId: string,
  viewer: Actor | null,
  cursor?: string,
  now = new Date(),
): Promise<CommentPage<CommentWithReplies>> {
  if (!z.uuid().safeParse(questionId).success) return { items: [], next: null };
  const rows = await db.comment.findMany({
    where: {
      AND: [
        { questionId, parentId: null, question: questionVisibleTo(viewer) },
        commentVisibleTo(viewer),
        after(decodeCommentCursor(cursor)),
      ],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: COMMENTS_PAGE_SIZE + 1,
    // The first replies under each, plus one to know whether there are more: in the same statement (Prisma's
    // relation joins make it a lateral join over the replies index, limited per comment).
    select: {
      ...commentSelect,
      replies: {
        where: commentVisibleTo(viewer),
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: REPLY_PREVIEW_SIZE + 1,
        select: commentSelect,
      },
    },
  });
  const page = toPage(rows, COMMENTS_PAGE_SIZE);
  return {
    items: page.items.map(({ replies, ...row }) => {
      return {
        ...toView(row, viewer, now),
        replies: replies.slice(0, REPLY_PREVIEW_SIZE).map((r) => toView(r, viewer, now)),
        moreReplies: replies.length > REPLY_PREVIEW_SIZE,
      };
    }),
    next: page.next,
  };
}

export interface CommentInContext {
  comment: CommentView;
  question: { id: string; title: string; published: boolean };
  /** For a reply: the comment it answers. */
  parent: CommentView | null;
}

/**
 * One comment this person may see, on a question they may see, with its question and (for a reply) the comment
 * it answers. Null otherwise, so an id reveals nothing. Cached per request.
 */
export const getComment = cache(
  async (questionId: string, commentId: string, viewer: Actor | null): Promise<CommentInContext | null> => {
    if (!z.uuid().safeParse(questionId).success || !z.uuid().safeParse(commentId).success) return null;
    const row = await db.comment.findFirst({
      where: { AND: [{ id: commentId, questionId, question: questionVisibleTo(viewer) }, commentVisibleTo(viewer)] },
      select: {
        ...commentSelect,
        question: { select: { id: true, title: true, moderation: true } },
        parent: { select: commentSelect },
      },
    });
    if (!row) return null;
    const now = new Date();
    return {
      comment: toView(row, viewer, now),
      question: { id: row.question.id, title: row.question.title, published: isPublished(row.question) },
      parent: row.parent ? toView(row.parent, viewer, now) : null,
    };
  },
);

/** A page of a top-level comment's replies, oldest first. `cursor`: the `?after=` of the comment page's URL. */
export async function listReplies(
  commentId: string,
  viewer: Actor | null,
  cursor?: string,
  now = new Date(),
): Promise<CommentPage<CommentView>> {
  if (!z.uuid().safeParse(commentId).success) return { items: [], next: null };
  const rows = await db.comment.findMany({
    where: { AND: [{ parentId: commentId }, commentVisibleTo(viewer), after(decodeCommentCursor(cursor))] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: REPLIES_PAGE_SIZE + 1,
    select: commentSelect,
  });
  const page = toPage(rows, REPLIES_PAGE_SIZE);
  return { items: page.items.map((row) => toView(row, viewer, now)), next: page.next };
}

/**
 * Where a comment is shown to this person: the page of the question (top-level comments) or of the comment it
 * replies to (replies) on which it appears, at its anchor. The page is the one that ends with it, found with one
 * query that steps back a page's length over the same index the list reads. Null when they may not see it.
 */
export async function commentLocation(commentId: string, viewer: Actor | null): Promise<string | null> {
  if (!z.uuid().safeParse(commentId).success) return null;
  const comment = await db.comment.findFirst({
    where: { AND: [{ id: commentId, question: questionVisibleTo(viewer) }, commentVisibleTo(viewer)] },
    select: { id: true, questionId: true, parentId: true, createdAt: true },
  });
  if (!comment) return null;
  const pageSize = comment.parentId ? REPLIES_PAGE_SIZE : COMMENTS_PAGE_SIZE;
  // The comment a full page before this one: the page after it ends with this comment. None: it is on the first.
  const pageStart = await db.comment.findFirst({
    where: {
      AND: [
        comment.parentId ? { parentId: comment.parentId } : { questionId: comment.questionId, parentId: null },
        commentVisibleTo(viewer),
        {
          OR: [{ createdAt: { lt: comment.createdAt } }, { createdAt: comment.createdAt, id: { lt: comment.id } }],
        },
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: pageSize - 1,
    select: { id: true, createdAt: true },
  });
  const cursor = pageStart ? encodeURIComponent(encodeCommentCursor(pageStart)) : null;
  const anchor = `#comment-${comment.id}`;
  if (comment.parentId) {
    const page = `/questions/${comment.questionId}/comments/${comment.parentId}`;
    return `${page}${cursor ? `?after=${cursor}` : ""}${anchor}`;
  }
  return `/questions/${comment.questionId}${cursor ? `?comments=${cursor}` : ""}${anchor}`;
}
