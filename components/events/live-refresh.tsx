"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** While the stream is down, the page refetches this often instead. */
export const POLL_INTERVAL_MS = 5_000;
/** Signals that arrive together (a merge, then a recount) become one refetch. */
const DEBOUNCE_MS = 150;
/** How long to wait before opening a stream again after it closed for good. */
const REOPEN_AFTER_MS = 5_000;

/**
 * Keeps a server-rendered event page current: it listens to the event's server-sent "changed" signals
 * (app/api/events/[id]/signals) and refetches the page's server components on each (router.refresh keeps scroll,
 * focus and anything typed). While the stream is down it refetches every 5 s instead, and when the stream is back
 * it refetches once, for anything missed meanwhile. It renders nothing; without JavaScript the page is still whole,
 * just not live.
 */
export function LiveRefresh({ eventId }: { eventId: string }) {
  const router = useRouter();

  useEffect(() => {
    let source: EventSource | null = null;
    let poll: ReturnType<typeof setInterval> | undefined;
    let debounce: ReturnType<typeof setTimeout> | undefined;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let missedSomething = false;
    let stopped = false;

    const refreshSoon = () => {
      clearTimeout(debounce);
      debounce = setTimeout(() => router.refresh(), DEBOUNCE_MS);
    };
    const startPolling = () => {
      missedSomething = true;
      poll ??= setInterval(() => router.refresh(), POLL_INTERVAL_MS);
    };
    const stopPolling = () => {
      clearInterval(poll);
      poll = undefined;
    };

    const open = () => {
      if (stopped) return;
      source = new EventSource(`/api/events/${encodeURIComponent(eventId)}/signals`);
      source.addEventListener("changed", refreshSoon);
      source.addEventListener("ready", () => {
        stopPolling();
        if (missedSomething) refreshSoon();
        missedSomething = false;
      });
      source.onerror = () => {
        startPolling();
        // The browser retries a dropped stream by itself; one refused outright (404, 503) it gives up on.
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          reopen = setTimeout(open, REOPEN_AFTER_MS);
        }
      };
    };
    open();

    return () => {
      stopped = true;
      source?.close();
      stopPolling();
      clearTimeout(debounce);
      clearTimeout(reopen);
    };
  }, [eventId, router]);

  return null;
}
