import Link from "next/link";
import type { CommentPage, CommentWithReplies } from "@/lib/comments/queries";
import type { FormAction } from "@/lib/form-state";
import { CommentForm } from "./comment-form";
import { CommentInvitation } from "./comment-invitation";
import { CommentThread } from "./comment-thread";

/**
 * The comments on a question page: the stored count, a page of comments (oldest first) with links between
 * pages, and at the end the comment form, or what to do first to be able to comment.
 */
export function CommentsSection({
  questionId,
  commentCount,
  page,
  firstPage,
  viewer,
  open,
  postComment,
}: {
  questionId: string;
  commentCount: number;
  page: CommentPage<CommentWithReplies>;
  firstPage: boolean;
  viewer: "visitor" | "unverified" | "participant";
  /** The question takes comments (it is published). */
  open: boolean;
  postComment: FormAction;
}) {
  const question = `/questions/${questionId}`;
  return (
    <section aria-labelledby="comments-heading">
      <h2 id="comments-heading" className="mb-4 text-2xl">
        Comments ({commentCount.toLocaleString("en-GB")})
      </h2>
      {page.items.length ? (
        <CommentThread comments={page.items} mayReply={open && viewer === "participant"} />
      ) : (
        <p>{firstPage ? "No comments yet." : "There are no more comments."}</p>
      )}
      {!firstPage || page.next ? (
        <nav aria-label="More comments" className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
          {!firstPage ? <Link href={`${question}#comments-heading`}>Back to the first comments</Link> : null}
          {page.next ? (
            <Link href={`${question}?comments=${encodeURIComponent(page.next)}#comments-heading`}>
              Show more comments
            </Link>
          ) : null}
        </nav>
      ) : null}
      <div className="mt-8 border-t border-line pt-6">
        {!open ? (
          <p>People can comment once the question is published.</p>
        ) : viewer === "participant" ? (
          <CommentForm
            action={postComment}
            label="Add a comment"
            labelSize="large"
            hint="Be kind and keep to the question. Do not include anyone's name, address or phone number."
            submitLabel="Post your comment"
          />
        ) : (
          <CommentInvitation viewer={viewer} returnTo={question} />
        )}
      </div>
    </section>
  );
}
