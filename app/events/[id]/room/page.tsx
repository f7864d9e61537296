import Link from "next/link";
import { connection } from "next/server";
import { LiveRefresh } from "@/components/events/live-refresh";
import { AskInRoomForm } from "@/components/room/ask-in-room-form";
import { FollowUpCodeButton } from "@/components/room/follow-up-code-button";
import { RoomSupportButton } from "@/components/room/room-support-button";
import { formatDateTime } from "@/lib/format";
import { participantTokenOf } from "@/lib/room/participant-cookie";
import { getRoomView, type RoomQuestion } from "@/lib/room/queries";
import { ROOM_QUESTION_MAX } from "@/lib/room/schemas";
import { askInRoomAction, supportInRoomAction, takeFollowUpCodeAction } from "./actions";

export const metadata = { title: "Questions in the room" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function NotJoined() {
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-4xl">Join the event first</h1>
      <p className="mb-4">
        To ask and support questions, join with the code on the screen or the printed sheet. If you joined on another
        phone or browser, join again here.
      </p>
      <p>
        <Link href="/join">Type a join code</Link>
      </p>
    </div>
  );
}

function QuestionItem({ eventId, question, number }: { eventId: string; question: RoomQuestion; number: number }) {
  return (
    <li className="border-b-2 border-line py-4">
      <p className="mb-2 text-xl">{question.text}</p>
      <p className="mb-3 text-base text-muted">
        {question.supportCount === 1 ? "1 supporter" : `${question.supportCount} supporters`}
        {question.answeredInRoom ? ". Answered in the room" : ""}
      </p>
      {question.mine ? (
        <p className="mb-0 font-bold">Your question</p>
      ) : (
        <RoomSupportButton
          action={supportInRoomAction.bind(null, eventId, question.id)}
          questionNumber={number}
          supported={question.supportedByMe}
        />
      )}
    </li>
  );
}

/**
 * The participant's page: ask, and support the questions on the room's list. No names anywhere; a participant's
 * questions that wait for the facilitators are shown to them alone. Forms work without JavaScript.
 */
export default async function RoomPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  if (!UUID.test(id)) return <NotJoined />;
  const room = await getRoomView(id, await participantTokenOf(id));
  if (!room) return <NotJoined />;
  const { event, participant, nowAnswering, questions, ownUnlisted } = room;

  return (
    <div className="max-w-3xl">
      <LiveRefresh eventId={event.id} />
      <span className="mb-2 block text-xl text-muted">Questions in the room</span>
      <h1 className="mb-4 text-4xl">{event.title}</h1>
      <p className="mb-2">
        {event.place}. {formatDateTime(event.startsAt)} to {formatDateTime(event.endsAt)}.
      </p>
      <p className="mb-2">
        <Link href={`/events/${event.id}`}>About this event</Link>
      </p>
      <p className="mb-8">
        You joined as <strong>{participant.nickname}</strong>. Only you see this nickname.{" "}
        {event.participantCount === 1 ? "1 person has joined." : `${event.participantCount} people have joined.`}
      </p>

      {nowAnswering ? (
        <section aria-labelledby="now-answering-heading" className="mb-8 border-l-8 border-brand bg-wash p-5">
          <h2 id="now-answering-heading" className="mb-2 text-2xl">
            The panel is answering now
          </h2>
          <p className="mb-0 text-xl">{nowAnswering.text}</p>
        </section>
      ) : null}

      <section aria-labelledby="ask-heading" className="mb-10">
        <h2 id="ask-heading" className="mb-4 text-3xl">
          Ask a question
        </h2>
        {event.ended ? (
          <p>This event has ended, so no more questions can be asked.</p>
        ) : event.acceptingQuestions ? (
          <AskInRoomForm action={askInRoomAction.bind(null, event.id)} characterLimit={ROOM_QUESTION_MAX} />
        ) : (
          <p>
            The facilitators have not opened the room for questions yet, or have closed it. This page shows the list as
            it changes.
          </p>
        )}
      </section>

      {ownUnlisted.length ? (
        <section aria-labelledby="yours-heading" className="mb-10">
          <h2 id="yours-heading" className="mb-4 text-2xl">
            Your questions not on the list
          </h2>
          <ul className="space-y-3">
            {ownUnlisted.map((question) => (
              <li key={question.id} className="border-l-4 border-ink pl-4">
                <p className="mb-1">{question.text}</p>
                <p className="mb-0 text-base font-bold">
                  {question.state === "merged"
                    ? "The facilitators joined it with a similar question on the list, and your supports went with it."
                    : question.state === "pending"
                      ? "Waiting for the facilitators. Only you can see it."
                      : "The facilitators did not put this question on the list."}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="list-heading" className="mb-10">
        <h2 id="list-heading" className="mb-2 text-3xl">
          Questions on the list
        </h2>
        <p className="mb-4">Most supported first. Support the ones you most want answered: each person counts once.</p>
        {questions.length ? (
          <ol className="list-none">
            {questions.map((question, index) => (
              <QuestionItem key={question.id} eventId={event.id} question={question} number={index + 1} />
            ))}
          </ol>
        ) : (
          <p>No questions on the list yet.</p>
        )}
      </section>

      <section aria-labelledby="follow-up-heading" className="mb-10">
        <h2 id="follow-up-heading" className="mb-2 text-2xl">
          Find out what happens next
        </h2>
        <p className="mb-4">
          After the event, the questions go to the council, the university and local industry to answer in public. A
          follow-up code opens a page with the answers, without an account. Write it down, print it, or scan its QR
          code. It does not say who you are.
        </p>
        <FollowUpCodeButton action={takeFollowUpCodeAction.bind(null, event.id)} />
      </section>
    </div>
  );
}
