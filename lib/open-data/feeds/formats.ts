// The three feed formats and the addresses they are served at: /feeds/questions.rss?theme=…, and
// /feeds/partners/<slug>/responses.atom. Pure: the pages' <link rel="alternate"> and the routes share it.
import type { BrowseParams } from "@/lib/questions/schemas";

export const FEED_FORMATS = {
  rss: { label: "RSS", contentType: "application/rss+xml" },
  atom: { label: "Atom", contentType: "application/atom+xml" },
  json: { label: "JSON Feed", contentType: "application/feed+json" },
} as const;

export type FeedFormat = keyof typeof FEED_FORMATS;
export const FEED_FORMAT_NAMES = Object.keys(FEED_FORMATS) as FeedFormat[];

/** "questions.rss" → { name: "questions", format: "rss" }; null for anything else. */
export function parseFeedFile<Name extends string>(
  file: string,
  names: readonly Name[],
): { name: Name; format: FeedFormat } | null {
  const match = /^([a-z-]+)\.([a-z]+)$/.exec(file);
  if (!match) return null;
  const [, name, format] = match;
  if (!names.includes(name as Name) || !FEED_FORMAT_NAMES.includes(format as FeedFormat)) return null;
  return { name: name as Name, format: format as FeedFormat };
}

/** The filters of the questions list that a feed follows, in a fixed order (the sort and the page do not apply). */
export const QUESTION_FEED_FILTERS = ["theme", "district", "status", "organisation", "q"] as const;

/** The query string of a questions feed for these filters: "" or "?theme=…&district=…". */
export function questionFeedQuery(params: BrowseParams): string {
  const search = new URLSearchParams();
  for (const key of QUESTION_FEED_FILTERS) {
    const value = params[key];
    if (value) search.set(key, value);
  }
  const query = search.toString();
  return query ? `?${query}` : "";
}

/** The questions feed for the filters of a /questions address, in one format (a path, relative to the site). */
export function questionFeedPath(params: BrowseParams, format: FeedFormat): string {
  return `/feeds/questions.${format}${questionFeedQuery(params)}`;
}

export const PARTNER_FEEDS = ["responses", "commitments"] as const;
export type PartnerFeed = (typeof PARTNER_FEEDS)[number];

export function partnerFeedPath(slug: string, feed: PartnerFeed, format: FeedFormat): string {
  return `/feeds/partners/${encodeURIComponent(slug)}/${feed}.${format}`;
}
