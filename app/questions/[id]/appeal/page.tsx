import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageNotFound, PAGE_NOT_FOUND_METADATA } from "@/components/layout/page-not-found";
import { AppealPageView } from "@/components/moderation/appeal-page";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { appealPath } from "@/lib/moderation/appeals/decision";
import { getAppealPage } from "@/lib/moderation/appeals/queries";
import { getSignpostingLinks } from "@/lib/settings/queries";
import { appealDecisionAction } from "./actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const actor = await getActor();
  if (!actor || (await getAppealPage(id, null, actor)))
    return { title: "Appeal the decision about your question", robots: { index: false } };
  return PAGE_NOT_FOUND_METADATA;
}

/** The author appeals a moderator's decision on their question. Anyone else finds nothing here. */
export default async function QuestionAppealPage({ params }: Props) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(appealPath(id))}`);
  const page = await getAppealPage(id, null, actor);
  // Not notFound(): in a production build that is an empty page without JavaScript (see ../page.tsx).
  if (!page) return <PageNotFound />;
  const signposting = await getSignpostingLinks();
  return (
    <AppealPageView
      page={page}
      backHref={`/questions/${id}`}
      confirmed={can(actor, "post.appeal")}
      signposting={signposting}
      action={appealDecisionAction.bind(null, id, "")}
    />
  );
}
