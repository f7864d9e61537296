import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getAdminHomeCounts } from "@/lib/admin/home/queries";
import { plural } from "@/lib/format";

export const metadata = { title: "Admin" };

const count = (n: number) => n.toLocaleString("en-GB");

/** The administrators' home: every admin area, with what needs attention counted. */
export default async function AdminHomePage() {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/admin");
  if (!can(actor, "organisation.manage")) forbidden();
  const counts = await getAdminHomeCounts(actor);

  const areas: { href: string; title: string; description: string; figure?: string }[] = [
    {
      href: "/moderation",
      title: "Moderation queue",
      description: "Questions, comments and names waiting for a moderator.",
      figure: `${count(counts.waitingForModeration)} waiting`,
    },
    {
      href: "/admin/safeguarding",
      title: "Safeguarding concerns",
      description: "Posts a moderator marked because someone may be at risk.",
      figure: `${count(counts.openSafeguardingConcerns)} open`,
    },
    {
      href: "/admin/organisations",
      title: "Organisations",
      description: "Partner organisations: add one, change its details, deactivate it.",
      figure: `${count(counts.organisations)} active`,
    },
    {
      href: "/admin/people",
      title: "People, roles and memberships",
      description: "Find a person; make them a moderator or administrator; add them to an organisation.",
      figure: `${plural(counts.people, "active account")}, ${plural(counts.pendingInvitations, "invitation")} waiting`,
    },
    {
      href: "/admin/themes",
      title: "Themes",
      description: "The themes people choose for their questions: add, rename, retire.",
    },
    {
      href: "/admin/settings",
      title: "Settings",
      description: "Response target, bank holidays, moderation thresholds, blocked words and help text.",
    },
    {
      href: "/admin/population",
      title: "Population figures",
      description: "The Census 2021 residents that the “Who is taking part” page compares people with.",
    },
    {
      href: "/admin/audit",
      title: "Audit log",
      description: "Every privileged action: who did what, to what, and when.",
    },
    {
      href: "/admin/security",
      title: "Security events",
      description: "Sign-ins, lock-outs, password resets and refused actions.",
    },
    {
      href: "/admin/feedback",
      title: "Feedback",
      description: "Messages sent through the contact page.",
    },
  ];

  return (
    <div className="max-w-4xl">
      <h1 className="mb-4 text-4xl">Admin</h1>
      <p className="mb-8">Only administrators can see these pages.</p>
      <h2 className="mb-4 text-2xl">At a glance</h2>
      <dl className="mb-10 grid gap-4 sm:grid-cols-3">
        {[
          { label: "People with active accounts", value: counts.people },
          { label: "Active organisations", value: counts.organisations },
          { label: "Invitations waiting", value: counts.pendingInvitations },
          { label: "Items waiting for moderation", value: counts.waitingForModeration },
          { label: "Open safeguarding concerns", value: counts.openSafeguardingConcerns },
        ].map((figure) => (
          <div key={figure.label} className="border-l-4 border-line bg-wash px-4 py-3">
            <dt>{figure.label}</dt>
            <dd className="text-3xl font-bold">{count(figure.value)}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mb-4 text-2xl">Areas</h2>
      <ul className="space-y-6">
        {areas.map((area) => (
          <li key={area.href} className="border-b border-line pb-4">
            <h3 className="mb-1 text-xl">
              <Link href={area.href}>{area.title}</Link>
            </h3>
            <p>
              {area.description}
              {area.figure ? <span className="block font-bold">{area.figure}</span> : null}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
