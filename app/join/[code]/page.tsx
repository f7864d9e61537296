import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { headers } from "next/headers";
import { JoinEventForm } from "@/components/room/join-event-form";
import { clientIp } from "@/lib/auth/client-ip";
import { normaliseJoinCode, shapedLikeJoinCode } from "@/lib/events/join-code";
import { formatDateTime } from "@/lib/format";
import { CodeTriesPaused } from "@/lib/room/limits";
import { participantTokenOf } from "@/lib/room/participant-cookie";
import { findParticipant } from "@/lib/room/queries";
import { decodedSegment, NICKNAME_MAX, PARTICIPANT_AGE_BANDS } from "@/lib/room/schemas";
import { findEventToJoin, type JoinableEvent } from "@/lib/room/service";
import { joinEventAction } from "../actions";

export const metadata = { title: "Join an event" };

function TryAnotherCode({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-4xl">{title}</h1>
      {children}
      <p>
        <Link href="/join">Type a join code</Link>
      </p>
    </div>
  );
}

function NoEventWithCode() {
  return (
    <TryAnotherCode title="No event has that join code">
      <p className="mb-4">
        Check the code on the screen or the printed sheet. Codes use capital letters and numbers only, with no 0, O, 1,
        I or L, so they cannot be mixed up.
      </p>
    </TryAnotherCode>
  );
}

/** The join page a code (typed at /join, or read from a QR code) opens: a nickname and an age group, then the room. */
export default async function JoinEventPage({ params }: { params: Promise<{ code: string }> }) {
  await connection();
  const { code: typed } = await params;
  const segment = decodedSegment(typed);
  const code = normaliseJoinCode(segment);
  if (!code && shapedLikeJoinCode(segment)) return <NoEventWithCode />;
  if (!code) {
    return (
      <TryAnotherCode title="That is not a join code">
        <p className="mb-4">A join code has 6 letters and numbers, such as EX4CTA. Check it and try again.</p>
      </TryAnotherCode>
    );
  }
  let event: JoinableEvent | null;
  try {
    event = await findEventToJoin({ ip: clientIp(await headers()) }, code);
  } catch (error) {
    if (!(error instanceof CodeTriesPaused)) throw error;
    return (
      <TryAnotherCode title="Wait before trying another code">
        <p className="mb-4">{error.message}</p>
      </TryAnotherCode>
    );
  }
  if (!event) return <NoEventWithCode />;
  if (code !== typed) redirect(`/join/${code}`);
  if (await findParticipant(event.id, await participantTokenOf(event.id))) redirect(`/events/${event.id}/room`);
  if (event.ended) {
    return (
      <div className="max-w-3xl">
        <h1 className="mb-6 text-4xl">{event.title} has ended</h1>
        <p className="mb-4">Nobody can join it now. You can still read the questions asked there.</p>
        <p>
          <Link href={`/events/${event.id}`}>The questions from {event.title}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-3xl">
      <span className="mb-2 block text-xl text-muted">Join an event</span>
      <h1 className="mb-4 text-4xl">{event.title}</h1>
      <p className="mb-6">Until {formatDateTime(event.endsAt)}.</p>
      <JoinEventForm
        action={joinEventAction.bind(null, code)}
        ageBands={PARTICIPANT_AGE_BANDS}
        nicknameLimit={NICKNAME_MAX}
      />
    </div>
  );
}
