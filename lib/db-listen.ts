// One held PostgreSQL connection that LISTENs on some channels, for a process-wide cache or hub that must hear
// every change committed by any instance. Notifications arrive only after the writing transaction commits.
// A lost connection may have missed a notification, so its owner is told (`lost`) and must stop trusting what
// it holds; the next `listen()` after RECONNECT_AFTER_MS connects again.
import pg from "pg";

export interface ListenerHandlers {
  notified(channel: string, payload: string | undefined): void;
  lost(): void;
}

export class DatabaseListener {
  private client: pg.Client | null = null;
  /** Resolves true once LISTEN has succeeded on `client`, false when connecting failed. */
  private listening: Promise<boolean> | null = null;
  private retryAt = 0;
  private stopped = false;

  constructor(
    private readonly connectionString: string | undefined,
    private readonly channels: readonly string[],
    private readonly applicationName: string,
    private readonly handlers: ListenerHandlers,
    private readonly reconnectAfterMs: number,
  ) {}

  /** Starts listening if not already; true while listening. */
  listen(): Promise<boolean> {
    if (this.listening) return this.listening;
    if (this.stopped || Date.now() < this.retryAt || !this.connectionString) return Promise.resolve(false);
    const client = new pg.Client({
      connectionString: this.connectionString,
      connectionTimeoutMillis: 2_000,
      application_name: this.applicationName,
      // A connection that dies silently (a network drop) must be noticed, or changes would go unheard.
      keepAlive: true,
    });
    this.client = client;
    client.on("notification", (message) => {
      if (this.channels.includes(message.channel)) this.handlers.notified(message.channel, message.payload);
    });
    client.on("error", () => this.forget(client));
    client.on("end", () => this.forget(client));
    this.listening = client
      .connect()
      .then(() => client.query(this.channels.map((channel) => `LISTEN ${channel};`).join(" ")))
      .then(() => true)
      .catch(() => {
        this.forget(client);
        return false;
      });
    return this.listening;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    this.listening = null;
    await client?.end().catch(() => undefined);
  }

  private forget(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.listening = null;
    this.retryAt = Date.now() + this.reconnectAfterMs;
    this.handlers.lost();
    client.end().catch(() => undefined);
  }
}
