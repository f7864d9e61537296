import type { Metadata } from "next";
import { PageNotFound, metadataIfFound } from "@/components/layout/page-not-found";
import { forbidden, redirect } from "next/navigation";
import { ItemReviewView } from "@/components/moderation/item-review";
import { getActor } from "@/lib/auth/actor";
import { isModerator } from "@/lib/auth/policy";
import { getNameReview } from "@/lib/moderation/queue-queries";
import { safeQueuePath } from "@/lib/moderation/schemas";
import { decideItemAction } from "../../actions";

type Props = {
  params: Promise<{ userId: string }>;
  searchParams: Promise<{ returnTo?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const metadata = { title: "Review a public name" };
  const actor = await getActor();
  if (!actor || !isModerator(actor)) return metadata;
  return metadataIfFound(await getNameReview((await params).userId, actor), metadata);
}

export default async function PublicNameReviewPage({ params, searchParams }: Props) {
  const { userId } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(`/moderation/names/${userId}`)}`);
  if (!isModerator(actor)) forbidden();
  const review = await getNameReview(userId, actor);
  if (!review) return <PageNotFound />;
  const { returnTo } = await searchParams;
  return <ItemReviewView review={review} action={decideItemAction} returnTo={safeQueuePath(returnTo)} />;
}
