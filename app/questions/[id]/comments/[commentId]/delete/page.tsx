import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountActionButton } from "@/components/accounts/account-action-button";
import { CommentItem } from "@/components/comments/comment-item";
import { PageNotFound, PAGE_NOT_FOUND_METADATA } from "@/components/layout/page-not-found";
import { getActor, type Actor } from "@/lib/auth/actor";
import { commentLocation, getComment } from "@/lib/comments/queries";
import { deleteCommentAction } from "../../actions";

type Props = { params: Promise<{ id: string; commentId: string }> };

/** The comment if it is the signed-in person's own and not removed yet; otherwise null (cached per request). */
async function ownComment(id: string, commentId: string, actor: Actor | null) {
  const found = actor ? await getComment(id, commentId, actor) : null;
  return found?.comment.viewer.mayDelete ? found : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, commentId } = await params;
  const actor = await getActor();
  if (!actor || (await ownComment(id, commentId, actor))) return { title: "Delete your comment" };
  return PAGE_NOT_FOUND_METADATA;
}

/** "Are you sure?" before a comment is deleted: a page of its own, so it works without JavaScript. */
export default async function DeleteCommentPage({ params }: Props) {
  const { id, commentId } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(`/questions/${id}/comments/${commentId}/delete`)}`);
  const found = await ownComment(id, commentId, actor);
  if (!found) return <PageNotFound />;
  const back = (await commentLocation(commentId, actor)) ?? `/questions/${id}`;
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href={back}>Back to the question</Link>
      </p>
      <h1 className="mb-6 text-4xl">Delete your comment?</h1>
      <div className="mb-6 border-l-4 border-wash pl-4">
        <CommentItem comment={found.comment} mayReply={false} showActions={false} />
      </div>
      <p className="mb-4">
        Your words will be removed and the comment will show as &ldquo;Comment removed&rdquo;. Any replies to it stay.
      </p>
      <div className="mb-6 border-l-4 border-danger pl-4 font-bold">
        <span className="sr-only">Warning: </span>This cannot be undone.
      </div>
      <AccountActionButton action={deleteCommentAction.bind(null, commentId)} variant="warning">
        Delete comment
      </AccountActionButton>
      <p className="mt-6">
        <Link href={back}>No, keep it</Link>
      </p>
    </div>
  );
}
