import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CommentItem } from "@/components/comments/comment-item";
import { NotificationBanner } from "@/components/forms/notification-banner";
import { PageNotFound, PAGE_NOT_FOUND_METADATA } from "@/components/layout/page-not-found";
import { getActor } from "@/lib/auth/actor";
import { offersForm } from "@/lib/auth/permissions";
import { COMMENT_NOTICES, isCommentNotice } from "@/lib/comments/notices";
import { commentLocation, getComment, listReplies } from "@/lib/comments/queries";

type Props = {
  params: Promise<{ id: string; commentId: string }>;
  searchParams: Promise<{ after?: string; comment?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, commentId } = await params;
  const found = await getComment(id, commentId, await getActor());
  if (found) return { title: `Comment on: ${found.question.title}` };
  return PAGE_NOT_FOUND_METADATA;
}

/** A top-level comment with all its replies, a page at a time (oldest first). A reply's address leads to its place here. */
export default async function CommentPage({ params, searchParams }: Props) {
  const { id, commentId } = await params;
  const { after, comment: notice } = await searchParams;
  const actor = await getActor();
  const found = await getComment(id, commentId, actor);
  // Not notFound(): in a production build that is an empty page without JavaScript (see ../../page.tsx).
  if (!found) return <PageNotFound />;
  if (found.comment.parentId) redirect((await commentLocation(commentId, actor)) ?? `/questions/${id}`);
  const [replies, back] = await Promise.all([listReplies(commentId, actor, after), commentLocation(commentId, actor)]);
  const mayReply = found.question.published && offersForm(actor, "comment.create");
  const page = `/questions/${id}/comments/${commentId}`;

  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href={back ?? `/questions/${id}`}>Back to the question</Link>
      </p>
      {isCommentNotice(notice) ? (
        <NotificationBanner title={COMMENT_NOTICES[notice].title} tone={notice === "held" ? "info" : "success"}>
          <p className="font-bold">{COMMENT_NOTICES[notice].text}</p>
        </NotificationBanner>
      ) : null}
      <h1 className="mb-6 text-3xl break-words">
        <span className="mb-1 block text-xl text-muted">A comment on</span>
        {found.question.title}
      </h1>
      <div className="mb-8 border-y border-line py-4">
        <CommentItem comment={found.comment} mayReply={mayReply} />
      </div>
      <section aria-labelledby="replies-heading">
        <h2 id="replies-heading" className="mb-4 text-2xl">
          Replies
        </h2>
        {replies.items.length ? (
          <ul className="space-y-4 border-l-4 border-wash pl-4">
            {replies.items.map((reply) => (
              <li key={reply.id}>
                <CommentItem comment={reply} mayReply={mayReply} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{after ? "There are no more replies." : "No replies yet."}</p>
        )}
        {after || replies.next ? (
          <nav aria-label="More replies" className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
            {after ? <Link href={`${page}#replies-heading`}>Back to the first replies</Link> : null}
            {replies.next ? (
              <Link href={`${page}?after=${encodeURIComponent(replies.next)}#replies-heading`}>Show more replies</Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
