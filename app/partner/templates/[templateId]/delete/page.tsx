import { PageNotFound, PAGE_NOT_FOUND_METADATA } from "@/components/layout/page-not-found";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { AccountActionButton } from "@/components/accounts/account-action-button";
import { Markdown } from "@/components/markdown";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getAnswerTemplate } from "@/lib/answer-templates/queries";
import { deleteAnswerTemplateAction } from "../../actions";

type Props = { params: Promise<{ templateId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { templateId } = await params;
  const template = await getAnswerTemplate(templateId, await getActor());
  return template ? { title: `Delete the template “${template.title}”?` } : PAGE_NOT_FOUND_METADATA;
}

/** "Are you sure?" before a template is deleted: a page of its own, so it works without JavaScript. */
export default async function DeleteAnswerTemplatePage({ params }: Props) {
  const { templateId } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(`/partner/templates/${templateId}/delete`)}`);
  if (!can(actor, "answerTemplate.manage")) forbidden();
  const template = await getAnswerTemplate(templateId, actor);
  if (!template) return <PageNotFound />;
  const back = `/partner/templates?organisation=${template.organisationId}`;
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href={back}>Back to the answer templates</Link>
      </p>
      <span className="mb-2 block text-xl text-muted">{template.organisation}</span>
      <h1 className="mb-6 text-4xl">Delete the template &ldquo;{template.title}&rdquo;?</h1>
      <div className="mb-6 border-l-4 border-line pl-4">
        <Markdown>{template.body}</Markdown>
      </div>
      <p className="mb-4">
        Nobody in {template.organisation} will be able to insert it any more. Responses already written from it keep
        their text.
      </p>
      <div className="mb-6 border-l-4 border-danger pl-4 font-bold">
        <span className="sr-only">Warning: </span>This cannot be undone.
      </div>
      <AccountActionButton action={deleteAnswerTemplateAction.bind(null, template.id)} variant="warning">
        Delete template
      </AccountActionButton>
      <p className="mt-6">
        <Link href={back}>No, keep it</Link>
      </p>
    </div>
  );
}
