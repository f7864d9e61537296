import Link from "next/link";
import { plural } from "@/lib/format";
import { headers } from "next/headers";
import { connection } from "next/server";
import { Markdown } from "@/components/markdown";
import { QrCode } from "@/components/events/qr-code";
import { PrintButton } from "@/components/room/print-button";
import { StatusTag } from "@/components/questions/status-tag";
import { clientIp } from "@/lib/auth/client-ip";
import { appUrl } from "@/lib/mail/templates";
import { qrCodeSvg } from "@/lib/events/qr";
import { formatDate, formatDateTime } from "@/lib/format";
import { getFollowUpView, type FollowUpView } from "@/lib/room/follow-up";
import { CodeTriesPaused } from "@/lib/room/limits";
import { decodedSegment } from "@/lib/room/schemas";

export const metadata = { title: "Follow up an event's questions", referrer: "no-referrer" };

function NoSuchCode({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-4xl">{title}</h1>
      {children}
      <p>
        <Link href="/events">Events</Link>
      </p>
    </div>
  );
}

/** Spaced in fives, so it is easy to copy down from a screen or read out. */
function spaced(code: string): string {
  return code.replace(/(.{5})(?=.)/g, "$1 ");
}

/**
 * A follow-up code's page, with no sign-in: its event's questions with their status and answers (or, before
 * they are published, the room's list), and the code itself, large and as a QR code, to keep or print.
 */
export default async function FollowUpPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ new?: string | string[] }>;
}) {
  await connection();
  const [{ code: typed }, { new: isNew }] = await Promise.all([params, searchParams]);
  let view: FollowUpView | null;
  try {
    view = await getFollowUpView({ ip: clientIp(await headers()) }, decodedSegment(typed));
  } catch (error) {
    if (!(error instanceof CodeTriesPaused)) throw error;
    return (
      <NoSuchCode title="Wait before trying another code">
        <p className="mb-4">{error.message}</p>
      </NoSuchCode>
    );
  }
  if (!view) {
    return (
      <NoSuchCode title="No follow-up page has that code">
        <p className="mb-4">
          Check the code: it has 10 letters and numbers, with no 0, O, 1, I or L. Codes work for as long as the portal
          keeps the event&apos;s questions.
        </p>
      </NoSuchCode>
    );
  }
  const { event } = view;
  const address = appUrl(`/follow-up/${view.code}`);
  const svg = await qrCodeSvg(address);

  return (
    <div className="max-w-3xl">
      <span className="mb-2 block text-xl text-muted">Follow-up page</span>
      <h1 className="mb-4 text-4xl">Questions from {event.title}</h1>
      <p className="mb-8">
        {event.place}. {formatDateTime(event.startsAt)} to {formatDateTime(event.endsAt)}.
      </p>

      <section aria-labelledby="code-heading" className="mb-10 border-4 border-ink p-5 print:break-inside-avoid">
        <h2 id="code-heading" className="mb-2 text-2xl">
          {isNew ? "Your follow-up code" : "This page's follow-up code"}
        </h2>
        <p className="mb-4">
          Keep this code to come back to this page: write it down, print this page, or scan the QR code. We do not keep
          a copy you could ask for, and it does not say who you are.
        </p>
        <p
          className="mb-4 font-mono text-5xl font-bold tracking-widest"
          aria-label={`Code: ${view.code.split("").join(" ")}`}
        >
          {spaced(view.code)}
        </p>
        <QrCode svg={svg} label={`QR code for this follow-up page, ${address}`} />
        <p className="mt-4 mb-4 break-all text-base">{address}</p>
        <div className="print:hidden">
          <PrintButton>Print this page</PrintButton>
          <p className="mt-2 mb-0 text-base">Or use your browser&apos;s Print command.</p>
        </div>
      </section>

      {view.isPublished ? (
        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading" className="mb-2 text-3xl">
            What happened to the questions
          </h2>
          <p className="mb-4">
            The questions asked at the event, now on My Smarter Essex for the partner organisations to answer.
          </p>
          {view.published.length ? (
            <ol className="list-none">
              {view.published.map((question) => (
                <li key={question.id} className="border-b-2 border-line py-5">
                  <h3 className="mb-2 text-xl">
                    <Link href={`/questions/${question.id}`}>{question.title}</Link>
                  </h3>
                  <p className="mb-3">
                    <StatusTag state={question.status} />{" "}
                    <span className="text-base text-muted">
                      {plural(question.roomSupportCount, "supporter")} in the room,{" "}
                      {plural(question.supportCount, "supporter")} on the website since
                    </span>
                  </p>
                  {question.responses.map((response) => (
                    <div key={response.id} className="mb-4 border-l-8 border-success bg-wash p-4">
                      <p className="mb-2 font-bold">
                        Answer from {response.organisation} on{" "}
                        <time dateTime={response.createdAt.toISOString()}>{formatDate(response.createdAt)}</time>
                      </p>
                      <Markdown>{response.body}</Markdown>
                    </div>
                  ))}
                  {question.responses.length === 0 ? <p className="mb-0">No answer yet.</p> : null}
                </li>
              ))}
            </ol>
          ) : (
            <p>No questions from this event were published.</p>
          )}
        </section>
      ) : (
        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading" className="mb-2 text-3xl">
            The questions on the room&apos;s list
          </h2>
          <p className="mb-4">
            After the event these questions go to the partner organisations to answer. Come back to this page to see
            their answers.
          </p>
          {view.room.length ? (
            <ol className="list-none">
              {view.room.map((question) => (
                <li key={question.id} className="border-b-2 border-line py-4">
                  <p className="mb-1 text-xl">{question.text}</p>
                  <p className="mb-0 text-base text-muted">
                    {question.supportCount === 1 ? "1 supporter" : `${question.supportCount} supporters`}
                    {question.answeredInRoom ? ". Answered in the room" : ""}
                  </p>
                </li>
              ))}
            </ol>
          ) : (
            <p>No questions on the list yet.</p>
          )}
        </section>
      )}
    </div>
  );
}
