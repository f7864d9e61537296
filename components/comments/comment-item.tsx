import Link from "next/link";
import { DecisionForAuthorNote } from "@/components/moderation/decision-for-author";
import { SpeakerName } from "@/components/questions/speaker-name";
import { formatDateTime } from "@/lib/format";
import type { CommentView } from "@/lib/comments/queries";

/**
 * One comment: who wrote it (with the organisations they speak for) and when, whether it was edited, its words,
 * and what the viewer may do with it. Its element has the id `comment-<id>`, which notifications and redirects
 * link to. A removed comment keeps its place (its replies stay) and says only that it was removed.
 */
export function CommentItem({
  comment,
  mayReply,
  showActions = true,
}: {
  comment: CommentView;
  /** The viewer may write replies here (signed in, email confirmed, and the question published). */
  mayReply: boolean;
  /** Reply, change, delete and report links; off where the comment is quoted (its reply and delete pages). */
  showActions?: boolean;
}) {
  const base = `/questions/${comment.questionId}/comments`;
  // Replies stay one level deep: replying to a reply adds to the conversation under the comment it answers.
  const replyTo = comment.parentId ?? comment.id;
  const who = comment.author?.name ?? "a removed comment";
  return (
    <article id={`comment-${comment.id}`} aria-label={comment.removed ? "Comment removed" : `Comment by ${who}`}>
      {comment.removed || !comment.author ? (
        <p className="text-muted italic">Comment removed</p>
      ) : (
        <>
          <p className="text-base">
            <SpeakerName speaker={comment.author} bold />{" "}
            <span className="text-muted">
              on <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt)}</time>
              {comment.edited ? " (edited)" : ""}
            </span>
          </p>
          {comment.decision ? (
            <DecisionForAuthorNote
              decision={comment.decision}
              post={{ kind: "comment", questionId: comment.questionId, commentId: comment.id }}
            />
          ) : null}
          <p className="mt-1 whitespace-pre-line break-words">{comment.body}</p>
        </>
      )}
      {showActions ? (
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-base">
          {mayReply && comment.viewer.takesReplies ? (
            <li>
              <Link href={`${base}/${replyTo}/reply`}>
                Reply<span className="sr-only"> to {who}</span>
              </Link>
            </li>
          ) : null}
          {comment.viewer.mayEdit ? (
            <li>
              <Link href={`${base}/${comment.id}/edit`}>
                Change<span className="sr-only"> your comment</span>
              </Link>
            </li>
          ) : null}
          {comment.viewer.mayDelete ? (
            <li>
              <Link href={`${base}/${comment.id}/delete`}>
                Delete<span className="sr-only"> your comment</span>
              </Link>
            </li>
          ) : null}
          {!comment.viewer.isAuthor && !comment.removed ? (
            <li>
              <Link href={`/questions/${comment.questionId}/report?comment=${comment.id}`}>
                Report<span className="sr-only"> the comment by {who}</span>
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </article>
  );
}
