import type { Metadata } from "next";
import Link from "next/link";
import { EventList } from "@/components/events/event-list";
import { getActor } from "@/lib/auth/actor";
import { offersForm } from "@/lib/auth/permissions";
import { listEvents } from "@/lib/events/queries";
import { eventListSchema, type EventListParams } from "@/lib/events/schemas";

export const metadata: Metadata = { title: "Events" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function pageLink(when: EventListParams["when"], after?: string): string {
  const search = new URLSearchParams();
  if (when === "past") search.set("when", "past");
  if (after) search.set("after", after);
  const query = search.toString();
  return query ? `/events?${query}` : "/events";
}

/**
 * School workshops, public meetings and online sessions: the upcoming ones, soonest first, and the past ones, with
 * what was asked there. A page of each at a time (keyset), chosen in the address so a view can be shared.
 */
export default async function EventsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const params = eventListSchema.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const [result, actor] = await Promise.all([listEvents(params), getActor()]);
  const past = params.when === "past";
  const tabs = [
    { when: "upcoming" as const, label: "Upcoming events" },
    { when: "past" as const, label: "Past events" },
  ];

  return (
    <div className="max-w-4xl">
      <h1 className="mb-4 text-4xl">Events</h1>
      <p className="mb-4">
        At My Smarter Essex events, secondary-school students, teachers, local businesses, the council and the
        university meet in one room. Anyone there can ask a question with the event’s join code, without an account or
        an email address. After the event its questions are published here and go to the partners to answer, like any
        other question.
      </p>
      {offersForm(actor, "event.manage") ? (
        <p className="mb-6">
          <Link href="/events/new">Create an event</Link>
        </p>
      ) : null}
      <nav aria-label="Upcoming or past events" className="mb-6">
        <ul className="flex flex-wrap gap-6 border-b border-line">
          {tabs.map((tab) => (
            <li key={tab.when}>
              <Link
                href={pageLink(tab.when)}
                aria-current={params.when === tab.when ? "page" : undefined}
                className={`inline-block pb-2 text-xl ${params.when === tab.when ? "border-b-4 border-brand font-bold no-underline" : ""}`}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="mb-4 text-2xl">{past ? "Past events" : "Upcoming events"}</h2>
      {result.items.length ? (
        <EventList items={result.items} past={past} />
      ) : (
        <p className="py-4 text-xl font-bold">
          {past ? "No past events yet." : "No events are planned at the moment."}
        </p>
      )}
      <nav aria-label="Pages of events" className="mt-8 flex flex-wrap gap-6">
        {params.after ? <Link href={pageLink(params.when)}>First page</Link> : null}
        {result.next ? (
          <Link href={pageLink(params.when, result.next)} rel="next">
            Next page<span className="sr-only"> of {past ? "past" : "upcoming"} events</span>
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
