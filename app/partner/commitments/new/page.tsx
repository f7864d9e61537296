import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { z } from "zod";
import { CreateCommitmentForm } from "@/components/commitments/commitment-forms";
import { SelectField } from "@/components/forms/select-field";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { committableQuestions, organisationsToCommitFor } from "@/lib/commitments/queries";
import { plural } from "@/lib/format";
import { statusLabel } from "@/lib/questions/status";
import { createCommitmentAction } from "../actions";

export const metadata: Metadata = { title: "Make a commitment" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const paramsSchema = z.object({
  question: z.uuid().optional().catch(undefined),
  organisation: z.coerce.number().int().positive().optional().catch(undefined),
});

/**
 * Making a commitment: choose the answered questions it answers (the one whose triage page led here is ticked),
 * then say what, and by when. A person in several organisations (or an admin) first chooses which one commits.
 */
export default async function NewCommitmentPage({ searchParams }: Props) {
  const actor = await getActor();
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const params = paramsSchema.parse({ question: first(raw.question), organisation: first(raw.organisation) });
  if (!actor)
    redirect(
      `/sign-in?returnTo=${encodeURIComponent(`/partner/commitments/new${params.question ? `?question=${params.question}` : ""}`)}`,
    );
  if (!can(actor, "commitment.manage")) forbidden();
  const organisations = await organisationsToCommitFor(actor);
  if (!organisations.length) forbidden();
  const organisation = organisations.find((o) => o.id === params.organisation) ?? organisations[0]!;
  const questions = await committableQuestions(organisation.id, params.question);
  const preselected = params.question && questions.some((q) => q.id === params.question) ? [params.question] : [];

  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href={params.question ? `/partner/questions/${params.question}` : "/partner/commitments"}>
          {params.question ? "Back to the question" : "Back to the commitments"}
        </Link>
      </p>
      <h1 className="mb-4 text-4xl">Make a commitment</h1>
      <p className="mb-6">
        A commitment is a public promise to act on what people asked. It is shown on each question it answers and at
        “You said, we did”, with its progress and updates, until you mark it delivered (with the evidence) or dropped
        (with the reason).
      </p>
      {organisations.length > 1 ? (
        <form method="get" className="mb-8 flex flex-wrap items-end gap-4">
          {params.question ? <input type="hidden" name="question" value={params.question} /> : null}
          <SelectField
            name="organisation"
            label="Organisation making the commitment"
            options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
            defaultValue={String(organisation.id)}
            emptyLabel={null}
            spacing="mb-0"
          />
          <button
            type="submit"
            className="min-h-11 border-b-4 border-button-secondary-shadow bg-wash px-5 py-2 text-[1.1875rem] font-bold text-ink hover:bg-button-secondary-hover"
          >
            Choose organisation
          </button>
        </form>
      ) : null}
      <h2 className="mb-4 text-2xl">For {organisation.name}</h2>
      {questions.length ? (
        <CreateCommitmentForm
          action={createCommitmentAction}
          organisationId={organisation.id}
          questions={questions.map((q) => ({
            value: q.id,
            label: `${q.title} (${statusLabel(q.status)}, ${plural(q.supportCount, "supporter")})`,
          }))}
          preselected={preselected}
        />
      ) : (
        <p>
          {organisation.name} has no answered questions to make a commitment on. A commitment answers questions your
          organisation holds or has answered in public: publish a response first.
        </p>
      )}
    </div>
  );
}
