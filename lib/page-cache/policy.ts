// Which requests may be answered from the page cache (lib/page-cache/store.ts) and how a cached page is made
// fit for one request. Pure: proxy.ts and the tests read the same rules.
//
// Only the public pages a visitor reads, and only for a visitor who is not signed in: such a page is the same
// for every visitor, so one render can serve them all for a few seconds. Anyone signed in (a session cookie) is
// rendered for themselves on every request, so what they see is never someone else's and never behind their own
// writes.

/** The header that lets the render made for the cache through (lib/page-cache/serve.ts). */
export const PAGE_CACHE_RENDER_HEADER = "x-page-cache-render";
/**
 * How the answer was made: "hit" from the cache, "stale" from the cache while it renders again, "rendered" just
 * now for this request and the cache.
 */
export const PAGE_CACHE_HEADER = "x-page-cache";

/** The pages served from the cache, by path. Each shows public data only and reads no cookie for a visitor. */
const CACHEABLE_PAGES: readonly RegExp[] = [
  /^\/$/,
  /^\/questions$/,
  // A question's own page (not /questions/ask, whose visitor is sent to sign in, nor the pages under it).
  /^\/questions\/[0-9a-f-]{36}$/,
  /^\/learn$/,
  /^\/learn\/[a-z0-9-]+$/,
  /^\/commitments$/,
  /^\/commitments\/[0-9a-f-]{36}$/,
  /^\/partners$/,
  /^\/partners\/[a-z0-9-]+$/,
];

/** The longest address kept: longer ones (a pasted essay as a search) are rendered every time. */
const LONGEST_CACHED_ADDRESS = 512;

/** A session cookie of next-auth, in any of its prefixed or chunked names. */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-|__Host-)?authjs\.session-token(?:\.\d+)?=/;

export interface PageRequest {
  method: string;
  pathname: string;
  search: string;
  /** The Cookie header, or null. */
  cookie: string | null;
  /** Whether the request asks for something other than the page's HTML (React Server Component data, an action). */
  wantsComponentData: boolean;
}

/** The cache key for a request that may be answered from the cache; null when it must be rendered for itself. */
export function pageCacheKey(request: PageRequest): string | null {
  if (request.method !== "GET" || request.wantsComponentData) return null;
  if (request.cookie && SESSION_COOKIE.test(request.cookie)) return null;
  if (!CACHEABLE_PAGES.some((page) => page.test(request.pathname))) return null;
  const key = request.pathname + request.search;
  return key.length > LONGEST_CACHED_ADDRESS ? null : key;
}

/** The nonce in a Content-Security-Policy header (the one proxy.ts puts in script-src), or null. */
export function nonceOf(contentSecurityPolicy: string | null): string | null {
  return contentSecurityPolicy?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1] ?? null;
}

/**
 * A rendered page cut where its nonce was, each piece UTF-8 encoded once, so that each answer is one copy of
 * bytes with a fresh nonce between the pieces (withNonce). The rendered nonce is random and the page was rendered
 * after every word in it was written, so it appears nowhere but where the renderer put it.
 */
export function splitAtNonce(html: string, renderedNonce: string): Buffer[] {
  return html.split(renderedNonce).map((part) => Buffer.from(part, "utf8"));
}

/** The cached page under this request's nonce, exactly as a page rendered for the request would carry it. */
export function withNonce(parts: readonly Buffer[], nonce: string): Buffer {
  const nonceBytes = Buffer.from(nonce, "utf8");
  const pieces: Buffer[] = [];
  parts.forEach((part, index) => {
    if (index > 0) pieces.push(nonceBytes);
    pieces.push(part);
  });
  return Buffer.concat(pieces);
}

/**
 * Whether a rendered page asks search engines not to keep it: the portal's "Page not found" and "removed" pages
 * for an address under a cached path (answered 200, see app/questions/[id]/page.tsx). Such a page is shared with
 * the visitors who waited but not kept, so a scan of made-up addresses cannot push real pages out of the cache.
 */
export function asksNotToBeIndexed(html: string): boolean {
  return /<meta name="robots" content="[^"]*noindex/.test(html);
}

/** Headers of a rendered answer kept with it; the rest (CSP, request id, lengths, dates) are per answer. */
export const KEPT_HEADERS = ["content-type", "cache-control", "vary", "link", "location"] as const;

/**
 * What may be done with an answer rendered for the cache:
 * - "keep": a whole HTML page, kept and served to every visitor for a few seconds;
 * - "share": a "not found" page or a redirect, given to the visitors who waited for this render (they would each
 *   have been rendered the same) but not kept, so an address that is no page costs one render, not two;
 * - "none": anything else (a cookie set, which is one visitor's; an error; no nonce to replace): every waiting
 *   request is rendered for itself.
 */
export function renderedAnswerUse(status: number, headers: Headers): "keep" | "share" | "none" {
  if (headers.has("set-cookie") || nonceOf(headers.get("content-security-policy")) === null) return "none";
  const html = (headers.get("content-type") ?? "").startsWith("text/html");
  if (status === 200) return html ? "keep" : "none";
  if ((status === 404 || status === 410) && html) return "share";
  return [301, 302, 303, 307, 308].includes(status) ? "share" : "none";
}
