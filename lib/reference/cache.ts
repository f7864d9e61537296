// Reference data (themes, districts) read once per process and kept until it changes. Every page that offers
// a filter or a form reads it, and it changes a few times a year, so reading it per request costs queries for
// nothing. Correct across instances: a trigger on each reference table (migration
// 20261126170000_reference_data_notify) sends a NOTIFY on REFERENCE_DATA_CHANNEL in the writing transaction, and
// every process LISTENs on one dedicated connection and drops its whole cache when one arrives (after the commit,
// so the next read sees the change). The cache is used only while that connection is listening: before it is
// up, after it fails, or while the database is away, every read goes to the database, so a missed notification
// can never leave a stale value. A writer in this process also drops its own cache at once
// (dropReferenceCache), so it reads its own write without waiting for the notification's round trip.
import "server-only";
import { DatabaseListener } from "@/lib/db-listen";

export const REFERENCE_DATA_CHANNEL = "reference_data_changed";

/** After the listening connection fails, how long to read through before trying to listen again. */
const RECONNECT_AFTER_MS = 5_000;

interface Entry {
  value: Promise<unknown>;
  expiresAt: number;
}

/** One process's cache and its listening connection (one per process: referenceCache()). */
export class ReferenceCache {
  private readonly listener: DatabaseListener;
  private readonly entries = new Map<string, Entry>();
  /** How many times the cache was dropped (by a notification or a local write): tests watch it. */
  drops = 0;

  constructor(connectionString: string | undefined) {
    // A lost connection may have missed a notification: forget everything and read through until listening again.
    this.listener = new DatabaseListener(
      connectionString,
      [REFERENCE_DATA_CHANNEL],
      "my-smarter-essex-reference-cache",
      { notified: () => this.drop(), lost: () => this.drop() },
      RECONNECT_AFTER_MS,
    );
  }

  /** Forgets every cached value. */
  drop(): void {
    this.entries.clear();
    this.drops += 1;
  }

  /**
   * The value of `load` under `key`, cached while listening for changes, else read through. `maxAgeMs` bounds how
   * long a value is kept even without a notification: for values that also depend on data whose writes send
   * none (say so where it is used).
   */
  async get<T>(key: string, maxAgeMs: number, load: () => Promise<T>): Promise<T> {
    if (!(await this.listen())) return load();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) return hit.value as Promise<T>;
    const value = load();
    const entry: Entry = { value, expiresAt: now + maxAgeMs };
    // Set before the read finishes, so concurrent requests share one read; a drop meanwhile removes it, so a
    // read that began before a change is not kept after it.
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  /** Closes the listening connection and forgets everything. */
  async stop(): Promise<void> {
    this.entries.clear();
    await this.listener.stop();
  }

  /** Starts listening if not already; true while listening. */
  listen(): Promise<boolean> {
    return this.listener.listen();
  }
}

// One per process; on globalThis so Next's dev server (which re-evaluates modules) and the integration tests
// (which stop it between files, tests/support/integration-setup.ts) reach the same one.
const globalCache = globalThis as unknown as { referenceCache?: ReferenceCache };

/** This process's reference cache, listening on DATABASE_URL. */
export function referenceCache(): ReferenceCache {
  globalCache.referenceCache ??= new ReferenceCache(process.env.DATABASE_URL);
  return globalCache.referenceCache;
}

/** `load`'s value under `key` from this process's cache (ReferenceCache.get). */
export function cachedReference<T>(key: string, maxAgeMs: number, load: () => Promise<T>): Promise<T> {
  return referenceCache().get(key, maxAgeMs, load);
}

/** Forgets every cached value in this process (after a write here: see the file's header). */
export function dropReferenceCache(): void {
  globalCache.referenceCache?.drop();
}

/** Closes this process's listening connection (tests and scripts that end; a server keeps it for its life). */
export async function stopReferenceListener(): Promise<void> {
  const cache = globalCache.referenceCache;
  delete globalCache.referenceCache;
  await cache?.stop();
}
