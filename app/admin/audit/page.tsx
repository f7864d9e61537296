import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { AuditEntries } from "@/components/admin/audit-entries";
import { AuditFilters } from "@/components/admin/audit-filters";
import { ErrorSummary } from "@/components/forms/error-summary";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { auditActorOptions, listAuditEntries } from "@/lib/audit/queries";
import { AUDIT_FILTER_FIELDS, auditFilterQuery, parseAuditFilters } from "@/lib/audit/schemas";
import { decodeSerialCursor } from "@/lib/keyset";

export const metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Every privileged action, newest first, for administrators: who did what to which record, when, from which
 * request, and what changed. Filters live in the address; the same entries can be downloaded as CSV.
 */
export default async function AuditLogPage({ searchParams }: Props) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/admin/audit");
  if (!can(actor, "audit.read")) forbidden();
  const params = await searchParams;
  const parsed = parseAuditFilters(params);
  const after = decodeSerialCursor(params.after);
  const chosenActor = parsed.ok ? parsed.filters.actorId : undefined;
  const [people, page] = await Promise.all([
    auditActorOptions(actor, chosenActor),
    parsed.ok ? listAuditEntries(actor, parsed.filters, after) : null,
  ]);
  const query = auditFilterQuery(parsed.values);

  return (
    <div className="max-w-4xl">
      {!parsed.ok ? <ErrorSummary errors={parsed.errors} fieldOrder={AUDIT_FILTER_FIELDS} /> : null}
      <h1 className="mb-4 text-4xl">Audit log</h1>
      <p className="mb-6">
        Every action taken with staff rights — moderation, roles and memberships, partners&apos; work on questions,
        settings — newest first. Times are UK time. Entries can never be changed or deleted.
      </p>
      <AuditFilters values={parsed.values} errors={parsed.ok ? {} : parsed.errors} people={people} />
      {page ? (
        <>
          {page.items.length ? (
            <>
              <p className="mb-6">
                <a href={`/admin/audit/export${query}`} download>
                  Download these entries as CSV
                </a>
              </p>
              <AuditEntries entries={page.items} />
            </>
          ) : (
            <p className="mb-8">{after ? "There are no older entries." : "No entries match these filters."}</p>
          )}
          <nav aria-label="Pages of the audit log" className="flex gap-6">
            {after ? <Link href={`/admin/audit${query}`}>Newest entries</Link> : null}
            {page.nextCursor ? (
              <Link href={`/admin/audit${auditFilterQuery(parsed.values, page.nextCursor)}`}>Older entries</Link>
            ) : null}
          </nav>
        </>
      ) : (
        <p className="mb-8">Correct the filters to see the entries.</p>
      )}
    </div>
  );
}
