import type { Metadata } from "next";
import { PageNotFound, metadataIfFound } from "@/components/layout/page-not-found";
import { forbidden, redirect } from "next/navigation";
import { HandOverPage } from "@/components/partner/hand-over-page";
import { MergeForm } from "@/components/partner/merge-form";
import { getActor } from "@/lib/auth/actor";
import { worksOnQuestions } from "@/lib/auth/permissions";
import { plural } from "@/lib/format";
import { getMergePage } from "@/lib/merges/queries";
import { mergeQuestionAction } from "./actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const metadata = { title: "Merge this question into another" };
  const actor = await getActor();
  if (!actor || !worksOnQuestions(actor)) return metadata;
  return metadataIfFound(await getMergePage((await params).id, actor), metadata);
}

/**
 * One thing on the page: which published question this one repeats, and the public note saying so. Partners
 * of another organisation than the one holding it are refused (403), as is anyone who does not work on questions.
 */
export default async function MergeQuestionPage({ params }: Props) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(`/partner/questions/${id}/merge`)}`);
  if (!worksOnQuestions(actor)) forbidden();
  const page = await getMergePage(id, actor);
  if (!page) return <PageNotFound />;
  const { duplicate, decision, candidates } = page;
  if (!decision.allowed && decision.kind !== "conflict") forbidden();
  return (
    <HandOverPage
      question={duplicate}
      heading="Merge this question into another"
      unavailable={decision.allowed ? null : decision.reason}
    >
      <p className="mb-4">
        This question has {plural(duplicate.supportCount, "supporter")}
        {duplicate.assignment ? `, and ${duplicate.assignment.organisation} holds it` : ", and it waits in the pool"}.
        Merge it when another published question asks the same thing.
      </p>
      <h2 className="mb-2 text-2xl">What will happen</h2>
      <ul className="mb-6 list-disc space-y-1 pl-6">
        <li>This question will show as merged, with your note and a link to the question you keep.</li>
        <li>
          Its supports move to the question you keep. Anyone who supports both is counted once, and the kept question’s
          author’s own support is dropped.
        </li>
        <li>Its followers will follow the question you keep. Its comments stay on this question.</li>
        <li>
          Its author, supporters and followers are told, with a link to the question you keep, where they can withdraw
          their support.
        </li>
      </ul>
      <MergeForm action={mergeQuestionAction} duplicateId={duplicate.id} candidates={candidates} />
    </HandOverPage>
  );
}
