import { forbidden, redirect } from "next/navigation";
import Link from "next/link";
import { AddMembershipForm, FindPersonForm, PlatformRoleForm } from "@/components/admin/person-role-forms";
import { MembershipRoleForm } from "@/components/memberships/team-forms";
import { NotificationBanner } from "@/components/forms/notification-banner";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { personPageSchema, removeMembershipPath } from "@/lib/admin/people/schemas";
import { countAdministrators, findPersonById } from "@/lib/admin/people/queries";
import { membersPath } from "@/lib/memberships/schemas";
import { listOrganisations } from "@/lib/reference/queries";
import { addMembershipAction, changeMembershipRoleAction, changePlatformRoleAction, findPersonAction } from "./actions";

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
  const [person, organisations, administrators] = await Promise.all([
    personId ? findPersonById(personId) : null,
    listOrganisations(),
    countAdministrators(),
  ]);
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
            <div className="mb-4 border-l-4 border-danger pl-4">
              <p className="font-bold">
                <span className="sr-only">Warning: </span>This is your own account.
                {administrators <= 1
                  ? " You are the only administrator, so you cannot step down: make someone else an administrator first."
                  : " If you choose another role you stop being an administrator at once, and lose this page and the other administration pages."}
              </p>
            </div>
          ) : null}
          <PlatformRoleForm action={changePlatformRoleAction} userId={person.id} current={person.platformRole} />

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
                  <Link href={membersPath(m.organisation.id)}>Team of {m.organisation.name}</Link>
                  <MembershipRoleForm
                    action={changeMembershipRoleAction}
                    userId={person.id}
                    organisationId={m.organisation.id}
                    currentRole={m.role}
                    name={`${person.displayName}, ${m.organisation.name}`}
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
