import type { Metadata } from "next";
import { PageNotFound, metadataIfFound } from "@/components/layout/page-not-found";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { ApproveEditedForm } from "@/components/events/console/approve-edited-form";
import { RoomActionButton } from "@/components/events/console/room-action-button";
import { RoomQuestionCard } from "@/components/events/console/room-question-card";
import { RoomThemeForm } from "@/components/events/console/room-theme-form";
import { listActiveThemes } from "@/lib/themes/queries";
import { LiveRefresh } from "@/components/events/live-refresh";
import { getActor } from "@/lib/auth/actor";
import { facilitatorAccess } from "@/lib/events/policy";
import { CONSOLE_LIST_LIMIT, readConsoleEvent, readConsoleQuestions } from "@/lib/event-console/queries";
import { ROOM_QUESTION_LIMIT } from "@/lib/event-console/schemas";
import { formatDateTime, plural } from "@/lib/format";
import { z } from "zod";
import {
  approveRoomQuestionAction,
  endEventNowAction,
  markAnsweredInRoomAction,
  mergeRoomQuestionAction,
  rejectRoomQuestionAction,
  setAcceptingQuestionsAction,
  setNowAnsweringAction,
  setRoomQuestionThemeAction,
} from "./actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return metadataIfFound(z.uuid().safeParse(id).success && (await readConsoleEvent(id)), { title: "Event console" });
}

/**
 * The facilitators' console: the queue of questions waiting (oldest first), the approved questions on the screen
 * (most supported first), and the room's controls. For this event's facilitators only (403 for anyone else); it
 * refreshes itself as participants ask and support, and as other facilitators act.
 */
export default async function EventConsolePage({ params }: Props) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return <PageNotFound />;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(`/events/${id}/console`)}`);
  const event = await readConsoleEvent(id);
  if (!event) return <PageNotFound />;
  if (!facilitatorAccess(actor, event).allowed) forbidden();
  const [{ pending, approved, rejectedCount, mergedCount }, themes] = await Promise.all([
    readConsoleQuestions(id),
    listActiveThemes(),
  ]);
  const now = new Date();
  const ended = event.endsAt <= now;
  const published = event.publishedAt !== null;

  return (
    <>
      <LiveRefresh eventId={id} />
      <p className="mb-2 text-muted">
        <Link href={`/events/${id}`}>{event.title}</Link>
      </p>
      <h1 className="mb-4 text-[2.5rem]">Event console</h1>

      <section aria-labelledby="room-heading" className="mb-8 border-l-8 border-brand bg-wash p-5">
        <h2 id="room-heading" className="mb-2 text-2xl">
          The room
        </h2>
        <dl className="mb-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          <dt className="font-bold">Join code</dt>
          <dd className="font-mono text-[1.5rem] tracking-widest">{event.joinCode}</dd>
          <dt className="font-bold">Participants</dt>
          <dd>{plural(event.participantCount, "person", "people")} joined</dd>
          <dt className="font-bold">New questions</dt>
          <dd>{published ? "Closed: the event is over" : event.acceptingQuestions ? "Open" : "Closed"}</dd>
          <dt className="font-bold">{ended ? "Ended" : "Ends"}</dt>
          <dd>{formatDateTime(event.endsAt)}</dd>
        </dl>
        <p className="mb-4">
          <Link href={`/events/${id}/screen`}>Open the projector screen</Link> (it updates by itself; the keys for the
          presenter are listed on it).
        </p>
        {published ? (
          <p className="font-bold">
            The approved questions were published on the portal on {formatDateTime(event.publishedAt!)}. The partners
            answer them from their inbox.
          </p>
        ) : (
          <div className="flex flex-wrap items-start gap-3">
            {event.acceptingQuestions ? (
              <RoomActionButton action={setAcceptingQuestionsAction.bind(null, id, false)}>
                Close for new questions
              </RoomActionButton>
            ) : ended ? null : (
              <RoomActionButton action={setAcceptingQuestionsAction.bind(null, id, true)} variant="primary">
                Open for questions
              </RoomActionButton>
            )}
            {event.nowAnsweringId ? (
              <RoomActionButton action={setNowAnsweringAction.bind(null, id, null)}>
                Clear the highlight
              </RoomActionButton>
            ) : null}
            {event.startsAt < now ? (
              <RoomActionButton action={endEventNowAction.bind(null, id)} variant="warning">
                {ended ? "Publish the questions now" : "End the event now"}
              </RoomActionButton>
            ) : null}
          </div>
        )}
        {!published && event.startsAt < now ? (
          <p className="mt-3 text-base text-muted">
            When the event ends, its approved questions go on the portal as questions asked at this event, with no
            names, for the partners to answer. Questions waiting or turned down stay private.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="queue-heading" className="mb-10">
        <h2 id="queue-heading" className="mb-2 text-[1.75rem]">
          Waiting for a facilitator ({pending.length})
        </h2>
        {pending.length === 0 ? (
          <p>No questions are waiting.</p>
        ) : (
          <ol className="list-none">
            {pending.map((question) => (
              <RoomQuestionCard key={question.id} question={question} nowAnswering={false}>
                {published ? null : (
                  <>
                    {question.suggestion ? (
                      <p className="mb-2">
                        This looks like question {question.suggestion.number}: “{question.suggestion.text}”
                      </p>
                    ) : null}
                    <div className="flex flex-wrap items-start gap-3">
                      <RoomActionButton
                        action={approveRoomQuestionAction.bind(null, id, question.id)}
                        variant="primary"
                      >
                        Approve question {question.number}
                      </RoomActionButton>
                      {question.suggestion ? (
                        <RoomActionButton
                          action={mergeRoomQuestionAction.bind(null, id, question.id, question.suggestion.id)}
                        >
                          Merge into question {question.suggestion.number}
                        </RoomActionButton>
                      ) : null}
                      <RoomActionButton action={rejectRoomQuestionAction.bind(null, id, question.id)} variant="warning">
                        Turn down question {question.number}
                      </RoomActionButton>
                    </div>
                    <ApproveEditedForm
                      action={approveRoomQuestionAction.bind(null, id, question.id)}
                      number={question.number}
                      text={question.text}
                      limit={ROOM_QUESTION_LIMIT}
                    />
                  </>
                )}
              </RoomQuestionCard>
            ))}
          </ol>
        )}
        {pending.length >= CONSOLE_LIST_LIMIT ? (
          <p>The oldest {CONSOLE_LIST_LIMIT} are shown; more appear as you deal with these.</p>
        ) : null}
      </section>

      <section aria-labelledby="approved-heading" className="mb-10">
        <h2 id="approved-heading" className="mb-2 text-[1.75rem]">
          On the screen ({approved.length})
        </h2>
        <p className="mb-4 text-muted">
          Most supported first; questions answered in the room go to the end.
          {rejectedCount + mergedCount > 0
            ? ` ${plural(rejectedCount, "question")} turned down and ${plural(mergedCount, "question")} merged are not shown.`
            : ""}
        </p>
        {approved.length === 0 ? (
          <p>No questions are on the screen yet.</p>
        ) : (
          <ol className="list-none">
            {approved.map((question) => {
              const highlighted = question.id === event.nowAnsweringId;
              return (
                <RoomQuestionCard key={question.id} question={question} nowAnswering={highlighted}>
                  {published ? null : (
                    <>
                      {question.suggestion ? (
                        <p className="mb-2">
                          This looks like question {question.suggestion.number}: “{question.suggestion.text}”
                        </p>
                      ) : null}
                      <div className="flex flex-wrap items-start gap-3">
                        {highlighted || question.answeredInRoomAt ? null : (
                          <RoomActionButton
                            action={setNowAnsweringAction.bind(null, id, question.id)}
                            variant="primary"
                          >
                            Answer question {question.number} now
                          </RoomActionButton>
                        )}
                        {question.answeredInRoomAt ? null : (
                          <RoomActionButton action={markAnsweredInRoomAction.bind(null, id, question.id)}>
                            Mark question {question.number} answered
                          </RoomActionButton>
                        )}
                        {question.suggestion ? (
                          <RoomActionButton
                            action={mergeRoomQuestionAction.bind(null, id, question.id, question.suggestion.id)}
                          >
                            Merge into question {question.suggestion.number}
                          </RoomActionButton>
                        ) : null}
                        <RoomActionButton
                          action={rejectRoomQuestionAction.bind(null, id, question.id)}
                          variant="warning"
                        >
                          Take question {question.number} off the screen
                        </RoomActionButton>
                      </div>
                      <RoomThemeForm
                        action={setRoomQuestionThemeAction.bind(null, id, question.id)}
                        number={question.number}
                        themeSlug={question.themeSlug}
                        themes={themes}
                      />
                    </>
                  )}
                </RoomQuestionCard>
              );
            })}
          </ol>
        )}
      </section>
    </>
  );
}
