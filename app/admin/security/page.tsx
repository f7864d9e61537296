import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { SecurityEventFilters } from "@/components/admin/security-event-filters";
import { SecurityPersonForm } from "@/components/admin/security-person-form";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatDateTime, plural } from "@/lib/format";
import { listSecurityEvents, securityEventPerson, type SecurityEventRow } from "@/lib/security-events/queries";
import { describeSecurityEvent, securityEventsPageSchema, securityEventsPath } from "@/lib/security-events/schemas";
import { getSecurityEventRetentionDays } from "@/lib/settings/security";
import { findSecurityEventPersonAction } from "./actions";

export const metadata = { title: "Security events" };

type SearchParams = { kind?: string; user?: string; from?: string; to?: string; after?: string };

export default async function AdminSecurityPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/admin/security");
  if (!can(actor, "securityEvent.read")) forbidden();
  const { values, errors, filter, after } = securityEventsPageSchema.parse(await searchParams);
  const [{ items, nextCursor }, person, retentionDays] = await Promise.all([
    listSecurityEvents(actor, filter, after),
    filter.userId ? securityEventPerson(actor, filter.userId) : null,
    getSecurityEventRetentionDays(),
  ]);
  const kept = { kind: values.kind, from: values.from, to: values.to };
  const here = { ...kept, user: filter.userId };

  return (
    <div className="max-w-4xl">
      <h1 className="mb-4 text-4xl">Security events</h1>
      <p className="mb-2">
        Sign-ins, lock-outs, password resets, signing out everywhere, refused actions and invitations used, newest
        first. Times are UK time.
      </p>
      <p className="mb-8">
        Events are kept for {plural(retentionDays, "day")}, then deleted.{" "}
        <Link href="/admin/settings">Change how long in the settings</Link>.
      </p>

      <SecurityPersonForm action={findSecurityEventPersonAction} filters={kept} />
      {filter.userId ? (
        <p className="mb-6">
          Showing events for {person ? personName(person) : "a person who could not be found"}.{" "}
          <Link href={securityEventsPath(kept)}>Show everyone&rsquo;s events</Link>
        </p>
      ) : null}
      <SecurityEventFilters values={values} errors={errors} userId={filter.userId} />

      {items.length ? (
        <ol className="mb-8 space-y-6">
          {items.map((event) => (
            <SecurityEventItem key={event.id} event={event} filters={kept} />
          ))}
        </ol>
      ) : (
        <p className="mb-8">{after ? "There are no older events." : "No events match."}</p>
      )}
      <nav aria-label="Pages of security events" className="flex gap-6">
        {after ? <Link href={securityEventsPath(here)}>Newest events</Link> : null}
        {nextCursor ? <Link href={securityEventsPath({ ...here, after: nextCursor })}>Older events</Link> : null}
      </nav>
    </div>
  );
}

function personName(person: { displayName: string; email: string | null }): string {
  return person.email ? `${person.displayName} (${person.email})` : person.displayName;
}

function SecurityEventItem({
  event,
  filters,
}: {
  event: SecurityEventRow;
  filters: { kind: string; from: string; to: string };
}) {
  return (
    <li className="border-b border-line pb-6">
      <h2 className="mb-2 text-xl">{describeSecurityEvent(event.kind)}</h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-bold">When</dt>
        <dd>{formatDateTime(event.createdAt)}</dd>
        <dt className="font-bold">Who</dt>
        <dd>
          {event.person ? (
            <Link href={securityEventsPath({ ...filters, user: event.person.id })}>
              {personName({ ...event.person, email: event.person.email ?? event.email })}
              <span className="sr-only">: show only their events</span>
            </Link>
          ) : event.email ? (
            `${event.email} (no account uses this address)`
          ) : (
            "Not known"
          )}
        </dd>
        {event.action ? (
          <>
            <dt className="font-bold">Action</dt>
            <dd>
              <code>{event.action}</code>
            </dd>
          </>
        ) : null}
        <dt className="font-bold">IP address</dt>
        <dd>{event.ip ?? "Not recorded"}</dd>
        <dt className="font-bold">Request</dt>
        <dd className="break-all">{event.requestId ? <code>{event.requestId}</code> : "Not recorded"}</dd>
      </dl>
    </li>
  );
}
