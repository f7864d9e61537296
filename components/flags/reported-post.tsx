import type { ReportTarget } from "@/lib/flags/queries";

/** What is being reported, so the person can check it is what they meant. */
export function ReportedPost({ target }: { target: Pick<ReportTarget, "kind" | "questionTitle" | "commentBody"> }) {
  return (
    <div className="mb-6 border-l-4 border-line bg-wash p-4">
      {target.kind === "comment" ? (
        <>
          <p className="mb-2 text-base text-muted">The comment, on “{target.questionTitle}”:</p>
          <blockquote className="break-words whitespace-pre-line">{target.commentBody}</blockquote>
        </>
      ) : (
        <>
          <p className="mb-2 text-base text-muted">The question:</p>
          <p className="font-bold break-words">{target.questionTitle}</p>
        </>
      )}
    </div>
  );
}
