import type { Metadata } from "next";
import { ukToday } from "@/lib/commitments/today";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { CommitmentList } from "@/components/commitments/commitment-list";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { isAdmin } from "@/lib/auth/policy";

import { listCommitments } from "@/lib/commitments/queries";
import { commitmentListSchema } from "@/lib/commitments/schemas";

export const metadata: Metadata = { title: "Your organisation's commitments" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The commitments of the person's organisations (every organisation's, for an admin), soonest target first. */
export default async function PartnerCommitmentsPage({ searchParams }: Props) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/partner/commitments");
  if (!can(actor, "commitment.manage")) forbidden();
  const raw = await searchParams;
  const params = commitmentListSchema.parse({ after: Array.isArray(raw.after) ? raw.after[0] : raw.after });
  const page = await listCommitments(
    params,
    isAdmin(actor) ? {} : { organisationIds: actor.memberships.map((m) => m.organisationId) },
  );
  return (
    <div className="max-w-4xl">
      <p className="mb-4">
        <Link href="/partner">Back to the partner inbox</Link>
      </p>
      <h1 className="mb-4 text-4xl">
        {isAdmin(actor) ? "Every organisation's commitments" : "Your organisation's commitments"}
      </h1>
      <p className="mb-4">
        A commitment is a public promise to act on questions your organisation has answered: “you said, we did”. Keep
        each one up to date with its progress, milestones and updates; the public see them at{" "}
        <Link href="/commitments">You said, we did</Link>.
      </p>
      <p className="mb-6">
        <Link href="/partner/commitments/new">Make a commitment</Link>
      </p>
      {page.items.length ? (
        <CommitmentList items={page.items} today={ukToday()} hrefOf={(id) => `/partner/commitments/${id}`} />
      ) : (
        <p>No commitments yet. Make one from an answered question&apos;s triage page, or with the link above.</p>
      )}
      {page.next ? (
        <nav aria-label="Pages of commitments" className="mt-8">
          <Link href={`/partner/commitments?after=${encodeURIComponent(page.next)}`} rel="next">
            Next page<span className="sr-only"> of commitments</span>
          </Link>
        </nav>
      ) : null}
    </div>
  );
}
