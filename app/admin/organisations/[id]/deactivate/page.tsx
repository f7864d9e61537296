import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { PageNotFound } from "@/components/layout/page-not-found";
import { DeactivateOrganisationForm } from "@/components/admin/organisation-forms";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getOrganisationForAdmin } from "@/lib/organisations/queries";
import { organisationPageIdSchema } from "@/lib/organisations/schemas";
import { deactivateOrganisationAction } from "../../actions";
import { organisationPageMetadata } from "../page-metadata";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return organisationPageMetadata((await params).id, "Deactivate an organisation");
}

/** The "are you sure?" step before deactivating, saying what it does to the organisation's members. */
export default async function DeactivateOrganisationPage({ params }: Props) {
  const { id: rawId } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(`/admin/organisations/${rawId}/deactivate`)}`);
  if (!can(actor, "organisation.manage")) forbidden();
  const id = organisationPageIdSchema.safeParse(rawId);
  const organisation = id.success ? await getOrganisationForAdmin(actor, id.data) : null;
  // Not notFound(): a production build answers it with an empty page (see app/questions/[id]/page.tsx).
  if (!organisation) return <PageNotFound />;
  const back = `/admin/organisations/${organisation.id}`;
  if (organisation.deactivatedAt) redirect(back);

  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">Deactivate {organisation.name}?</h1>
      <ul className="mb-6 list-disc space-y-2 pl-6">
        <li>
          Its {organisation.members === 1 ? "1 member loses" : `${organisation.members} members lose`} the
          organisation&apos;s inbox and every partner right through it, from their next page.
        </li>
        <li>Nothing new can be claimed by, passed to, answered for or added to it.</li>
        <li>Its published answers and its history stay, under its name.</li>
        <li>You can reactivate it later.</li>
      </ul>
      <DeactivateOrganisationForm action={deactivateOrganisationAction.bind(null, organisation.id)} cancelHref={back} />
    </div>
  );
}
