import { PageNotFound, PAGE_NOT_FOUND_METADATA } from "@/components/layout/page-not-found";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { ResponseComposer } from "@/components/partner/response-composer";
import { getActor } from "@/lib/auth/actor";
import { worksOnQuestions } from "@/lib/auth/permissions";
import { STAFF_ORGANISATION } from "@/lib/questions/speaker";
import { getResponseComposer } from "@/lib/responses/queries";
import { respondAction } from "./actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const composer = await getResponseComposer(id, await getActor());
  return composer ? { title: `Write a response: ${composer.question.title}` } : PAGE_NOT_FOUND_METADATA;
}

/** Writing an official response to a published question, for an organisation the person may answer for. */
export default async function RespondPage({ params }: Props) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(`/partner/questions/${id}/respond`)}`);
  if (!worksOnQuestions(actor)) forbidden();
  const composer = await getResponseComposer(id, actor);
  if (!composer) return <PageNotFound />;
  const { question, organisations, templates } = composer;
  // The response names the person and the organisations they speak for, as the public page will.
  const speaksFor = organisations.filter((o) => actor.memberships.some((m) => m.organisationId === o.id));
  const author = {
    name: actor.displayName,
    organisations: [...speaksFor.map((o) => o.name), ...(actor.platformRole === "citizen" ? [] : [STAFF_ORGANISATION])],
  };

  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href={`/partner/questions/${question.id}`}>Back to the question</Link>
      </p>
      <span className="mb-2 block text-xl text-muted">Official response</span>
      <h1 className="mb-4 text-4xl">{question.title}</h1>
      <p className="mb-6">
        Your response is published on the question&rsquo;s public page, in your organisation&rsquo;s name and yours. The
        person who asked and everyone following the question are told.
        {question.status === "open" || question.status === "under_review"
          ? " The question will show as answered."
          : null}
      </p>
      <ResponseComposer
        action={respondAction.bind(null, question.id)}
        organisations={organisations}
        templates={templates}
        author={author}
      />
    </div>
  );
}
