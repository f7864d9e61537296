// One process's cache of rendered public pages (which pages and for whom: lib/page-cache/policy.ts).
//
// Freshness: a page is served for FRESH_MS after it was rendered, then for up to SERVABLE_MS while one request
// renders it again, so a busy page is rendered about once every few seconds however many visitors read it.
// Supports change a page's counts without telling anyone (a support storm must not empty the cache), so counts
// may lag by those seconds. Everything else a public page shows is told: triggers on the tables behind those
// pages (migration 20261127021500_public_pages_notify) NOTIFY PUBLIC_PAGES_CHANNEL in the writing transaction,
// and every instance drops its whole cache when one arrives, after the commit. So a hidden question, a new
// answer or a renamed person is gone from every instance's cache within a round trip of the write.
//
// Like the reference cache, it is used only while its connection is listening: before it is up, after it fails
// or while the database is away, every page is rendered for its request. Bounded by MAX_BYTES, least recently
// used first out.
import { DatabaseListener } from "@/lib/db-listen";

export const PUBLIC_PAGES_CHANNEL = "public_pages_changed";
/** Themes and districts (lib/reference/cache.ts) are on every list page's filters. */
const REFERENCE_DATA_CHANNEL = "reference_data_changed";

const FRESH_MS = 5_000;
const SERVABLE_MS = 15_000;
const MAX_BYTES = 32 * 1024 * 1024;
const RECONNECT_AFTER_MS = 5_000;

export interface CachedPage {
  status: number;
  /** The page's bytes, cut where the nonce it was rendered under was (each answer puts its own there). */
  parts: Buffer[];
  /** Headers kept with the page, each value cut where the nonce was too (a preload `Link` carries it). */
  headers: [string, string[]][];
  renderedAt: number;
}

const sizeOf = (page: CachedPage | null) => page?.parts.reduce((sum, part) => sum + part.length, 0) ?? 0;

interface Entry {
  page: CachedPage | null;
  rendering: Promise<CachedPage | null> | null;
}

/** A render for the cache: the answer, and whether it may be kept or only given to the visitors who waited. */
export type RenderPage = (key: string) => Promise<{ page: Omit<CachedPage, "renderedAt">; keep: boolean } | null>;

export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly listener: DatabaseListener;
  private bytes = 0;
  /** Moves on at every drop: a render begun before a change is not kept after it. */
  private generation = 0;
  /** How many times the cache was dropped (tests watch it). */
  drops = 0;

  constructor(
    connectionString: string | undefined,
    private readonly render: RenderPage,
    private readonly limits = { freshMs: FRESH_MS, servableMs: SERVABLE_MS, maxBytes: MAX_BYTES },
  ) {
    this.listener = new DatabaseListener(
      connectionString,
      [PUBLIC_PAGES_CHANNEL, REFERENCE_DATA_CHANNEL],
      "my-smarter-essex-page-cache",
      { notified: () => this.drop(), lost: () => this.drop() },
      RECONNECT_AFTER_MS,
    );
  }

  /** The page under `key`, rendering it when missing or too old; null when it must be rendered for the request. */
  async page(key: string): Promise<{ page: CachedPage; served: "hit" | "stale" | "rendered" } | null> {
    if (!(await this.listener.listen())) return null;
    const entry = this.entries.get(key);
    const age = entry?.page ? Date.now() - entry.page.renderedAt : Number.POSITIVE_INFINITY;
    if (entry?.page && age < this.limits.servableMs) {
      // Least recently used goes first: a read moves the entry to the end of the map's order.
      this.entries.delete(key);
      this.entries.set(key, entry);
      const stale = age >= this.limits.freshMs;
      if (stale && !entry.rendering) void this.renderInto(key, entry);
      return { page: entry.page, served: stale ? "stale" : "hit" };
    }
    const waiting = entry ?? { page: null, rendering: null };
    if (!entry) this.entries.set(key, waiting);
    const page = await (waiting.rendering ?? this.renderInto(key, waiting));
    return page ? { page, served: "rendered" } : null;
  }

  /** Forgets every page. */
  drop(): void {
    this.entries.clear();
    this.bytes = 0;
    this.generation += 1;
    this.drops += 1;
  }

  get size(): number {
    return this.entries.size;
  }

  async stop(): Promise<void> {
    this.drop();
    await this.listener.stop();
  }

  private renderInto(key: string, entry: Entry): Promise<CachedPage | null> {
    const generation = this.generation;
    const renderedAt = Date.now();
    const rendering = this.render(key)
      .catch(() => null)
      .then((rendered) => {
        entry.rendering = null;
        // Dropped meanwhile: the render may show what was true before the change, so it is not kept or served.
        if (generation !== this.generation) return null;
        if (!rendered?.keep) {
          // What was kept under this address is no longer what a visitor gets there.
          this.bytes -= sizeOf(entry.page);
          if (this.entries.get(key) === entry) this.entries.delete(key);
          return rendered ? { ...rendered.page, renderedAt } : null;
        }
        const page = { ...rendered.page, renderedAt };
        this.bytes += sizeOf(page) - sizeOf(entry.page);
        entry.page = page;
        this.evict();
        return page;
      });
    entry.rendering = rendering;
    return rendering;
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.bytes <= this.limits.maxBytes) return;
      if (entry.rendering) continue;
      this.bytes -= sizeOf(entry.page);
      this.entries.delete(key);
    }
  }
}
