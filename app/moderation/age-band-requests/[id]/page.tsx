import type { Metadata } from "next";
import { PageNotFound, metadataIfFound } from "@/components/layout/page-not-found";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { z } from "zod";
import { AgeBandDecisionForm } from "@/components/accounts/age-band-decision-form";
import { findPendingAgeBandRequest } from "@/lib/accounts/age-band-requests/queries";
import { ageBandLabel } from "@/lib/accounts/profile/options";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { decideAgeBandRequestAction } from "../actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const metadata = { title: "Decide an age group change" };
  const { id } = await params;
  const actor = await getActor();
  if (!actor || !can(actor, "moderation.decideAgeBandChange")) return metadata;
  return metadataIfFound(z.uuid().safeParse(id).success && (await findPendingAgeBandRequest(id)), metadata);
}

export default async function AgeBandRequestPage({ params }: Props) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(`/moderation/age-band-requests/${id}`)}`);
  if (!can(actor, "moderation.decideAgeBandChange")) forbidden();
  const request = z.uuid().safeParse(id).success ? await findPendingAgeBandRequest(id) : null;
  if (!request) return <PageNotFound />;
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/moderation/age-band-requests">Back to all requests</Link>
      </p>
      <h1 className="mb-6 text-4xl">Decide an age group change</h1>
      <dl className="mb-8 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-bold">Public name</dt>
        <dd>{request.displayName}</dd>
        <dt className="font-bold">Age group now</dt>
        <dd>{ageBandLabel(request.fromBand)}</dd>
        <dt className="font-bold">Asked to change to</dt>
        <dd>{ageBandLabel(request.toBand)}</dd>
        <dt className="font-bold">Asked on</dt>
        <dd>{formatDate(request.createdAt)}</dd>
        <dt className="font-bold">Account created</dt>
        <dd>{formatDate(request.accountCreatedAt)}</dd>
      </dl>
      <AgeBandDecisionForm action={decideAgeBandRequestAction} requestId={request.id} />
    </div>
  );
}
