import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { TemplateForm } from "@/components/partner/template-form";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { listTemplateOrganisations } from "@/lib/answer-templates/queries";
import { templatesPageSchema } from "@/lib/answer-templates/schemas";
import { createAnswerTemplateAction } from "../actions";

export const metadata: Metadata = { title: "Create an answer template" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewAnswerTemplatePage({ searchParams }: Props) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/partner/templates/new");
  if (!can(actor, "answerTemplate.manage")) forbidden();
  const { organisation } = templatesPageSchema.parse(await searchParams);
  const organisations = await listTemplateOrganisations(actor);
  if (!organisations.length) forbidden();
  const chosen = organisations.find((o) => o.id === organisation) ?? organisations[0]!;
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href={`/partner/templates?organisation=${chosen.id}`}>Back to the answer templates</Link>
      </p>
      <h1 className="mb-6 text-4xl">Create an answer template</h1>
      <TemplateForm
        action={createAnswerTemplateAction}
        organisations={organisations}
        organisationId={chosen.id}
        submitLabel="Save template"
      />
    </div>
  );
}
