import Link from "next/link";
import { formatDate, plural } from "@/lib/format";
import { eventKindLabel } from "@/lib/events/schemas";
import type { EventListItem } from "@/lib/events/queries";
import { EventTime } from "./event-time";

/** Events as a list a resident scans: name, kind, when, where, who runs it. */
export function EventList({ items, past }: { items: EventListItem[]; past: boolean }) {
  return (
    <ul className="divide-y divide-line border-y border-line">
      {items.map((event) => (
        <li key={event.id} className="py-5">
          <h3 className="mb-1 text-2xl">
            <Link href={`/events/${event.id}`}>{event.title}</Link>
          </h3>
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-bold">Kind</dt>
            <dd>{eventKindLabel(event.kind)}</dd>
            <dt className="font-bold">When</dt>
            <dd>
              <EventTime startsAt={event.startsAt} endsAt={event.endsAt} />
            </dd>
            <dt className="font-bold">Where</dt>
            <dd>{event.place}</dd>
            <dt className="font-bold">Organiser</dt>
            <dd>{event.organiser}</dd>
            {past ? (
              <>
                <dt className="font-bold">Questions</dt>
                <dd>
                  {event.questionCount
                    ? `${plural(event.questionCount, "question")} published`
                    : `None published yet (it ended on ${formatDate(event.endsAt)})`}
                </dd>
              </>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}
