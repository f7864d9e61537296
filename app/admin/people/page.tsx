import { forbidden, redirect } from "next/navigation";
import {
  AddMembershipForm,
  FindPersonForm,
  PlatformRoleForm,
  RemoveMembershipForm,
} from "@/components/admin/person-role-forms";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { personPageSchema } from "@/lib/admin/people/schemas";
import { findPersonById } from "@/lib/admin/people/queries";
import { listOrganisations } from "@/lib/reference/queries";
import { addMembershipAction, changePlatformRoleAction, findPersonAction, removeMembershipAction } from "./actions";

export const metadata = { title: "Roles and memberships" };

export default async function AdminPeoplePage({ searchParams }: { searchParams: Promise<{ person?: string }> }) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/admin/people");
  if (!can(actor, "admin.changePlatformRole")) forbidden();

  // The search form posts the email address and comes back here with the person's opaque id only.
  const { person: personId } = personPageSchema.parse(await searchParams);
  const [person, organisations] = await Promise.all([personId ? findPersonById(personId) : null, listOrganisations()]);
  const memberOf = new Set(person?.memberships.map((m) => m.organisation.id));

  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-4xl">Roles and memberships</h1>
      <FindPersonForm action={findPersonAction} />

      {personId && !person ? <p>We could not find that person.</p> : null}
      {person ? (
        <section aria-labelledby="person-heading">
          <h2 id="person-heading" className="mb-2 text-3xl">
            {person.displayName}
          </h2>
          <p className="mb-6">
            {person.email}. Account {person.status}
            {person.emailVerifiedAt ? ", email confirmed" : ", email not confirmed"}.
          </p>
          {person.id === actor.id ? (
            <p className="mb-10">This is your own account. Another administrator must change your role.</p>
          ) : (
            <PlatformRoleForm action={changePlatformRoleAction} userId={person.id} current={person.platformRole} />
          )}

          <h3 className="mb-3 text-2xl">Organisations</h3>
          {person.memberships.length ? (
            <ul className="mb-8 space-y-4">
              {person.memberships.map((m) => (
                <li key={m.organisation.id} className="flex flex-wrap items-center gap-4 border-b border-line pb-4">
                  <span>
                    {m.organisation.name} ({m.role})
                  </span>
                  <RemoveMembershipForm
                    action={removeMembershipAction}
                    userId={person.id}
                    organisationId={m.organisation.id}
                    organisationName={m.organisation.name}
                  />
                </li>
              ))}
            </ul>
          ) : (
            <p className="mb-8">Not a member of any partner organisation.</p>
          )}
          <AddMembershipForm
            action={addMembershipAction}
            userId={person.id}
            organisations={organisations.filter((o) => !memberOf.has(o.id))}
          />
        </section>
      ) : null}
    </div>
  );
}
