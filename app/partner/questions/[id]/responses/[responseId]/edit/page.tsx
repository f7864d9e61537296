import { PageNotFound, PAGE_NOT_FOUND_METADATA } from "@/components/layout/page-not-found";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { ResponseEditForm } from "@/components/partner/response-edit-form";
import { getActor } from "@/lib/auth/actor";
import { worksOnQuestions } from "@/lib/auth/permissions";
import { getEditableResponse } from "@/lib/responses/queries";
import { editResponseAction } from "../../actions";

type Props = { params: Promise<{ id: string; responseId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, responseId } = await params;
  const response = await getEditableResponse(id, responseId, await getActor());
  return response ? { title: `Change the response from ${response.organisation}` } : PAGE_NOT_FOUND_METADATA;
}

/** Changing a published response: members of its organisation and admins. The page then shows it as edited. */
export default async function EditResponsePage({ params }: Props) {
  const { id, responseId } = await params;
  const actor = await getActor();
  if (!actor)
    redirect(`/sign-in?returnTo=${encodeURIComponent(`/partner/questions/${id}/responses/${responseId}/edit`)}`);
  if (!worksOnQuestions(actor)) forbidden();
  const response = await getEditableResponse(id, responseId, actor);
  if (!response) return <PageNotFound />;
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href={`/partner/questions/${id}`}>Back to the question</Link>
      </p>
      <span className="mb-2 block text-xl text-muted">{response.questionTitle}</span>
      <h1 className="mb-4 text-4xl">Change the response from {response.organisation}</h1>
      <p className="mb-6">
        The public page will say the response was edited, and when. The earlier text is kept for partners to read.
        Nobody is notified of the change.
      </p>
      <ResponseEditForm action={editResponseAction.bind(null, response.id)} saved={response.body} />
    </div>
  );
}
