import { PageNotFound, PAGE_NOT_FOUND_METADATA } from "@/components/layout/page-not-found";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { RemoveMembershipForm } from "@/components/admin/person-role-forms";
import { NotificationBanner } from "@/components/forms/notification-banner";
import { InviteForm, MembershipRoleForm, WithdrawInvitationForm } from "@/components/memberships/team-forms";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { isAdmin } from "@/lib/auth/policy";
import { formatDate } from "@/lib/format";
import { findMember, getTeam, teamsManagedBy } from "@/lib/memberships/queries";
import { membersPageSchema, membersPath } from "@/lib/memberships/schemas";
import { changeMembershipRoleAction, inviteAction, removeMemberAction, withdrawInvitationAction } from "./actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

async function pageParams(searchParams: Props["searchParams"]) {
  const raw = await searchParams;
  return membersPageSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, first(v)])));
}

/**
 * The title of what the page shows, as its heading says it: the choice of team, the team, the removal step, or
 * "Page not found" for an administrator opening an organisation that is not there. It reads what the page reads
 * (cached for the request) and refuses nothing itself.
 */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const metadata = { title: "Your organisation's team" };
  const [actor, params] = await Promise.all([getActor(), pageParams(searchParams)]);
  if (!actor || !can(actor, "membership.invite")) return metadata;
  const teams = await teamsManagedBy(actor);
  const chosen = params.organisation ?? (teams.length === 1 ? teams[0]!.id : undefined);
  if (chosen === undefined) return { title: teams.length ? "Choose a team" : metadata.title };
  const organisation = teams.find((team) => team.id === chosen);
  if (!organisation) return isAdmin(actor) ? PAGE_NOT_FOUND_METADATA : metadata;
  if (!params.remove) return metadata;
  const member = await findMember(organisation.id, params.remove);
  return {
    title: member ? `Remove ${member.user.displayName} from ${organisation.name}?` : "There is nothing to remove",
  };
}

/**
 * An organisation's team, for its leads and for administrators: who is in it, the invitations still waiting,
 * inviting someone by email, and removing a member (a confirmation step of its own). Administrators also make
 * a member a lead or back. Someone who leads several organisations picks one first.
 */
export default async function TeamPage({ searchParams }: Props) {
  const params = await pageParams(searchParams);
  const actor = await getActor();
  if (!actor) {
    const back = params.organisation ? membersPath(params.organisation) : "/partner/members";
    redirect(`/sign-in?returnTo=${encodeURIComponent(back)}`);
  }
  if (!can(actor, "membership.invite")) forbidden();
  const teams = await teamsManagedBy(actor);
  if (!teams.length) forbidden();

  const chosen = params.organisation ?? (teams.length === 1 ? teams[0]!.id : undefined);
  if (chosen === undefined) {
    return (
      <div className="max-w-3xl">
        <p className="mb-4">
          <Link href="/partner">Back to the partner inbox</Link>
        </p>
        <h1 className="mb-6 text-4xl">Choose a team</h1>
        <p className="mb-4">Choose the organisation whose members and invitations you want to see.</p>
        <ul className="list-disc space-y-2 pl-6">
          {teams.map((team) => (
            <li key={team.id}>
              <Link href={membersPath(team.id)}>
                {team.name}
                {team.deactivatedAt ? " (deactivated)" : ""}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const organisation = teams.find((team) => team.id === chosen);
  // An administrator may open any organisation's team, so a missing one is simply not there; for a lead, any
  // other organisation is one they do not lead.
  if (!organisation) {
    if (isAdmin(actor)) return <PageNotFound />;
    forbidden();
  }
  const back = membersPath(organisation.id);

  if (params.remove) {
    const member = await findMember(organisation.id, params.remove);
    return (
      <div className="max-w-2xl">
        <p className="mb-4">
          <Link href={back}>Back</Link>
        </p>
        {member ? (
          <>
            <h1 className="mb-6 text-4xl">
              Remove {member.user.displayName} from {organisation.name}?
            </h1>
            <p className="mb-4">
              They are a {member.role} of {organisation.name}. If you remove them, they lose everything they could see
              and do as a member of it, from their very next page. What they wrote stays, under their name.
            </p>
            {member.user.id === actor.id ? (
              <p className="mb-4 font-bold">
                This is you. An organisation needs a lead: if you are its only lead, make another member a lead first.
              </p>
            ) : null}
            <p className="mb-8">You can invite them again later.</p>
            <RemoveMembershipForm
              action={removeMemberAction}
              userId={member.user.id}
              organisationId={organisation.id}
              cancelHref={back}
            />
          </>
        ) : (
          <>
            <h1 className="mb-6 text-4xl">There is nothing to remove</h1>
            <p>That person is not a member of {organisation.name} (any more).</p>
          </>
        )}
      </div>
    );
  }

  const [team, removedStillMember] = await Promise.all([
    getTeam(actor, organisation.id, { members: params.members, invitations: params.invitations }),
    params.removed ? findMember(organisation.id, params.removed) : null,
  ]);
  const admin = isAdmin(actor);
  const active = !organisation.deactivatedAt;

  return (
    <div className="max-w-4xl">
      {/* Said only when it is true now: the address alone cannot make the page claim a removal. */}
      {params.removed && !removedStillMember ? (
        <NotificationBanner title="Success" tone="success">
          <p className="font-bold">That person is no longer a member of {organisation.name}.</p>
          <p>They lost what they could see and do as a member from their next page.</p>
        </NotificationBanner>
      ) : null}
      <p className="mb-4">
        <Link href="/partner">Back to the partner inbox</Link>
        {teams.length > 1 ? (
          <>
            {" "}
            or <Link href="/partner/members">choose another team</Link>
          </>
        ) : null}
      </p>
      <span className="mb-2 block text-xl text-muted">{organisation.name}</span>
      <h1 className="mb-6 text-4xl">Your organisation&apos;s team</h1>
      {!active ? (
        <p className="mb-6 border-l-4 border-brand pl-4">
          {organisation.name} is deactivated: its members have no partner rights, and nobody can be invited to it.
        </p>
      ) : null}

      <h2 className="mb-4 text-2xl">Members</h2>
      {team.members.items.length ? (
        <table className="mb-4 w-full border-collapse text-left">
          <caption className="sr-only">Members of {organisation.name}</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-2 pr-4">
                Name
              </th>
              <th scope="col" className="py-2 pr-4">
                Email
              </th>
              <th scope="col" className="py-2 pr-4">
                Role
              </th>
              <th scope="col" className="py-2 pr-4">
                Member since
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {team.members.items.map((member) => (
              <tr key={member.userId} className="border-b border-line align-top">
                <td className="py-3 pr-4">
                  {member.displayName}
                  {member.userId === actor.id ? " (you)" : ""}
                </td>
                <td className="py-3 pr-4 break-all">{member.email ?? "No email address"}</td>
                <td className="py-3 pr-4">{member.role === "lead" ? "Lead" : "Member"}</td>
                <td className="py-3 pr-4">{formatDate(member.since)}</td>
                <td className="space-y-2 py-3">
                  <Link href={membersPath(organisation.id, { remove: member.userId })}>
                    Remove<span className="sr-only"> {member.displayName}</span>
                  </Link>
                  {admin ? (
                    <MembershipRoleForm
                      action={changeMembershipRoleAction}
                      userId={member.userId}
                      organisationId={organisation.id}
                      currentRole={member.role}
                      name={member.displayName}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mb-4">{organisation.name} has no members yet.</p>
      )}
      {team.members.next ? (
        <p className="mb-8">
          <Link
            href={membersPath(organisation.id, {
              members: team.members.next,
              ...(params.invitations ? { invitations: params.invitations } : {}),
            })}
          >
            More members
          </Link>
        </p>
      ) : null}

      <h2 className="mt-10 mb-4 text-2xl">Invitations waiting to be used</h2>
      {team.invitations.items.length ? (
        <table className="mb-4 w-full border-collapse text-left">
          <caption className="sr-only">Invitations to {organisation.name} not yet used</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-2 pr-4">
                Sent to
              </th>
              <th scope="col" className="py-2 pr-4">
                Role
              </th>
              <th scope="col" className="py-2 pr-4">
                Sent by
              </th>
              <th scope="col" className="py-2 pr-4">
                Expires
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {team.invitations.items.map((invitation) => (
              <tr key={invitation.id} className="border-b border-line align-top">
                <td className="py-3 pr-4 break-all">{invitation.email}</td>
                <td className="py-3 pr-4">{invitation.role === "lead" ? "Lead" : "Member"}</td>
                <td className="py-3 pr-4">{invitation.invitedBy}</td>
                <td className="py-3 pr-4">{formatDate(invitation.expiresAt)}</td>
                <td className="py-3">
                  <WithdrawInvitationForm
                    action={withdrawInvitationAction}
                    invitationId={invitation.id}
                    email={invitation.email}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mb-4">No invitations are waiting.</p>
      )}
      {team.invitations.next ? (
        <p className="mb-8">
          <Link
            href={membersPath(organisation.id, {
              invitations: team.invitations.next,
              ...(params.members ? { members: params.members } : {}),
            })}
          >
            More invitations
          </Link>
        </p>
      ) : null}

      {active ? (
        <section aria-labelledby="invite-heading" className="mt-10">
          <h2 id="invite-heading" className="mb-4 text-2xl">
            Invite someone to {organisation.name}
          </h2>
          <InviteForm action={inviteAction} organisationId={organisation.id} />
        </section>
      ) : null}
    </div>
  );
}
