import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { PageNotFound } from "@/components/layout/page-not-found";
import { OrganisationForm, ReactivateOrganisationForm } from "@/components/admin/organisation-forms";
import { NotificationBanner } from "@/components/forms/notification-banner";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { getOrganisationForAdmin } from "@/lib/organisations/queries";
import { ORGANISATION_KIND_OPTIONS, ORGANISATION_LIMITS, organisationPageIdSchema } from "@/lib/organisations/schemas";
import { reactivateOrganisationAction, updateOrganisationAction } from "../actions";
import { organisationPageMetadata } from "./page-metadata";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; deactivated?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return organisationPageMetadata((await params).id, "Organisation");
}

export default async function AdminOrganisationPage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(`/admin/organisations/${rawId}`)}`);
  if (!can(actor, "organisation.manage")) forbidden();
  const id = organisationPageIdSchema.safeParse(rawId);
  const organisation = id.success ? await getOrganisationForAdmin(actor, id.data) : null;
  // Not notFound(): a production build answers it with an empty page (see app/questions/[id]/page.tsx).
  if (!organisation) return <PageNotFound />;
  const { created, deactivated } = await searchParams;
  const membersHref = `/partner/members?organisation=${organisation.id}`;

  return (
    <div className="max-w-3xl">
      {/* Said only when it is true now: the address alone cannot make the page claim either. */}
      {created && !organisation.deactivatedAt ? (
        <NotificationBanner title="Success" tone="success">
          <p className="font-bold">{organisation.name} has been added.</p>
          <p>
            It has no members yet. <Link href={membersHref}>Add or invite its members</Link>.
          </p>
        </NotificationBanner>
      ) : null}
      {deactivated && organisation.deactivatedAt ? (
        <NotificationBanner title="Success" tone="success">
          <p className="font-bold">{organisation.name} has been deactivated.</p>
          <p>Its members lost their partner rights through it from their next page. Its history stays.</p>
        </NotificationBanner>
      ) : null}
      <p className="mb-4">
        <Link href="/admin/organisations">Back to organisations</Link>
      </p>
      <h1 className="mb-4 text-4xl">{organisation.name}</h1>
      <p className="mb-2">
        {organisation.deactivatedAt
          ? `Deactivated on ${formatDate(organisation.deactivatedAt)}. Its members have no partner rights through it, and nothing new can be claimed by, passed to or answered for it.`
          : "Active."}
      </p>
      <p className="mb-8">
        {organisation.members === 1 ? "1 member" : `${organisation.members.toLocaleString("en-GB")} members`}.{" "}
        <Link href={membersHref}>
          See and manage its members<span className="sr-only"> of {organisation.name}</span>
        </Link>
      </p>

      <h2 className="mb-4 text-2xl">Details</h2>
      <OrganisationForm
        action={updateOrganisationAction.bind(null, organisation.id)}
        saved={{
          name: organisation.name,
          slug: organisation.slug,
          kind: organisation.kind,
          description: organisation.description,
        }}
        kinds={ORGANISATION_KIND_OPTIONS}
        limits={ORGANISATION_LIMITS}
        submitLabel="Save changes"
      />

      {organisation.deactivatedAt ? (
        <section aria-labelledby="reactivate-heading">
          <h2 id="reactivate-heading" className="mb-2 text-2xl">
            Reactivate
          </h2>
          <p className="mb-4">Its members get their partner rights back from their next page.</p>
          <ReactivateOrganisationForm action={reactivateOrganisationAction.bind(null, organisation.id)} />
        </section>
      ) : (
        <section aria-labelledby="deactivate-heading">
          <h2 id="deactivate-heading" className="mb-2 text-2xl">
            Deactivate
          </h2>
          <p className="mb-4">
            Its members lose their partner rights through it. Its answers and history stay. You can reactivate it later.
          </p>
          <p>
            <Link href={`/admin/organisations/${organisation.id}/deactivate`}>
              Deactivate this organisation<span className="sr-only">: {organisation.name}</span>
            </Link>
          </p>
        </section>
      )}
    </div>
  );
}
