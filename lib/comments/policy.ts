// The rules about a particular comment, each written once and asked by the comment pages, the read model and the
// service alike. permissions.ts decides first whether this kind of person may comment at all (signed in, email
// confirmed); these decide whether they may do it to this comment, now. Pure: the clock is passed in.
import type { ModerationState } from "@/lib/generated/prisma/enums";
import { allow, isAuthor, refuse, type PolicyActor, type PolicyDecision } from "@/lib/auth/policy";

/** The few columns of a comment its rules read. */
export interface CommentPolicyRow {
  authorId: string;
  moderation: ModerationState;
  createdAt: Date;
  deletedAt: Date | null;
}

/** How long after posting its author may still change a comment (deleting it stays possible for good). */
export const COMMENT_EDIT_WINDOW_MINUTES = 15;
const EDIT_WINDOW_MS = COMMENT_EDIT_WINDOW_MINUTES * 60 * 1000;

export const COMMENT_NOT_AMONG_YOURS = "We could not find that comment among yours.";
export const COMMENT_EDIT_CLOSED = `You can only change a comment in the ${COMMENT_EDIT_WINDOW_MINUTES} minutes after you post it. You can still delete it.`;
export const COMMENT_TAKEN_DOWN = "This comment was taken down by a moderator and cannot be changed.";
export const COMMENT_NOT_FOUND = "That comment does not exist or has been removed.";
export const QUESTION_CLOSED_TO_COMMENTS = "That question does not exist or is not published.";

/** When the author's chance to change it ends. */
export function commentEditDeadline(comment: Pick<CommentPolicyRow, "createdAt">): Date {
  return new Date(comment.createdAt.getTime() + EDIT_WINDOW_MS);
}

/**
 * The author may change their comment for 15 minutes after posting it, unless they deleted it or a moderator
 * turned it down or hid it. Someone else's comment (or none): not found, so an id reveals nothing.
 */
export function commentEditability(
  comment: CommentPolicyRow | null,
  actor: Pick<PolicyActor, "id"> | null,
  now: Date,
): PolicyDecision {
  if (!comment || comment.deletedAt || !isAuthor(actor, comment)) return refuse(COMMENT_NOT_AMONG_YOURS, "not_found");
  if (comment.moderation === "rejected" || comment.moderation === "hidden")
    return refuse(COMMENT_TAKEN_DOWN, "conflict");
  if (now.getTime() >= commentEditDeadline(comment).getTime()) return refuse(COMMENT_EDIT_CLOSED, "conflict");
  return allow();
}

/** The author may delete their own comment, whenever, once. Anyone else's (or a deleted one): not found. */
export function commentDeletability(
  comment: Pick<CommentPolicyRow, "authorId" | "deletedAt"> | null,
  actor: Pick<PolicyActor, "id"> | null,
): PolicyDecision {
  if (!comment || comment.deletedAt || !isAuthor(actor, comment)) return refuse(COMMENT_NOT_AMONG_YOURS, "not_found");
  return allow();
}

/**
 * Whether a comment takes replies: published (approved) and not deleted. Replies stay one level deep: a reply to
 * a reply goes to the comment it answers (the service does that; the database refuses anything deeper).
 */
export function replyability(comment: Pick<CommentPolicyRow, "moderation" | "deletedAt"> | null): PolicyDecision {
  if (!comment || comment.deletedAt || comment.moderation !== "approved") return refuse(COMMENT_NOT_FOUND, "not_found");
  return allow();
}
