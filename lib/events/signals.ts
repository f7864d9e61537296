// "This event changed", heard by every instance: each process holds ONE connection that LISTENs on
// EVENT_CHANGED_CHANNEL (lib/events/live.ts NOTIFYs inside the writing transaction, so a signal arrives only once the
// change is committed and visible), and hands each signal to the open server-sent-events streams of that event. A
// stream holds no database connection of its own, so a room of 200 phones costs one connection per instance.
//
// When the listening connection fails, a signal may be lost: every open stream is told (`lost`) and closes, so the
// pages fall back to polling and reconnect, and the hub listens again after RECONNECT_AFTER_MS.
import "server-only";
import pg from "pg";
import { EVENT_CHANGED_CHANNEL } from "./live";

const RECONNECT_AFTER_MS = 1_000;

export interface EventSignalSubscriber {
  /** Something the event's pages show has changed. */
  changed(): void;
  /** The hub stopped listening: signals may have been missed, so the stream should end. */
  lost(): void;
}

export class EventSignalHub {
  private client: pg.Client | null = null;
  private listening: Promise<boolean> | null = null;
  private retryAt = 0;
  private stopped = false;
  private readonly subscribers = new Map<string, Set<EventSignalSubscriber>>();

  constructor(private readonly connectionString: string | undefined) {}

  /**
   * Adds a stream for an event's signals once the hub is listening; false (nothing added) when it cannot listen,
   * for the route to answer 503 and the page to poll.
   */
  async subscribe(eventId: string, subscriber: EventSignalSubscriber): Promise<boolean> {
    if (!(await this.listen())) return false;
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
    this.stopped = true;
    const client = this.client;
    this.client = null;
    this.listening = null;
    this.tellLost();
    await client?.end().catch(() => undefined);
  }

  private listen(): Promise<boolean> {
    if (this.listening) return this.listening;
    if (this.stopped || Date.now() < this.retryAt || !this.connectionString) return Promise.resolve(false);
    const client = new pg.Client({
      connectionString: this.connectionString,
      connectionTimeoutMillis: 2_000,
      application_name: "my-smarter-essex-event-signals",
      // A connection that dies silently (a network drop) must be noticed, or streams would wait for nothing.
      keepAlive: true,
    });
    this.client = client;
    client.on("notification", (message) => {
      if (message.channel !== EVENT_CHANGED_CHANNEL || !message.payload) return;
      for (const subscriber of this.subscribers.get(message.payload) ?? []) subscriber.changed();
    });
    client.on("error", () => this.forget(client));
    client.on("end", () => this.forget(client));
    this.listening = client
      .connect()
      .then(() => client.query(`LISTEN ${EVENT_CHANGED_CHANNEL}`))
      .then(() => true)
      .catch(() => {
        this.forget(client);
        return false;
      });
    return this.listening;
  }

  private forget(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.listening = null;
    this.retryAt = Date.now() + RECONNECT_AFTER_MS;
    this.tellLost();
    client.end().catch(() => undefined);
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
