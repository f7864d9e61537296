import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { OrganisationForm } from "@/components/admin/organisation-forms";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { ORGANISATION_KIND_OPTIONS, ORGANISATION_LIMITS } from "@/lib/organisations/schemas";
import { createOrganisationAction } from "../actions";

export const metadata = { title: "Add an organisation" };

export default async function NewOrganisationPage() {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/admin/organisations/new");
  if (!can(actor, "organisation.manage")) forbidden();
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/admin/organisations">Back to organisations</Link>
      </p>
      <h1 className="mb-6 text-4xl">Add an organisation</h1>
      <p className="mb-6">It is active at once, with no members. Add members from its page afterwards.</p>
      <OrganisationForm
        action={createOrganisationAction}
        kinds={ORGANISATION_KIND_OPTIONS}
        limits={ORGANISATION_LIMITS}
        submitLabel="Add organisation"
      />
    </div>
  );
}
