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

export function cacheableResponse(request: Request, entity: CacheableBody): Response {
  const etag = entity.etag ?? strongEtag(entity.body);
  const headers: Record<string, string> = {
    ETag: etag,
    "Cache-Control": entity.cacheControl,
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Link, Content-Disposition, X-Generated-At",
    Link: `<${OPEN_DATA_LICENCE.url}>; rel="license"`,
    ...(entity.lastModified ? { "Last-Modified": entity.lastModified.toUTCString() } : {}),
    ...entity.headers,
  };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag) || unmodifiedSince(request, entity.lastModified)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(entity.body, {
    status: 200,
    headers: { ...headers, "Content-Type": entity.contentType },
  });
}

/** A plain 404 for a feed or file that does not exist. */
export function notFoundResponse(message: string): Response {
  return Response.json(
    { error: message },
    { status: 404, headers: { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } },
  );
}
