import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";
import { COMMENT_MAX } from "./limits";

export { COMMENT_MAX };

const COMMENT_NOT_FOUND = "That comment does not exist.";
const QUESTION_NOT_FOUND = "That question does not exist.";

export const commentBodySchema = plainText({ error: "Enter your comment" })
  .trim()
  .min(1, "Enter your comment")
  .max(COMMENT_MAX, `Your comment must be ${COMMENT_MAX.toLocaleString("en-GB")} characters or fewer`);

const questionId = z.uuid({ error: QUESTION_NOT_FOUND });
const commentId = z.uuid({ error: COMMENT_NOT_FOUND });

/** A new top-level comment on a question. */
export const commentSchema = z.object({ questionId, body: commentBodySchema });

/** A reply to a comment (to a reply: it goes under the comment that reply answers). */
export const replySchema = commentSchema.extend({ parentId: commentId });

/** What the service takes: a comment, or with `parentId` a reply. */
export type PostCommentInput = z.output<typeof commentSchema> & { parentId: string | null };

export const editCommentSchema = z.object({ commentId, body: commentBodySchema });
export type EditCommentInput = z.output<typeof editCommentSchema>;

export const deleteCommentSchema = z.object({ commentId });
export type DeleteCommentInput = z.output<typeof deleteCommentSchema>;

/** What the person cannot see or fix on a comment form, with what to say instead when one is refused. */
export const COMMENT_HIDDEN_FIELDS = {
  questionId: QUESTION_NOT_FOUND,
  parentId: COMMENT_NOT_FOUND,
  commentId: COMMENT_NOT_FOUND,
} as const;

/**
 * A position in a list of comments (oldest first): the created time and id of the last comment on the previous
 * page, as `<ISO time>_<uuid>` in the URL.
 */
export interface CommentCursor {
  createdAt: Date;
  id: string;
}

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f-]{36})$/;

export function encodeCommentCursor(row: CommentCursor): string {
  return `${row.createdAt.toISOString()}_${row.id}`;
}

/** The cursor if it is well formed; otherwise null, and the first page is shown. */
export function decodeCommentCursor(raw: unknown): CommentCursor | null {
  if (typeof raw !== "string") return null;
  const match = CURSOR.exec(raw);
  if (!match) return null;
  const createdAt = new Date(match[1]!);
  if (Number.isNaN(createdAt.getTime()) || !z.uuid().safeParse(match[2]).success) return null;
  return { createdAt, id: match[2]! };
}
