import { PageNotFound, PAGE_NOT_FOUND_METADATA } from "@/components/layout/page-not-found";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { StatusTag } from "@/components/questions/status-tag";
import { getActor } from "@/lib/auth/actor";
import { worksOnQuestions } from "@/lib/auth/permissions";
import { formatDate, plural } from "@/lib/format";
import { getTriageQuestion } from "@/lib/triage/queries";
import { AssignmentSection } from "./assignment/section";
import { ResponsesSection } from "./responses/section";
import { TagsSection } from "./tags/tags-section";
import { StatusSection } from "./status/status-section";
import { NotesSection } from "./notes/notes-section";
import { MergeSection } from "./merge/section";
import { CommitmentsSection } from "./commitments/section";

type Props = {
  params: Promise<{ id: string }>;
  /** After an action, which one it was (`?assignment=claimed`), for its section's success banner. */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const question = await getTriageQuestion(id, await getActor());
  return question ? { title: `Triage: ${question.title}` } : PAGE_NOT_FOUND_METADATA;
}

/**
 * A question as partners work on it: who holds it, and each triage action in its own section. Only members of
 * an organisation and admins open it; nothing here is ever shown to anyone else.
 */
export default async function TriageQuestionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const done = await searchParams;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(`/partner/questions/${id}`)}`);
  if (!worksOnQuestions(actor)) forbidden();
  const question = await getTriageQuestion(id, actor);
  if (!question) return <PageNotFound />;

  return (
    <div className="max-w-4xl">
      <p className="mb-4">
        <Link href="/partner">Back to the partner inbox</Link>
      </p>
      <span className="mb-2 block text-xl text-muted">Triage</span>
      <h1 className="mb-4 text-4xl">{question.title}</h1>
      <div className="mb-6 flex flex-wrap items-center gap-4">
        <StatusTag state={question.status} />
        <span>{plural(question.supportCount, "supporter")}</span>
        <span>Published {formatDate(question.publishedAt)}</span>
        <Link href={`/questions/${question.id}`}>Read it as the public sees it</Link>
      </div>
      <MergeSection question={question} actor={actor} merged={done.merged} />
      <AssignmentSection question={question} actor={actor} notice={done.assignment} />
      <ResponsesSection questionId={question.id} actor={actor} />
      <TagsSection questionId={question.id} actor={actor} />
      <StatusSection question={question} actor={actor} />
      <CommitmentsSection question={question} actor={actor} />
      <NotesSection questionId={question.id} actor={actor} />
    </div>
  );
}
