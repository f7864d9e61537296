import Link from "next/link";
import { Markdown } from "@/components/markdown";
import { formatDate, formatDateTime, plural } from "@/lib/format";
import type { TriageResponse } from "@/lib/responses/queries";

export type ResponseListItem = Omit<TriageResponse, "organisationId">;

/**
 * A question's official responses as partners see them: each organisation's, who wrote it, "Edit" where the
 * viewer may change it, and its earlier versions (each with who replaced it and when) behind a disclosure.
 */
export function ResponseList({ questionId, responses }: { questionId: string; responses: ResponseListItem[] }) {
  if (!responses.length) return <p className="mb-4">No organisation has published a response yet.</p>;
  return (
    <ul className="mb-4 space-y-6">
      {responses.map((response) => (
        <li key={response.id} className="border-l-8 border-success bg-wash p-5">
          <h3 className="mb-1 text-xl">Response from {response.organisation}</h3>
          <p className="mb-4 text-base text-muted">
            By {response.author} on{" "}
            <time dateTime={response.createdAt.toISOString()}>{formatDate(response.createdAt)}</time>
            {response.editedAt ? <> (edited {formatDateTime(response.editedAt)})</> : null}
          </p>
          <Markdown>{response.body}</Markdown>
          {response.mayEdit ? (
            <p className="mt-4">
              <Link href={`/partner/questions/${questionId}/responses/${response.id}/edit`}>
                Edit<span className="sr-only"> the response from {response.organisation}</span>
              </Link>
            </p>
          ) : null}
          {response.revisions.length ? (
            <details className="mt-4">
              <summary className="cursor-pointer font-bold text-brand underline underline-offset-2">
                Earlier versions ({plural(response.revisions.length, "version")})
              </summary>
              <ol className="mt-3 space-y-4">
                {response.revisions.map((revision) => (
                  <li key={revision.id} className="border-l-4 border-line pl-4">
                    <p className="mb-2 text-base text-muted">
                      Replaced by {revision.replacedBy} on {formatDateTime(revision.replacedAt)}
                    </p>
                    <Markdown>{revision.body}</Markdown>
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
