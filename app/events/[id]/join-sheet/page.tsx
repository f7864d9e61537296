import { PageNotFound, PAGE_NOT_FOUND_METADATA } from "@/components/layout/page-not-found";
import type { Metadata } from "next";
import Link from "next/link";
import { EventTime } from "@/components/events/event-time";
import { JoinInstructions } from "@/components/events/join-instructions";
import { joinAddresses } from "@/lib/events/join-address";
import { qrCodeSvg } from "@/lib/events/qr";
import { getEvent } from "@/lib/events/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getEvent((await params).id, null);
  // An ended event has no join sheet: the page says not found, and so does its title.
  return event && !event.ended ? { title: `Join sheet: ${event.title}` } : PAGE_NOT_FOUND_METADATA;
}

/**
 * A page to print and put on the tables or the door: the event, the address, the code in very large type and the
 * QR code. Anyone may print it (the code is on the event's public page); an ended event has nothing to join.
 */
export default async function JoinSheetPage({ params }: Props) {
  const { id } = await params;
  const event = await getEvent(id, null);
  if (!event || event.ended) return <PageNotFound />;
  const addresses = joinAddresses(event.joinCode);
  const qrSvg = await qrCodeSvg(addresses.joinAddress);
  return (
    <div className="max-w-5xl">
      <p className="mb-6 print:hidden">
        <Link href={`/events/${event.id}`}>Back to the event</Link>. Print this page (Ctrl+P, or ⌘P on a Mac) to put on
        the tables or the door.
      </p>
      <h1 className="mb-2 text-5xl">Ask your questions: {event.title}</h1>
      <p className="mb-8 text-2xl">
        <EventTime startsAt={event.startsAt} endsAt={event.endsAt} />, {event.place}
      </p>
      <JoinInstructions joinCode={event.joinCode} qrSvg={qrSvg} size="sheet" {...addresses} />
      <p className="mt-8 text-xl">
        Your questions go to {event.organiser} and the partners of My Smarter Essex, who answer them in public. Nobody
        is named beside a question.
      </p>
    </div>
  );
}
