import "server-only";
import { cacheableResponse } from "../http";
import { FEED_FORMATS, type FeedFormat } from "./formats";
import { renderFeed, type FeedDocument } from "./render";

/**
 * Feeds are read by feed readers every few minutes to hours: a shared cache may keep one for 5 minutes, and a
 * reader that asks again with the ETag is answered 304 when nothing changed.
 */
export const FEED_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=300";

export function feedResponse(request: Request, document: FeedDocument, format: FeedFormat): Response {
  const updated = document.entries.reduce<Date | undefined>(
    (latest, entry) => (latest && latest > entry.updated ? latest : entry.updated),
    undefined,
  );
  return cacheableResponse(request, {
    body: renderFeed(document, format),
    contentType: `${FEED_FORMATS[format].contentType}; charset=utf-8`,
    cacheControl: FEED_CACHE_CONTROL,
    lastModified: updated,
  });
}
