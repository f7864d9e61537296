import Link from "next/link";
import { FocusedSuccessBanner } from "@/components/forms/focused-success-banner";
import type { Actor } from "@/lib/auth/actor";
import { mergeAccess } from "@/lib/merges/policy";
import { getMergedTitle } from "@/lib/merges/queries";
import { mergedNotice } from "@/lib/merges/schemas";
import type { TriageQuestion } from "@/lib/triage/queries";

/**
 * Merging on a question's triage page: after a merge into this question, the banner with its new support count
 * (`merged` is the `?merged=` of the address: the duplicate's id); and the link to merge this question into
 * another, for those mergeAccess lets.
 */
export async function MergeSection({
  question,
  actor,
  merged,
}: {
  question: TriageQuestion;
  actor: Actor;
  merged?: string | string[];
}) {
  const mergedTitle = merged ? await getMergedTitle(question.id, merged) : null;
  const mayMerge = mergeAccess({ moderation: "approved", ...question }, actor).allowed;
  return (
    <>
      {mergedTitle ? (
        <FocusedSuccessBanner title="Merged" message={mergedNotice(mergedTitle, question.supportCount)} />
      ) : null}
      {mayMerge ? (
        <p className="mb-6">
          <Link href={`/partner/questions/${question.id}/merge`}>Merge this question into another</Link> if it asks the
          same thing as one already published.
        </p>
      ) : null}
    </>
  );
}
