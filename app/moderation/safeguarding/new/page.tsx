import type { Metadata } from "next";
import { PageNotFound, metadataIfFound } from "@/components/layout/page-not-found";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { FocusedSuccessBanner } from "@/components/forms/focused-success-banner";
import { MarkConcernForm } from "@/components/moderation/safeguarding-forms";
import { SafeguardingSteps } from "@/components/moderation/safeguarding-steps";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getSafeguardingSteps } from "@/lib/settings/moderation";
import { markConcernAccess } from "@/lib/safeguarding/policy";
import { getPostToMark, hasOpenConcern } from "@/lib/safeguarding/queries";
import { markConcernPageSchema } from "@/lib/safeguarding/schemas";
import { markConcernAction } from "../actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const metadata = { title: "Mark as a safeguarding concern" };
  const actor = await getActor();
  if (!actor || !can(actor, "moderation.markSafeguarding")) return metadata;
  const params = markConcernPageSchema.parse(await searchParams);
  return metadataIfFound(await getPostToMark(params.question, params.comment), metadata);
}

export default async function MarkConcernPage({ searchParams }: Props) {
  const params = markConcernPageSchema.parse(await searchParams);
  const actor = await getActor();
  if (!actor) {
    const query = params.comment ? `comment=${params.comment}` : `question=${params.question ?? ""}`;
    redirect(`/sign-in?returnTo=${encodeURIComponent(`/moderation/safeguarding/new?${query}`)}`);
  }
  if (!can(actor, "moderation.markSafeguarding")) forbidden();
  const post = await getPostToMark(params.question, params.comment);
  if (!post) return <PageNotFound />;
  const [steps, marked] = await Promise.all([getSafeguardingSteps(), hasOpenConcern(post)]);
  const access = markConcernAccess(actor, post);
  return (
    <div className="max-w-3xl">
      {marked && params.marked ? (
        <FocusedSuccessBanner message="Marked as a safeguarding concern. The post is hidden and the administrators have been alerted." />
      ) : null}
      <p className="mb-4">
        <Link href="/moderation">Back to the moderation queue</Link>
      </p>
      <h1 className="mb-6 text-4xl">Mark as a safeguarding concern</h1>
      <p className="mb-6">
        Use this when a post makes you worried that someone may be at risk of harm, for example a child telling us
        something is happening to them. The post is hidden at once, and the CSES administrators are alerted straight
        away by email and in the portal.
      </p>
      <section aria-labelledby="post-heading" className="mb-8 border-2 border-line p-4">
        <h2 id="post-heading" className="mb-2 text-2xl">
          {post.kind === "comment" ? `Comment on “${post.questionTitle}”` : post.questionTitle}
        </h2>
        <p className="mb-2 text-muted">Written by {post.authorName}</p>
        <p className="whitespace-pre-line">{post.body}</p>
      </section>
      <SafeguardingSteps steps={steps} />
      {marked ? (
        <p className="mb-6 font-bold">
          This post is marked as a safeguarding concern. The administrators have been alerted.
        </p>
      ) : access.allowed ? (
        <MarkConcernForm action={markConcernAction} post={{ kind: post.kind, id: post.id }} />
      ) : (
        <p className="mb-6">{access.reason}</p>
      )}
    </div>
  );
}
