// "This event changed", heard by every instance: each process holds ONE connection that LISTENs on
// EVENT_CHANGED_CHANNEL (lib/events/live.ts NOTIFYs inside the writing transaction, so a signal arrives only once the
// change is committed and visible), and hands each signal to the open server-sent-events streams of that event. A
// stream holds no database connection of its own, so a room of 200 phones costs one connection per instance.
//
// When the listening connection fails, a signal may be lost: every open stream is told (`lost`) and closes, so the
// pages fall back to polling and reconnect, and the hub listens again after RECONNECT_AFTER_MS.
import "server-only";
import { DatabaseListener } from "@/lib/db-listen";
import { EVENT_CHANGED_CHANNEL } from "./live";

const RECONNECT_AFTER_MS = 1_000;

export interface EventSignalSubscriber {
  /** Something the event's pages show has changed. */
  changed(): void;
  /** The hub stopped listening: signals may have been missed, so the stream should end. */
  lost(): void;
}

export class EventSignalHub {
  private readonly listener: DatabaseListener;
  private readonly subscribers = new Map<string, Set<EventSignalSubscriber>>();

  constructor(connectionString: string | undefined) {
    this.listener = new DatabaseListener(
      connectionString,
      [EVENT_CHANGED_CHANNEL],
      "my-smarter-essex-event-signals",
      {
        notified: (_channel, eventId) => {
          if (!eventId) return;
          for (const subscriber of this.subscribers.get(eventId) ?? []) subscriber.changed();
        },
        lost: () => this.tellLost(),
      },
      RECONNECT_AFTER_MS,
    );
  }

  /**
   * Adds a stream for an event's signals once the hub is listening; false (nothing added) when it cannot listen,
   * for the route to answer 503 and the page to poll.
   */
  async subscribe(eventId: string, subscriber: EventSignalSubscriber): Promise<boolean> {
    if (!(await this.listener.listen())) return false;
    let set = this.subscribers.get(eventId);
    if (!set) this.subscribers.set(eventId, (set = new Set()));
    set.add(subscriber);
    return true;
  }

  unsubscribe(eventId: string, subscriber: EventSignalSubscriber): void {
    const set = this.subscribers.get(eventId);
    if (!set) return;
    set.delete(subscriber);
    if (set.size === 0) this.subscribers.delete(eventId);
  }

  /** Streams open in this process, all events together (tests watch it). */
  get streamCount(): number {
    let count = 0;
    for (const set of this.subscribers.values()) count += set.size;
    return count;
  }

  async stop(): Promise<void> {
    this.tellLost();
    await this.listener.stop();
  }

  private tellLost(): void {
    const all = [...this.subscribers.values()].flatMap((set) => [...set]);
    this.subscribers.clear();
    for (const subscriber of all) subscriber.lost();
  }
}

// One per process; on globalThis so Next's dev server (which re-evaluates modules) keeps one connection.
const globalHub = globalThis as unknown as { eventSignalHub?: EventSignalHub };

export function eventSignalHub(): EventSignalHub {
  globalHub.eventSignalHub ??= new EventSignalHub(process.env.DATABASE_URL);
  return globalHub.eventSignalHub;
}

/** Closes this process's listening connection (tests, between database copies). */
export async function stopEventSignalHub(): Promise<void> {
  await globalHub.eventSignalHub?.stop();
  delete globalHub.eventSignalHub;
}
