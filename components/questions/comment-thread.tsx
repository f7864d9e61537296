import { formatDate } from "@/lib/format";
import type { Speaker } from "@/lib/questions/speaker";
import { SpeakerName } from "./speaker-name";

interface CommentProps {
  id: string;
  author: Speaker;
  body: string;
  createdAt: Date;
}

function CommentBody({ comment }: { comment: CommentProps }) {
  return (
    <>
      <p className="text-base">
        <SpeakerName speaker={comment.author} bold />{" "}
        <span className="text-muted">
          on <time dateTime={comment.createdAt.toISOString()}>{formatDate(comment.createdAt)}</time>
        </span>
      </p>
      <p className="mt-1 whitespace-pre-line break-words">{comment.body}</p>
    </>
  );
}

export function CommentThread({ comments }: { comments: (CommentProps & { replies: CommentProps[] })[] }) {
  return (
    <ul className="space-y-6">
      {comments.map((comment) => (
        <li key={comment.id} className="border-t border-line pt-4">
          <CommentBody comment={comment} />
          {comment.replies.length ? (
            <ul className="mt-4 space-y-4 border-l-4 border-wash pl-4" aria-label={`Replies to ${comment.author.name}`}>
              {comment.replies.map((reply) => (
                <li key={reply.id}>
                  <CommentBody comment={reply} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
