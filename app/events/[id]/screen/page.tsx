import type { Metadata } from "next";
import { z } from "zod";
import { QrCode } from "@/components/events/qr-code";
import { PageNotFound, PAGE_NOT_FOUND_METADATA } from "@/components/layout/page-not-found";
import { LiveRefresh } from "@/components/events/live-refresh";
import { PresenterKeys } from "@/components/events/screen/presenter-keys";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { facilitatorAccess } from "@/lib/events/policy";
import { qrCodeSvg } from "@/lib/events/qr";
import { readConsoleEvent, readScreen } from "@/lib/event-console/queries";
import { plural } from "@/lib/format";
import { appUrl } from "@/lib/mail/templates";
import { stepNowAnsweringAction } from "../console/actions";

type Props = { params: Promise<{ id: string }> };

/** The event of a well-formed id; null for any other address. */
async function eventOf(id: string) {
  return z.uuid().safeParse(id).success ? readConsoleEvent(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return (await eventOf((await params).id)) ? { title: "Projector screen" } : PAGE_NOT_FOUND_METADATA;
}

const SCREEN_ID = "projector-screen";

/**
 * The projector view. Open to anyone with the link: it shows only what the room already sees (approved questions,
 * never a name, the join code printed on the event page), and the laptop on a school projector is often shared, so
 * nobody should have to sign in on it. Only a signed-in facilitator of the event gets the presenter's controls that
 * change the question being answered; everyone gets full screen. It updates by itself (live signals, polling when
 * they drop), with no reload.
 */
export default async function ProjectorScreenPage({ params }: Props) {
  const { id } = await params;
  const event = await eventOf(id);
  // Not notFound(): a production build answers it with an empty page (see app/questions/[id]/page.tsx).
  if (!event) return <PageNotFound />;
  const actor = await getActor();
  const presenter = can(actor, "event.facilitate") && facilitatorAccess(actor, event).allowed;
  const screen = await readScreen(id, event.nowAnsweringId);
  const joinUrl = appUrl(`/join/${event.joinCode}`);
  const joinAddress = appUrl("/join").replace(/^https?:\/\//, "");
  const qr = await qrCodeSvg(joinUrl);
  const over = event.publishedAt !== null || event.endsAt <= new Date();

  return (
    <div
      id={SCREEN_ID}
      className="grid gap-8 bg-ink p-6 text-white lg:grid-cols-[1fr_18rem] [&:fullscreen]:overflow-auto [&:fullscreen]:p-12"
    >
      <LiveRefresh eventId={id} />
      <div>
        <h1 className="mb-6 text-[2.5rem] leading-tight">{event.title}</h1>
        <section aria-labelledby="now-heading" className="mb-8 border-8 border-focus p-6" aria-live="polite">
          <h2 id="now-heading" className="mb-2 text-[1.75rem] text-focus">
            Now answering
          </h2>
          {screen.nowAnswering ? (
            <p className="text-[3rem] leading-tight font-bold">
              <span className="sr-only">Question {screen.nowAnswering.number}: </span>
              {screen.nowAnswering.text}
            </p>
          ) : (
            <p className="text-[2rem]">No question is being answered right now.</p>
          )}
        </section>
        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading" className="mb-4 text-[1.75rem]">
            Questions by support ({screen.waitingCount})
          </h2>
          {screen.waiting.length === 0 ? (
            <p className="text-[2rem]">
              {over ? "No more questions: thank you for asking." : "No questions waiting. Ask yours now!"}
            </p>
          ) : (
            <ol className="list-none">
              {screen.waiting.map((question) => (
                <li
                  key={question.id}
                  className="mb-4 flex items-baseline gap-6 border-l-8 border-white py-2 pl-5 text-[2rem] leading-snug"
                >
                  <span className="flex-1">{question.text}</span>
                  <span className="shrink-0 text-[1.5rem] font-bold whitespace-nowrap">
                    {plural(question.supportCount, "supporter")}
                  </span>
                </li>
              ))}
            </ol>
          )}
          {screen.waitingCount > screen.waiting.length ? (
            <p className="text-[1.5rem]">
              And {plural(screen.waitingCount - screen.waiting.length, "more question")} on your phones.
            </p>
          ) : null}
          {screen.answeredCount > 0 ? (
            <p className="mt-4 text-[1.5rem]">{plural(screen.answeredCount, "question")} answered so far.</p>
          ) : null}
        </section>
      </div>

      <aside aria-labelledby="join-heading" className="bg-white p-5 text-ink">
        <h2 id="join-heading" className="mb-2 text-[1.75rem]">
          {over ? "This event has ended" : "Join and ask"}
        </h2>
        {over ? (
          <p className="mb-4 text-[1.375rem]">Its questions go to the partners to answer on the portal.</p>
        ) : (
          <>
            <p className="mb-1 text-[1.375rem]">Go to {joinAddress} and enter</p>
            <p className="mb-3 font-mono text-[3.5rem] leading-none font-bold tracking-widest">{event.joinCode}</p>
            <QrCode
              svg={qr}
              label={`QR code for ${joinUrl}`}
              className="mb-4 w-full bg-white [&>svg]:h-auto [&>svg]:w-full"
            />
            <p className="mb-4 text-[1.375rem] font-bold">
              {event.acceptingQuestions ? "Open for questions" : "Not taking new questions just now"}
            </p>
          </>
        )}
        <p className="mb-6 text-[1.375rem]">{plural(event.participantCount, "person", "people")} joined</p>
        <h2 className="mb-2 text-xl">Keys for the presenter</h2>
        <ul className="mb-4 list-disc pl-5 text-base">
          {presenter ? (
            <>
              <li>N or the right arrow: the next question</li>
              <li>P or the left arrow: the previous question</li>
            </>
          ) : null}
          <li>F: full screen, and back</li>
        </ul>
        {presenter ? null : (
          <p className="mb-4 text-base">Facilitators signed in here can move through the questions.</p>
        )}
        <div className="bg-ink p-3">
          <PresenterKeys eventId={id} step={presenter ? stepNowAnsweringAction : null} screenId={SCREEN_ID} />
        </div>
      </aside>
    </div>
  );
}
