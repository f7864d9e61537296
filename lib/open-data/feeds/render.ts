// A feed as RSS 2.0, Atom 1.0 or JSON Feed 1.1, through the `feed` library. Pure: the same entries always give the
// same bytes, so the ETag of an unchanged feed does not change.
import { Feed } from "feed";
import { OPEN_DATA_LICENCE } from "../licence";
import type { FeedFormat } from "./formats";

export interface FeedEntry {
  /** An absolute address that never changes: the entry's id (Atom), guid (RSS) and id (JSON Feed). */
  id: string;
  title: string;
  link: string;
  published: Date;
  updated: Date;
  /** One line of plain text. */
  summary: string;
  /** The content, as paragraphs of plain text (escaped into HTML here, never passed through as markup). */
  paragraphs: readonly string[];
  categories: readonly string[];
}

export interface FeedDocument {
  title: string;
  description: string;
  /** The page the feed follows. */
  link: string;
  /** The feed's own absolute address in each format. */
  self: Record<FeedFormat, string>;
  site: string;
  /** Newest first. */
  entries: readonly FeedEntry[];
}

/** A feed with nothing in it yet says it was last updated at this fixed time, so its ETag stays put. */
const EMPTY_FEED_UPDATED = new Date("2026-01-01T00:00:00Z");

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Characters XML 1.0 cannot hold at all (control characters other than tab and line ends). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "");
}

function contentHtml(paragraphs: readonly string[]): string {
  return paragraphs
    .flatMap((p) => p.split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(xmlSafe(p)).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

/**
 * RSS and Atom (the library marks Atom's as type="html") read an entry's title and summary as HTML, so they get
 * them escaped; JSON Feed's title and summary are plain text.
 */
function buildFeed(document: FeedDocument, text: (plain: string) => string): Feed {
  const updated = document.entries.reduce<Date | null>(
    (latest, entry) => (latest && latest > entry.updated ? latest : entry.updated),
    null,
  );
  const feed = new Feed({
    id: document.link,
    title: xmlSafe(document.title),
    description: xmlSafe(document.description),
    link: document.link,
    language: "en-GB",
    updated: updated ?? EMPTY_FEED_UPDATED,
    generator: "My Smarter Essex",
    copyright: `${OPEN_DATA_LICENCE.name}: ${OPEN_DATA_LICENCE.url}`,
    feedLinks: document.self,
    author: { name: "My Smarter Essex", link: document.site },
  });
  for (const entry of document.entries) {
    feed.addItem({
      id: entry.id,
      guid: entry.id,
      title: text(xmlSafe(entry.title)),
      link: entry.link,
      date: entry.updated,
      published: entry.published,
      description: text(xmlSafe(entry.summary)),
      content: contentHtml(entry.paragraphs),
      category: entry.categories.map((name) => ({ name: xmlSafe(name), term: xmlSafe(name) })),
    });
  }
  return feed;
}

/**
 * JSON Feed 1.1 from the library's JSON Feed 1.0: the version, the language, and `authors` (1.1) instead of
 * `author` (deprecated in 1.1), with the fields in the library's order otherwise.
 */
function jsonFeed11(feed: Feed): string {
  const { author, ...rest } = JSON.parse(feed.json1()) as Record<string, unknown> & {
    author?: unknown;
    items: (Record<string, unknown> & { author?: unknown })[];
  };
  return JSON.stringify({
    ...rest,
    version: "https://jsonfeed.org/version/1.1",
    language: "en-GB",
    ...(author ? { authors: [author] } : {}),
    items: rest.items.map(({ author: itemAuthor, ...item }) => ({
      ...item,
      ...(itemAuthor ? { authors: [itemAuthor] } : {}),
    })),
  });
}

export function renderFeed(document: FeedDocument, format: FeedFormat): string {
  if (format === "json") return jsonFeed11(buildFeed(document, (plain) => plain));
  const feed = buildFeed(document, escapeHtml);
  return format === "rss" ? feed.rss2() : feed.atom1();
}
