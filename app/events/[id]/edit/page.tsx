import { PageNotFound, metadataIfFound } from "@/components/layout/page-not-found";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { EventForm } from "@/components/events/event-form";
import { getActor } from "@/lib/auth/actor";
import { isModerator } from "@/lib/auth/policy";
import { offersForm } from "@/lib/auth/permissions";
import { londonParts } from "@/lib/events/london-time";
import { TIMES_KEPT_AFTER_PUBLICATION } from "@/lib/events/policy";
import { eventEditAccess } from "@/lib/events/policy";
import { eventForEdit, facilitatorChoices, organisationsToOrganiseFor } from "@/lib/events/queries";
import { speakerLabel } from "@/lib/events/speaker-label";
import { editEventAction } from "../../actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataIfFound(await eventForEdit((await params).id), { title: "Change the event" });
}

const twoDigits = (n: number) => String(n).padStart(2, "0");

/** Changing an event's details and facilitators: its organiser, facilitators, and CSES moderators and administrators. */
export default async function EditEventPage({ params }: Props) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(`/events/${id}/edit`)}`);
  const event = await eventForEdit(id);
  if (!event) return <PageNotFound />;
  if (!offersForm(actor, "event.manage") || !eventEditAccess(actor, event.policy).allowed) forbidden();
  const [organisations, people] = await Promise.all([
    organisationsToOrganiseFor(actor, event.organisationId),
    facilitatorChoices(actor, event.id),
  ]);
  const chosen = event.organisationId;
  const start = londonParts(event.startsAt);
  const end = londonParts(event.endsAt);
  const saved = {
    title: event.title,
    kind: event.kind,
    description: event.description,
    dateDay: String(start.day),
    dateMonth: String(start.month),
    dateYear: String(start.year),
    startTime: `${twoDigits(start.hour)}:${twoDigits(start.minute)}`,
    endTime: `${twoDigits(end.hour)}:${twoDigits(end.minute)}`,
    place: event.place,
    organisationId: chosen === null ? "" : String(chosen),
    facilitatorIds: event.facilitatorIds.join(","),
  };
  const options = organisations.map((o) => ({ value: String(o.id), label: o.name }));
  // A facilitator who may no longer facilitate has no box to keep them ticked: say so before saving removes them.
  const leaving = event.facilitators.filter((f) => !people.some((p) => p.id === f.id));
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href={`/events/${event.id}`}>Back to the event</Link>
      </p>
      <span className="mb-2 block text-xl text-muted">{event.title}</span>
      <h1 className="mb-6 text-4xl">Change the event</h1>
      {leaving.length ? (
        <div className="mb-6 border-l-8 border-line p-4" role="note" aria-labelledby="leaving-heading">
          <h2 id="leaving-heading" className="mb-2 text-xl">
            {leaving.length === 1
              ? "A facilitator can no longer facilitate"
              : "Some facilitators can no longer facilitate"}
          </h2>
          <ul className="mb-2 list-disc pl-6">
            {leaving.map((f) => (
              <li key={f.id}>{speakerLabel(f.speaker)}</li>
            ))}
          </ul>
          <p>
            Only members of a partner organisation and CSES moderators and administrators with an active, confirmed
            account can facilitate. Saving your changes removes {leaving.length === 1 ? "this person" : "these people"}{" "}
            from the event&apos;s facilitators.
          </p>
        </div>
      ) : null}
      {event.publishedAt ? (
        <p className="mb-6 border-l-8 border-line p-4" role="note">
          {TIMES_KEPT_AFTER_PUBLICATION}
        </p>
      ) : null}
      <EventForm
        action={editEventAction.bind(null, event.id)}
        saved={saved}
        organisations={options}
        staffMayOrganise={isModerator(actor) || chosen === null}
        people={people.map((p) => ({ value: p.id, label: speakerLabel(p) }))}
        submitLabel="Save changes"
        creating={false}
      />
    </div>
  );
}
