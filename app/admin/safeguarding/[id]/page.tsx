import type { Metadata } from "next";
import { PageNotFound, metadataIfFound } from "@/components/layout/page-not-found";
import Link from "next/link";
import { redirect } from "next/navigation";
import { z } from "zod";
import { FocusedSuccessBanner } from "@/components/forms/focused-success-banner";
import { CloseConcernForm } from "@/components/moderation/safeguarding-forms";
import { SafeguardingSteps } from "@/components/moderation/safeguarding-steps";
import { ageBandLabel } from "@/lib/accounts/profile/options";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";
import { getSafeguardingSteps } from "@/lib/settings/moderation";
import { getConcern } from "@/lib/safeguarding/queries";
import { closeConcernAction } from "../actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const actor = await getActor();
  const readable = actor && can(actor, "safeguarding.review") && z.uuid().safeParse(id).success;
  return metadataIfFound(readable && (await getConcern(actor, id)), { title: "Safeguarding concern" });
}

/** One concern in full, for admins; anyone else signed in is told there is no such page. */
export default async function SafeguardingConcernPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(`/admin/safeguarding/${id}`)}`);
  if (!can(actor, "safeguarding.review")) return <PageNotFound />;
  const concern = z.uuid().safeParse(id).success ? await getConcern(actor, id) : null;
  if (!concern) return <PageNotFound />;
  const [steps, { closed }] = await Promise.all([getSafeguardingSteps(), searchParams]);
  return (
    <div className="max-w-3xl">
      {closed === "1" && concern.closed ? <FocusedSuccessBanner message="The concern is closed." /> : null}
      <p className="mb-4">
        <Link href="/admin/safeguarding">Back to all concerns</Link>
      </p>
      <h1 className="mb-6 text-4xl">Safeguarding concern</h1>
      <dl className="mb-8 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-bold">Raised</dt>
        <dd>
          {formatDateTime(concern.createdAt)} by {concern.raisedByName}
        </dd>
        <dt className="font-bold">Written by</dt>
        <dd>
          {concern.subject.displayName} ({ageBandLabel(concern.subject.ageBand)})
        </dd>
        <dt className="font-bold">State</dt>
        <dd>{concern.closed ? `Closed ${formatDateTime(concern.closed.at)} by ${concern.closed.byName}` : "Open"}</dd>
      </dl>
      <section aria-labelledby="note-heading" className="mb-8">
        <h2 id="note-heading" className="mb-2 text-2xl">
          What made the moderator concerned
        </h2>
        <p className="whitespace-pre-line">{concern.note}</p>
      </section>
      <section aria-labelledby="post-heading" className="mb-8 border-2 border-line p-4">
        <h2 id="post-heading" className="mb-2 text-2xl">
          {concern.comment
            ? `The comment, on “${concern.question.title}”`
            : `The question: “${concern.question.title}”`}
        </h2>
        <p className="mb-2 text-muted">Hidden from everyone else while it is a concern.</p>
        <p className="whitespace-pre-line">{concern.comment ? concern.comment.body : concern.question.body}</p>
      </section>
      <SafeguardingSteps steps={steps} />
      {concern.closed ? (
        <section aria-labelledby="closing-heading">
          <h2 id="closing-heading" className="mb-2 text-2xl">
            What was done
          </h2>
          <p className="whitespace-pre-line">{concern.closed.note}</p>
        </section>
      ) : (
        <CloseConcernForm action={closeConcernAction} concernId={concern.id} />
      )}
    </div>
  );
}
