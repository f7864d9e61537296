import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { RemoveMembershipForm } from "@/components/admin/person-role-forms";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { findPersonById } from "@/lib/admin/people/queries";
import { removeMembershipPageSchema } from "@/lib/admin/people/schemas";
import { removeMembershipAction } from "../actions";

export const metadata = { title: "Remove from an organisation" };

/** "Are you sure?" before a membership is removed: a page of its own, so it works without JavaScript. */
export default async function RemoveMembershipPage({
  searchParams,
}: {
  searchParams: Promise<{ person?: string; organisation?: string }>;
}) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/admin/people");
  if (!can(actor, "admin.manageMemberships")) forbidden();
  const { person: personId, organisation: organisationId } = removeMembershipPageSchema.parse(await searchParams);
  const person = personId ? await findPersonById(personId) : null;
  const membership = person?.memberships.find((m) => m.organisation.id === organisationId);
  const back = person ? `/admin/people?person=${person.id}` : "/admin/people";

  if (!person || !membership) {
    return (
      <div className="max-w-2xl">
        <h1 className="mb-6 text-4xl">There is nothing to remove</h1>
        <p className="mb-4">That person is not a member of that organisation (any more).</p>
        <p>
          <Link href={back}>Go back to roles and memberships</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href={back}>Back</Link>
      </p>
      <h1 className="mb-6 text-4xl">
        Remove {person.displayName} from {membership.organisation.name}?
      </h1>
      <p className="mb-4">
        They are a {membership.role} of {membership.organisation.name}. If you remove them, they lose everything they
        could see and do as a member of it, from their very next page. What they wrote stays, under their name.
      </p>
      <p className="mb-8">You can add them again later.</p>
      <RemoveMembershipForm
        action={removeMembershipAction}
        userId={person.id}
        organisationId={membership.organisation.id}
        cancelHref={back}
      />
    </div>
  );
}
