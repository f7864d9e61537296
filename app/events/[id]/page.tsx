import type { Metadata } from "next";
import Link from "next/link";
import { EventTime } from "@/components/events/event-time";
import { JoinInstructions } from "@/components/events/join-instructions";
import { PageNotFound, PAGE_NOT_FOUND_METADATA } from "@/components/layout/page-not-found";
import { NotificationBanner } from "@/components/forms/notification-banner";
import { OfficialResponse } from "@/components/questions/official-response";
import { StatusTag } from "@/components/questions/status-tag";
import { getActor } from "@/lib/auth/actor";
import { plural } from "@/lib/format";
import { joinAddresses } from "@/lib/events/join-address";
import { qrCodeSvg } from "@/lib/events/qr";
import { eventPublishedQuestions, getEvent, type EventPublishedQuestion } from "@/lib/events/queries";
import { eventKindLabel } from "@/lib/events/schemas";
import { shownState } from "@/lib/questions/status";
import type { EventKind } from "@/lib/generated/prisma/enums";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getEvent((await params).id, null);
  return event ? { title: `Event: ${event.title}` } : PAGE_NOT_FOUND_METADATA;
}

const DONE: Record<string, string> = {
  created: "The event is created. Share its join code with the people coming.",
  saved: "Your changes to the event are saved.",
};

/**
 * One event: what, when, where, who runs it; before it ends, how to join in the room; after, the questions it
 * asked, as published on the portal, with their status and answers. Facilitators find the console and screen here.
 */
export default async function EventPage({ params, searchParams }: Props) {
  const { id } = await params;
  const done = (await searchParams).done;
  const actor = await getActor();
  const event = await getEvent(id, actor);
  // Not notFound(): a production build answers it with an empty page (see app/questions/[id]/page.tsx).
  if (!event) return <PageNotFound />;
  const questions = event.ended ? await eventPublishedQuestions(event.id) : [];
  const addresses = joinAddresses(event.joinCode);
  const qrSvg = event.ended ? "" : await qrCodeSvg(addresses.joinAddress);
  const message = typeof done === "string" ? DONE[done] : undefined;

  return (
    <div className="max-w-4xl">
      <p className="mb-4">
        <Link href={event.ended ? "/events?when=past" : "/events"}>{event.ended ? "Past events" : "All events"}</Link>
      </p>
      {message ? (
        <NotificationBanner title="Success" tone="success">
          <p className="mb-0">{message}</p>
        </NotificationBanner>
      ) : null}
      <span className="mb-2 block text-xl text-muted">{eventKindLabel(event.kind)}</span>
      <h1 className="mb-6 text-4xl">{event.title}</h1>

      {event.canEdit || event.facilitates ? (
        <nav aria-label="Running this event" className="mb-8 border-l-8 border-brand bg-wash p-4">
          <ul className="flex flex-wrap gap-x-8 gap-y-2">
            {event.facilitates ? (
              <>
                <li>
                  <Link href={`/events/${event.id}/console`}>Facilitator console</Link>
                </li>
                <li>
                  <Link href={`/events/${event.id}/screen`}>Projector screen</Link>
                </li>
              </>
            ) : null}
            {event.canEdit ? (
              <li>
                <Link href={`/events/${event.id}/edit`}>Change the event</Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}

      <dl className="mb-6 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">When</dt>
        <dd>
          <EventTime startsAt={event.startsAt} endsAt={event.endsAt} />
        </dd>
        <dt className="font-bold">Where</dt>
        <dd>{event.place}</dd>
        <dt className="font-bold">Organiser</dt>
        <dd>
          {event.organisationSlug ? (
            <Link href={`/partners/${event.organisationSlug}`}>{event.organiser}</Link>
          ) : (
            event.organiser
          )}
        </dd>
        {event.participantCount ? (
          <>
            <dt className="font-bold">Taking part</dt>
            <dd>{plural(event.participantCount, "person", "people")} joined in the room</dd>
          </>
        ) : null}
      </dl>
      <p className="mb-8 whitespace-pre-line">{event.description}</p>

      {event.ended ? (
        <EventQuestions questions={questions} published={event.publishedAt !== null} kind={event.kind} />
      ) : (
        <section aria-labelledby="join-heading" className="mb-8 border-4 border-ink p-4 sm:p-6">
          <h2 id="join-heading" className="mb-4 text-3xl">
            Join in the room
          </h2>
          <JoinInstructions joinCode={event.joinCode} qrSvg={qrSvg} {...addresses} />
          <p className="mt-6 mb-0">
            <Link href={`/events/${event.id}/join-sheet`}>Print a join sheet</Link> with the code and QR code, for the
            tables or the door.
          </p>
        </section>
      )}
    </div>
  );
}

function EventQuestions({
  questions,
  published,
  kind,
}: {
  questions: EventPublishedQuestion[];
  published: boolean;
  kind: EventKind;
}) {
  const who = kind === "school_workshop" ? "students" : "people";
  return (
    <section aria-labelledby="questions-heading">
      <h2 id="questions-heading" className="mb-2 text-3xl">
        Questions asked at this event
      </h2>
      <p className="mb-6">
        Asked by {who} in the room and approved by the facilitators. Each one went to the partners like any other
        question; nobody who asked is named.
      </p>
      {questions.length ? (
        <ol className="space-y-8">
          {questions.map((question) => (
            <li key={question.id} className="border-t border-line pt-6">
              <h3 className="mb-2 text-2xl">
                <Link href={`/questions/${question.id}`}>{question.title}</Link>
              </h3>
              <p className="mb-4 flex flex-wrap items-center gap-4">
                <StatusTag state={shownState(question)} />
                <span>
                  {question.roomSupportCount !== null
                    ? `${plural(question.roomSupportCount, "supporter")} in the room, `
                    : ""}
                  {plural(question.supportCount, "supporter")} on the portal
                </span>
              </p>
              {question.responses.length ? (
                question.responses.map((response) => <OfficialResponse key={response.id} response={response} />)
              ) : (
                <p className="text-muted">No official response yet.</p>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-xl font-bold">
          {published
            ? "No questions from this event were published."
            : "The questions asked in the room are published here shortly after the event ends."}
        </p>
      )}
    </section>
  );
}
