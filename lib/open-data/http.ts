// Answering a request for a feed or a download: validators (ETag, Last-Modified) so that a client asking again
// with If-None-Match or If-Modified-Since is answered 304 Not Modified with no body, and CORS open for reading.
import { createHash } from "node:crypto";
import { OPEN_DATA_LICENCE } from "./licence";

export interface CacheableBody {
  body: string;
  contentType: string;
  cacheControl: string;
  /** A strong validator; computed from the body when not given. */
  etag?: string;
  lastModified?: Date;
  headers?: Record<string, string>;
}

export function strongEtag(body: string): string {
  return `"${createHash("sha256").update(body, "utf8").digest("base64url")}"`;
}

/** Whether If-None-Match names this entity (weak comparison, as RFC 9110 asks for GET). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}

/** Whether the entity has not changed since If-Modified-Since (ignored when If-None-Match is sent). */
function unmodifiedSince(request: Request, lastModified: Date | undefined): boolean {
  const since = request.headers.get("if-modified-since");
  if (!since || !lastModified || request.headers.has("if-none-match")) return false;
  const time = Date.parse(since);
  // HTTP dates have whole seconds.
  return !Number.isNaN(time) && Math.floor(lastModified.getTime() / 1000) * 1000 <= time;
}

/** The validators and caching rules of an entity, without its body. */
export type CacheableEntity = Omit<CacheableBody, "body" | "contentType"> & { etag: string };

function entityHeaders(entity: CacheableEntity): Record<string, string> {
  return {
    ETag: entity.etag,
    "Cache-Control": entity.cacheControl,
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Link, Content-Disposition, X-Generated-At",
    Link: `<${OPEN_DATA_LICENCE.url}>; rel="license"`,
    ...(entity.lastModified ? { "Last-Modified": entity.lastModified.toUTCString() } : {}),
    ...entity.headers,
  };
}

/**
 * 304 Not Modified when the request's validators name this entity; null when the body is wanted. A stored file
 * asks this with its validators alone, so a mirror polling a large download costs no read of the file.
 */
export function notModifiedResponse(request: Request, entity: CacheableEntity): Response | null {
  const unchanged =
    matchesIfNoneMatch(request.headers.get("if-none-match"), entity.etag) ||
    unmodifiedSince(request, entity.lastModified);
  return unchanged ? new Response(null, { status: 304, headers: entityHeaders(entity) }) : null;
}

export function cacheableResponse(request: Request, entity: CacheableBody): Response {
  const withEtag = { ...entity, etag: entity.etag ?? strongEtag(entity.body) };
  return (
    notModifiedResponse(request, withEtag) ??
    new Response(entity.body, {
      status: 200,
      headers: { ...entityHeaders(withEtag), "Content-Type": entity.contentType },
    })
  );
}

/**
 * 200 with a body streamed a piece at a time, whose validators are known before any of it is read (a stored
 * download). No Content-Length: Next's server drops it from a route handler's answer and sends the body chunked.
 */
export function streamedResponse(
  entity: CacheableEntity & { contentType: string },
  body: ReadableStream<Uint8Array>,
): Response {
  return new Response(body, {
    status: 200,
    headers: { ...entityHeaders(entity), "Content-Type": entity.contentType },
  });
}

/** A plain 404 for a feed or file that does not exist. */
export function notFoundResponse(message: string): Response {
  return Response.json(
    { error: message },
    { status: 404, headers: { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } },
  );
}
