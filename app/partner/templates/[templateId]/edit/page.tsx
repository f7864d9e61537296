import { PageNotFound, PAGE_NOT_FOUND_METADATA } from "@/components/layout/page-not-found";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { TemplateForm } from "@/components/partner/template-form";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getAnswerTemplate } from "@/lib/answer-templates/queries";
import { updateAnswerTemplateAction } from "../../actions";

type Props = { params: Promise<{ templateId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { templateId } = await params;
  const template = await getAnswerTemplate(templateId, await getActor());
  return template ? { title: `Change the template “${template.title}”` } : PAGE_NOT_FOUND_METADATA;
}

export default async function EditAnswerTemplatePage({ params }: Props) {
  const { templateId } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(`/partner/templates/${templateId}/edit`)}`);
  if (!can(actor, "answerTemplate.manage")) forbidden();
  const template = await getAnswerTemplate(templateId, actor);
  if (!template) return <PageNotFound />;
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href={`/partner/templates?organisation=${template.organisationId}`}>Back to the answer templates</Link>
      </p>
      <span className="mb-2 block text-xl text-muted">{template.organisation}</span>
      <h1 className="mb-6 text-4xl">Change the template</h1>
      <TemplateForm
        action={updateAnswerTemplateAction.bind(null, template.id)}
        saved={{ title: template.title, body: template.body }}
        submitLabel="Save changes"
      />
    </div>
  );
}
