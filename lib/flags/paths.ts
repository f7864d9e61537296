/** The page for reporting a question, or one of its comments; "received" is the confirmation after a report. */
export function reportPath(questionId: string, commentId: string | null, page: "form" | "received" = "form"): string {
  const path = `/questions/${questionId}/report${page === "received" ? "/received" : ""}`;
  return commentId ? `${path}?comment=${commentId}` : path;
}

/**
 * The comment named by the report page's address: "" when the question itself is reported, null when the
 * address is malformed (the parameter given twice).
 */
export function commentParam(comment: string | string[] | undefined): string | null {
  if (comment === undefined) return "";
  return typeof comment === "string" ? comment : null;
}

/** Where the reported post is on its question's page (each comment carries `id="comment-<id>"`). */
export function reportedPostPath(target: { questionId: string; commentId: string | null }): string {
  const question = `/questions/${target.questionId}`;
  return target.commentId ? `${question}#comment-${target.commentId}` : question;
}
