import Link from "next/link";
import type { CommentWithReplies } from "@/lib/comments/queries";
import { CommentItem } from "./comment-item";

/** A page of top-level comments, each with its first replies and a link to the rest on the comment's own page. */
export function CommentThread({ comments, mayReply }: { comments: CommentWithReplies[]; mayReply: boolean }) {
  return (
    <ul className="space-y-6">
      {comments.map((comment) => (
        <li key={comment.id} className="border-t border-line pt-4">
          <CommentItem comment={comment} mayReply={mayReply} />
          {comment.replies.length ? (
            <ul
              className="mt-4 space-y-4 border-l-4 border-wash pl-4"
              aria-label={`Replies to ${comment.author?.name ?? "a removed comment"}`}
            >
              {comment.replies.map((reply) => (
                <li key={reply.id}>
                  <CommentItem comment={reply} mayReply={mayReply} />
                </li>
              ))}
            </ul>
          ) : null}
          {comment.moreReplies ? (
            <p className="mt-3 pl-5 text-base">
              <Link href={`/questions/${comment.questionId}/comments/${comment.id}`}>
                See all replies<span className="sr-only"> to {comment.author?.name ?? "a removed comment"}</span>
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
