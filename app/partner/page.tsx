import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { InboxFilters } from "@/components/partner/inbox-filters";
import { InboxList } from "@/components/partner/inbox-list";
import { inboxViewLabel, InboxViews } from "@/components/partner/inbox-views";
import { getActor } from "@/lib/auth/actor";
import { can, worksOnQuestions } from "@/lib/auth/permissions";
import { teamManagementAccess } from "@/lib/memberships/policy";
import { membersPath } from "@/lib/memberships/schemas";
import { plural } from "@/lib/format";
import { QUESTION_STATUSES, statusLabel } from "@/lib/questions/status";
import { listDistricts } from "@/lib/reference/queries";
import { listActiveThemes } from "@/lib/themes/queries";
import { inboxHref, parseInboxParams } from "@/lib/triage/inbox-params";
import { getPartnerInbox, resolveInboxScope } from "@/lib/triage/inbox-queries";
import { InboxExportForm } from "./export/inbox-export-form";

export const metadata: Metadata = { title: "Partner inbox" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The partner inbox: the questions waiting in the shared pool and those an organisation holds, with a count on
 * each view, filters, sorts and pages all in the address. Members of an organisation and admins only.
 */
export default async function PartnerInboxPage({ searchParams }: Props) {
  const raw = await searchParams;
  const actor = await getActor();
  if (!actor) {
    const query = new URLSearchParams(
      Object.entries(raw).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? v[0]! : v]])),
    ).toString();
    redirect(`/sign-in?returnTo=${encodeURIComponent(query ? `/partner?${query}` : "/partner")}`);
  }
  if (!worksOnQuestions(actor)) forbidden();

  const requested = parseInboxParams(raw);
  const scope = await resolveInboxScope(actor, requested.organisation);
  // The address names the organisation only where there is a choice, and always the one actually shown.
  const params = {
    ...requested,
    organisation: scope.choices.length > 1 ? (scope.organisation?.slug ?? undefined) : undefined,
  };
  const [inbox, themes, districts] = await Promise.all([
    getPartnerInbox(actor, scope, params),
    listActiveThemes(),
    listDistricts(),
  ]);
  const organisationName = scope.organisation?.name ?? null;
  const viewLabel = inboxViewLabel(params.view, organisationName);

  return (
    <div>
      <span className="mb-2 block text-xl text-muted">{organisationName ?? "Partners"}</span>
      <h1 className="mb-6 text-4xl">Partner inbox</h1>
      <p className="mb-6 max-w-3xl">
        Questions waiting in the pool can be claimed by any partner organisation. Once claimed, the answer is due within
        the response target, counted in working days (weekends and bank holidays do not count).
      </p>
      <p className="mb-6">
        <Link href="/partner/priorities">Priorities</Link>: what the public supports most, how broadly, and how each
        organisation responds.
      </p>
      <p className="mb-6">
        <Link href="/partner/commitments">Commitments</Link>: your organisation&apos;s public promises on the questions
        it answered, with their progress and updates (“you said, we did”).
      </p>
      <p className="mb-6">
        <Link href="/partner/templates">Answer templates</Link>: the standard paragraphs your organisation starts its
        responses from.
      </p>
      {scope.organisation && teamManagementAccess(actor, scope.organisation.id).allowed ? (
        <p className="mb-6">
          <Link href={membersPath(scope.organisation.id)}>Team of {scope.organisation.name}</Link>: its members, and
          inviting people to join.
        </p>
      ) : null}
      <InboxViews params={params} counts={inbox.counts} organisation={organisationName} />
      <InboxFilters
        params={params}
        organisations={scope.choices}
        organisationSlug={scope.organisation?.slug ?? null}
        themes={themes.map((t) => ({ value: t.slug, label: t.name }))}
        districts={districts.map((d) => ({ value: d.slug, label: d.name }))}
        statuses={QUESTION_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
      />

      {can(actor, "inbox.export") && inbox.counts[params.view] > 0 ? <InboxExportForm params={params} /> : null}

      <h2 className="mb-4 text-2xl">
        {viewLabel}: {plural(inbox.counts[params.view], "question")}
      </h2>
      {inbox.rows.length ? (
        <InboxList rows={inbox.rows} today={inbox.today} bankHolidays={inbox.bankHolidays} />
      ) : (
        <p className="py-4 text-xl">No questions in this view{params.after ? " after this point" : ""}.</p>
      )}

      <nav aria-label="Pages of the inbox" className="mt-8 flex flex-wrap gap-6">
        {params.after ? <Link href={inboxHref(params)}>First page</Link> : null}
        {inbox.next ? (
          <Link href={inboxHref(params, { after: inbox.next })} rel="next">
            Next page<span className="sr-only"> of questions</span>
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
