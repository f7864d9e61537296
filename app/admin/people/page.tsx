import { forbidden, redirect } from "next/navigation";
import Link from "next/link";
import { AddMembershipForm, FindPersonForm, PlatformRoleForm } from "@/components/admin/person-role-forms";
import { NotificationBanner } from "@/components/forms/notification-banner";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { personPageSchema, removeMembershipPath } from "@/lib/admin/people/schemas";
import { findPersonById } from "@/lib/admin/people/queries";
import { listOrganisations } from "@/lib/reference/queries";
import { addMembershipAction, changePlatformRoleAction, findPersonAction } from "./actions";

export const metadata = { title: "Roles and memberships" };

export default async function AdminPeoplePage({
  searchParams,
}: {
  searchParams: Promise<{ person?: string; removed?: string }>;
}) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/admin/people");
  if (!can(actor, "admin.changePlatformRole")) forbidden();

  // The search form posts the email address and comes back here with the person's opaque id only.
  const { person: personId, removed } = personPageSchema.parse(await searchParams);
  const [person, organisations] = await Promise.all([personId ? findPersonById(personId) : null, listOrganisations()]);
  const memberOf = new Set(person?.memberships.map((m) => m.organisation.id));
  // Said only when it is true now: the address alone cannot make the page claim a removal.
  const removedFrom = person && removed && !memberOf.has(removed) ? organisations.find((o) => o.id === removed) : null;

  return (
    <div className="max-w-3xl">
      {removedFrom && person ? (
        <NotificationBanner title="Success" tone="success">
          <p className="font-bold">
            {person.displayName} is no longer a member of {removedFrom.name}.
          </p>
          <p>They lost what they could see and do as a member from their next page.</p>
        </NotificationBanner>
      ) : null}
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
                  <Link href={removeMembershipPath(person.id, m.organisation.id)}>
                    Remove<span className="sr-only"> from {m.organisation.name}</span>
                  </Link>
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
