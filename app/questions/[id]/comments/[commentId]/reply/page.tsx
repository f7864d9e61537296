import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CommentForm } from "@/components/comments/comment-form";
import { CommentInvitation } from "@/components/comments/comment-invitation";
import { CommentItem } from "@/components/comments/comment-item";
import { PageNotFound, PAGE_NOT_FOUND_METADATA } from "@/components/layout/page-not-found";
import { getActor } from "@/lib/auth/actor";
import { offersForm } from "@/lib/auth/permissions";
import { commentLocation, getComment } from "@/lib/comments/queries";
import { postReplyAction } from "../../actions";

type Props = { params: Promise<{ id: string; commentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, commentId } = await params;
  const actor = await getActor();
  if (!actor || (await getComment(id, commentId, actor))) return { title: "Reply to a comment" };
  return PAGE_NOT_FOUND_METADATA;
}

/** Writing a reply, on a page of its own (one thing per page), below the comment it answers. */
export default async function ReplyPage({ params }: Props) {
  const { id, commentId } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(`/questions/${id}/comments/${commentId}/reply`)}`);
  const found = await getComment(id, commentId, actor);
  if (!found) return <PageNotFound />;
  // Replies stay one level deep: a reply to a reply joins the conversation under the comment it answers.
  if (found.comment.parentId) redirect(`/questions/${id}/comments/${found.comment.parentId}/reply`);
  const back = (await commentLocation(commentId, actor)) ?? `/questions/${id}`;
  const takesReplies = found.question.published && found.comment.viewer.takesReplies;

  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href={back}>Back to the question</Link>
      </p>
      <h1 className="mb-6 text-4xl">Reply to a comment</h1>
      <p className="mb-2 text-base text-muted">On &ldquo;{found.question.title}&rdquo;</p>
      <div className="mb-8 border-l-4 border-wash pl-4">
        <CommentItem comment={found.comment} mayReply={false} showActions={false} />
      </div>
      {!takesReplies ? (
        <p>This comment does not take replies.</p>
      ) : offersForm(actor, "comment.create") ? (
        <CommentForm
          action={postReplyAction.bind(null, id, commentId)}
          label="Your reply"
          hint="Be kind and keep to the question. Do not include anyone's name, address or phone number."
          submitLabel="Post your reply"
        />
      ) : (
        <CommentInvitation viewer="unverified" returnTo={`/questions/${id}`} />
      )}
    </div>
  );
}
