import type { Metadata } from "next";
import { PageNotFound } from "@/components/layout/page-not-found";
import { HandOverPage } from "@/components/partner/hand-over-page";
import { AssignmentReleaseForm } from "@/components/partner/assignment-release-form";
import { releaseAccess } from "@/lib/assignments/policy";
import { releaseQuestionAction } from "../assignment/actions";
import { handOverMetadata, loadHandOver } from "../assignment/load";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return handOverMetadata((await params).id, "Release a question back to the pool");
}

/** One thing on the page: why the organisation is letting the question go. */
export default async function ReleaseQuestionPage({ params }: Props) {
  const { id } = await params;
  const loaded = await loadHandOver(id, "release", releaseAccess);
  if (!loaded) return <PageNotFound />;
  const { question, unavailable } = loaded;
  return (
    <HandOverPage question={question} heading="Release it back to the pool" unavailable={unavailable}>
      <p className="mb-6">
        {question.assignment?.organisation} will no longer hold this question, and any partner organisation can claim
        it.
        {question.status === "under_review"
          ? " Its public status goes back from “under review” to “open”, and the person who asked is told."
          : null}
      </p>
      <AssignmentReleaseForm action={releaseQuestionAction} questionId={question.id} />
    </HandOverPage>
  );
}
