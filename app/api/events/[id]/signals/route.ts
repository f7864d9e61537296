import { z } from "zod";
import { eventSignalHub, type EventSignalSubscriber } from "@/lib/events/signals";
import { eventExists } from "@/lib/event-console/queries";
import { takeStreamSlot } from "@/lib/events/stream-slots";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** A comment line now and then keeps proxies and load balancers from closing a quiet stream. */
const HEARTBEAT_MS = 20_000;
/** When a refused page may try a stream again; it polls meanwhile. */
const FULL_RETRY_AFTER_SECONDS = 30;

const eventId = z.uuid();

/**
 * Server-sent events saying "this event changed" (its queue, its approved questions, its now-answering question,
 * its participant count), nothing more: the page then refetches what it shows, with its own access rules, so the
 * stream carries no content and is open to anyone who may open one of the event's pages.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!eventId.safeParse(id).success) return noSuchEvent();
  // Taken before the database is asked, so a flood past the bound costs no query.
  const release = takeStreamSlot();
  if (!release) {
    return new Response("Live updates are busy: this page will keep itself up to date without them.", {
      status: 503,
      headers: { "Cache-Control": "no-store", "Retry-After": String(FULL_RETRY_AFTER_SECONDS) },
    });
  }
  let exists: boolean;
  try {
    exists = await eventExists(id);
  } catch (error) {
    release();
    throw error;
  }
  if (!exists) {
    release();
    return noSuchEvent();
  }

  const encoder = new TextEncoder();
  const hub = eventSignalHub();
  let subscriber: EventSignalSubscriber | null = null;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let closed = false;

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const close = () => {
        if (closed) return;
        closed = true;
        release();
        clearInterval(heartbeat);
        if (subscriber) hub.unsubscribe(id, subscriber);
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      };
      subscriber = { changed: () => send(`event: changed\ndata: ${id}\n\n`), lost: close };
      request.signal.addEventListener("abort", close);
      if (!(await hub.subscribe(id, subscriber))) {
        // Not listening (the database is away): end at once; the page polls and tries again.
        close();
        return;
      }
      // How long the browser waits before reconnecting a dropped stream; then "ready", so the page knows it is live.
      send(`retry: 2000\n\nevent: ready\ndata: ${id}\n\n`);
      heartbeat = setInterval(() => send(": heartbeat\n\n"), HEARTBEAT_MS);
    },
    cancel() {
      closed = true;
      release();
      clearInterval(heartbeat);
      if (subscriber) hub.unsubscribe(id, subscriber);
    },
  });

  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: Next's compression would otherwise hold the signals back in its buffer.
      "Cache-Control": "no-cache, no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}

function noSuchEvent(): Response {
  return new Response("That event does not exist.", { status: 404, headers: { "Cache-Control": "no-store" } });
}
