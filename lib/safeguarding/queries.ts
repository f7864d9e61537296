import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { AgeBand, ModerationState } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertAllowed } from "@/lib/auth/policy";
import { concernReviewAccess } from "./policy";

// Reads for the safeguarding pages. The concern list and a concern's page are for admins only (the pages check
// concernReviewAccess before reading); the marking page reads the post a moderator is about to mark.

export interface PostToMark {
  kind: "question" | "comment";
  id: string;
  questionId: string;
  questionTitle: string;
  /** The question's body, or the comment's. */
  body: string;
  authorId: string | null;
  authorName: string;
  moderation: ModerationState;
}

/**
 * The question or comment a moderator is about to mark (the comment, when both are named), whatever its state;
 * null when there is none. Two plain arguments, so the page's title and body share one read.
 */
export const getPostToMark = cache(async function getPostToMark(
  questionId: string | undefined,
  commentId: string | undefined,
): Promise<PostToMark | null> {
  if (commentId) {
    const comment = await db.comment.findUnique({
      where: { id: commentId },
      select: {
        id: true,
        body: true,
        moderation: true,
        authorId: true,
        author: { select: { displayName: true } },
        question: { select: { id: true, title: true } },
      },
    });
    if (!comment) return null;
    return {
      kind: "comment",
      id: comment.id,
      questionId: comment.question.id,
      questionTitle: comment.question.title,
      body: comment.body,
      authorId: comment.authorId,
      authorName: comment.author.displayName,
      moderation: comment.moderation,
    };
  }
  if (!questionId) return null;
  const question = await db.question.findUnique({
    where: { id: questionId },
    select: {
      id: true,
      title: true,
      body: true,
      moderation: true,
      authorId: true,
      author: { select: { displayName: true } },
    },
  });
  if (!question) return null;
  return {
    kind: "question",
    id: question.id,
    questionId: question.id,
    questionTitle: question.title,
    body: question.body,
    authorId: question.authorId,
    authorName: question.author?.displayName ?? "someone in the room at an event (no name is kept)",
    moderation: question.moderation,
  };
});

export const CONCERNS_PAGE_SIZE = 20;

export interface ConcernRow {
  id: string;
  createdAt: Date;
  closedAt: Date | null;
  onComment: boolean;
  questionTitle: string;
  raisedByName: string;
}

/**
 * Open concerns first, then closed ones, each newest first, a keyset page at a time. The cursor is the last
 * row's place: whether it was open, its time and id. Open ones come from the (closed_at, created_at DESC) index.
 */
export async function listConcerns(
  reader: Actor | null,
  after?: string,
): Promise<{ concerns: ConcernRow[]; next: string | null }> {
  // Restricted: anyone but an admin is told there is nothing here (the pages say "page not found").
  assertAllowed(concernReviewAccess(reader));
  const cursor = decodeConcernCursor(after);
  const rows = await db.$queryRaw<
    {
      id: string;
      created_at: Date;
      closed_at: Date | null;
      comment_id: string | null;
      title: string;
      raised_by: string;
    }[]
  >`
    (SELECT c.id, c.created_at, c.closed_at, c.comment_id, q.title, u.display_name AS raised_by
     FROM safeguarding_concern c JOIN question q ON q.id = c.question_id JOIN "user" u ON u.id = c.raised_by_id
     WHERE c.closed_at IS NULL AND ${cursor === null || cursor.open}
       AND (${cursor === null} OR (c.created_at, c.id) < (${cursor?.at ?? new Date(0)}, ${cursor?.id ?? null}::uuid))
     ORDER BY c.created_at DESC, c.id DESC
     LIMIT ${CONCERNS_PAGE_SIZE + 1})
    UNION ALL
    (SELECT c.id, c.created_at, c.closed_at, c.comment_id, q.title, u.display_name
     FROM safeguarding_concern c JOIN question q ON q.id = c.question_id JOIN "user" u ON u.id = c.raised_by_id
     WHERE c.closed_at IS NOT NULL
       AND (${cursor === null || cursor.open} OR (c.created_at, c.id) < (${cursor?.at ?? new Date(0)}, ${cursor?.id ?? null}::uuid))
     ORDER BY c.created_at DESC, c.id DESC
     LIMIT ${CONCERNS_PAGE_SIZE + 1})`;
  // Open rows came first in the statement; the two parts are each in order already.
  const ordered = [...rows.filter((r) => !r.closed_at), ...rows.filter((r) => r.closed_at)];
  const concerns = ordered.slice(0, CONCERNS_PAGE_SIZE).map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    closedAt: r.closed_at,
    onComment: r.comment_id !== null,
    questionTitle: r.title,
    raisedByName: r.raised_by,
  }));
  const last = concerns[concerns.length - 1];
  const next =
    ordered.length > CONCERNS_PAGE_SIZE && last
      ? encodeConcernCursor({ open: last.closedAt === null, at: last.createdAt, id: last.id })
      : null;
  return { concerns, next };
}

function encodeConcernCursor(cursor: { open: boolean; at: Date; id: string }): string {
  return Buffer.from(JSON.stringify({ ...cursor, at: cursor.at.toISOString() })).toString("base64url");
}

function decodeConcernCursor(raw: string | undefined): { open: boolean; at: Date; id: string } | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Record<string, unknown>;
    const at = typeof value.at === "string" ? new Date(value.at) : null;
    if (typeof value.open !== "boolean" || !at || Number.isNaN(at.getTime())) return null;
    if (typeof value.id !== "string" || !/^[0-9a-f-]{36}$/i.test(value.id)) return null;
    return { open: value.open, at, id: value.id };
  } catch {
    return null;
  }
}

export interface ConcernDetail {
  id: string;
  createdAt: Date;
  note: string;
  raisedByName: string;
  question: { id: string; title: string; body: string; moderation: ModerationState };
  comment: { id: string; body: string; moderation: ModerationState } | null;
  subject: { displayName: string; ageBand: AgeBand | null };
  closed: { byName: string; at: Date; note: string | null } | null;
}

/** One concern in full, the post's text included even though it is hidden. Admins only. */
export const getConcern = cache(async function getConcern(
  reader: Actor | null,
  id: string,
): Promise<ConcernDetail | null> {
  assertAllowed(concernReviewAccess(reader));
  const concern = await db.safeguardingConcern.findUnique({
    where: { id },
    select: {
      id: true,
      createdAt: true,
      note: true,
      closedAt: true,
      closingNote: true,
      raisedBy: { select: { displayName: true } },
      closedBy: { select: { displayName: true } },
      subject: { select: { displayName: true, ageBand: true } },
      question: { select: { id: true, title: true, body: true, moderation: true } },
      comment: { select: { id: true, body: true, moderation: true } },
    },
  });
  if (!concern) return null;
  return {
    id: concern.id,
    createdAt: concern.createdAt,
    note: concern.note,
    raisedByName: concern.raisedBy.displayName,
    question: concern.question,
    comment: concern.comment,
    subject: concern.subject,
    closed:
      concern.closedAt && concern.closedBy
        ? { byName: concern.closedBy.displayName, at: concern.closedAt, note: concern.closingNote }
        : null,
  };
});

/** Whether the post has an open concern (so the marking page shows it is marked, not the form). */
export async function hasOpenConcern(post: { kind: "question" | "comment"; id: string; questionId: string }) {
  const open = await db.safeguardingConcern.findFirst({
    where: { closedAt: null, questionId: post.questionId, commentId: post.kind === "comment" ? post.id : null },
    select: { id: true },
  });
  return open !== null;
}
