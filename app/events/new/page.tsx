import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { EventForm } from "@/components/events/event-form";
import { getActor } from "@/lib/auth/actor";
import { isModerator } from "@/lib/auth/policy";
import { offersForm } from "@/lib/auth/permissions";
import { facilitatorChoices, organisationsToOrganiseFor } from "@/lib/events/queries";
import { speakerLabel } from "@/lib/events/speaker-label";
import { createEventAction } from "../actions";

export const metadata: Metadata = { title: "Create an event" };

/** Making an event: partners for their organisation, CSES moderators and administrators for anyone. */
export default async function NewEventPage() {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent("/events/new")}`);
  if (!offersForm(actor, "event.manage")) forbidden();
  const [organisations, people] = await Promise.all([
    organisationsToOrganiseFor(actor),
    facilitatorChoices(actor, null),
  ]);
  const staff = isModerator(actor);
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/events">Back to events</Link>
      </p>
      <h1 className="mb-4 text-4xl">Create an event</h1>
      <p className="mb-6">
        The event gets a join code and a QR code for people in the room. You choose its facilitators: they approve the
        room’s questions and run the projector screen. Everything but the facilitators’ names is shown in public.
      </p>
      <EventForm
        action={createEventAction}
        saved={{ organisationId: staff ? "" : String(organisations[0]?.id ?? "") }}
        organisations={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
        staffMayOrganise={staff}
        people={people.filter((p) => p.id !== actor.id).map((p) => ({ value: p.id, label: speakerLabel(p) }))}
        submitLabel="Create the event"
        creating
      />
    </div>
  );
}
