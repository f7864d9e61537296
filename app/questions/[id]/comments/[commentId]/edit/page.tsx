import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CommentForm } from "@/components/comments/comment-form";
import { PageNotFound, PAGE_NOT_FOUND_METADATA } from "@/components/layout/page-not-found";
import { getActor, type Actor } from "@/lib/auth/actor";
import { formatDateTime } from "@/lib/format";
import { commentEditDeadline, COMMENT_EDIT_CLOSED } from "@/lib/comments/policy";
import { commentLocation, getComment } from "@/lib/comments/queries";
import { editCommentAction } from "../../actions";

type Props = { params: Promise<{ id: string; commentId: string }> };

/** The comment if it is the signed-in person's own and not removed; otherwise null (cached per request). */
async function ownComment(id: string, commentId: string, actor: Actor | null) {
  const found = actor ? await getComment(id, commentId, actor) : null;
  return found?.comment.viewer.isAuthor && !found.comment.removed ? found : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, commentId } = await params;
  const actor = await getActor();
  if (!actor || (await ownComment(id, commentId, actor))) return { title: "Change your comment" };
  return PAGE_NOT_FOUND_METADATA;
}

export default async function EditCommentPage({ params }: Props) {
  const { id, commentId } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(`/questions/${id}/comments/${commentId}/edit`)}`);
  const found = await ownComment(id, commentId, actor);
  if (!found) return <PageNotFound />;
  const back = (await commentLocation(commentId, actor)) ?? `/questions/${id}`;
  if (!found.comment.viewer.mayEdit) {
    return (
      <div className="max-w-2xl">
        <h1 className="mb-6 text-4xl">You can no longer change this comment</h1>
        <p className="mb-4">{COMMENT_EDIT_CLOSED}</p>
        <p className="mb-4">
          <Link href={`/questions/${id}/comments/${commentId}/delete`}>Delete your comment</Link>
        </p>
        <Link href={back}>Back to the question</Link>
      </div>
    );
  }
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href={back}>Back to the question</Link>
      </p>
      <h1 className="mb-6 text-4xl">Change your comment</h1>
      <p className="mb-6">
        You can change it until {formatDateTime(commentEditDeadline(found.comment))}. It will show as edited, and a
        moderator may check it again before it is published.
      </p>
      <CommentForm
        action={editCommentAction.bind(null, commentId)}
        label="Your comment"
        saved={found.comment.body}
        submitLabel="Save changes"
      />
    </div>
  );
}
