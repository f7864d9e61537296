import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { SelectField } from "@/components/forms/select-field";
import { FocusedSuccessBanner } from "@/components/forms/focused-success-banner";
import { TemplateList } from "@/components/partner/template-list";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { listAnswerTemplates, listTemplateOrganisations } from "@/lib/answer-templates/queries";
import { templatesPageSchema } from "@/lib/answer-templates/schemas";

export const metadata: Metadata = { title: "Answer templates" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE: Record<"created" | "updated" | "deleted", string> = {
  created: "The template is saved. Everyone in your organisation can now insert it into a response.",
  updated: "Your changes to the template are saved.",
  deleted: "The template is deleted. Responses already written from it are not changed.",
};

/** An organisation's answer templates: the standard paragraphs its members insert into responses and then edit. */
export default async function AnswerTemplatesPage({ searchParams }: Props) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/partner/templates");
  if (!can(actor, "answerTemplate.manage")) forbidden();
  const params = templatesPageSchema.parse(await searchParams);
  const organisations = await listTemplateOrganisations(actor);
  if (!organisations.length) forbidden();
  const organisation = organisations.find((o) => o.id === params.organisation) ?? organisations[0]!;
  const page = await listAnswerTemplates(actor, organisation.id, params.after);

  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/partner">Back to the partner inbox</Link>
      </p>
      {params.done ? <FocusedSuccessBanner message={DONE[params.done]} /> : null}
      <h1 className="mb-4 text-4xl">Answer templates</h1>
      <p className="mb-6">
        Standard paragraphs your organisation uses in official responses. When you write a response you can insert one
        and then change it to fit the question.
      </p>
      {organisations.length > 1 ? (
        <form method="get" className="mb-8 flex flex-wrap items-end gap-4">
          <SelectField
            name="organisation"
            label="Organisation"
            options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
            defaultValue={String(organisation.id)}
            emptyLabel={null}
            spacing="mb-0"
          />
          <button
            type="submit"
            className="min-h-11 border-b-4 border-button-secondary-shadow bg-wash px-5 py-2 text-[1.1875rem] font-bold text-ink hover:bg-button-secondary-hover"
          >
            Show templates
          </button>
        </form>
      ) : null}
      <h2 className="mb-4 text-2xl">{organisation.name}</h2>
      <p className="mb-6">
        <Link href={`/partner/templates/new?organisation=${organisation.id}`}>Create a template</Link>
      </p>
      <TemplateList templates={page.items} />
      {page.next ? (
        <p className="mt-6">
          <Link href={`/partner/templates?organisation=${organisation.id}&after=${encodeURIComponent(page.next)}`}>
            Next templates
          </Link>
        </p>
      ) : null}
    </div>
  );
}
