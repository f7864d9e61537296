// proxy.ts's side of the page cache: answers a visitor's request for a public page from this process's cache
// (lib/page-cache/store.ts), under the request's own nonce and CSP, or says to render it as usual.
//
// A page is rendered for the cache by asking this same server for it, as a visitor with no cookies, with a
// header only this deployment can make (a key derived from AUTH_SECRET, so any instance can make it and nobody
// outside can use it to skip the cache). proxy.ts lets that request through to be rendered like any other.
import { createHmac, timingSafeEqual } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import {
  asksNotToBeIndexed,
  KEPT_HEADERS,
  nonceOf,
  PAGE_CACHE_HEADER,
  PAGE_CACHE_RENDER_HEADER,
  pageCacheKey,
  renderedAnswerUse,
  splitAtNonce,
  withNonce,
} from "./policy";
import { PageCache, type RenderPage } from "./store";

const RENDER_WITHIN_MS = 15_000;

let derived: { secret: string; key: string } | null = null;

/** The render header's value, derived from AUTH_SECRET once (every request through proxy.ts asks). */
function renderKey(): string | null {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return null;
  if (derived?.secret !== secret) {
    derived = { secret, key: createHmac("sha256", secret).update("page-cache-render").digest("base64url") };
  }
  return derived.key;
}

/** Whether the page cache runs in this process: a production server told its own port, with AUTH_SECRET. */
function enabled(): boolean {
  return (
    process.env.NODE_ENV === "production" &&
    process.env.PAGE_CACHE !== "off" &&
    Boolean(process.env.PORT) &&
    renderKey() !== null
  );
}

const renderFromThisServer: RenderPage = async (key) => {
  const response = await fetch(`http://127.0.0.1:${process.env.PORT}${key}`, {
    headers: { [PAGE_CACHE_RENDER_HEADER]: renderKey() ?? "", accept: "text/html" },
    redirect: "manual",
    signal: AbortSignal.timeout(RENDER_WITHIN_MS),
  });
  const use = renderedAnswerUse(response.status, response.headers);
  const nonce = nonceOf(response.headers.get("content-security-policy"));
  if (use === "none" || !nonce) {
    await response.body?.cancel();
    return null;
  }
  const headers: [string, string[]][] = [];
  for (const name of KEPT_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) headers.push([name, value.split(nonce)]);
  }
  const html = await response.text();
  const page = { status: response.status, parts: splitAtNonce(html, nonce), headers };
  return { page, keep: use === "keep" && !asksNotToBeIndexed(html) };
};

const globalCache = globalThis as unknown as { pageCache?: PageCache };

function pageCache(): PageCache {
  globalCache.pageCache ??= new PageCache(process.env.DATABASE_URL, renderFromThisServer);
  return globalCache.pageCache;
}

function isRenderForCache(request: NextRequest): boolean {
  const given = request.headers.get(PAGE_CACHE_RENDER_HEADER);
  const key = renderKey();
  if (!given || !key || given.length !== key.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(key));
}

/**
 * The cached page for this request under `nonce`, with the CSP and request id set; null when the request must be
 * rendered for itself (signed in, not a cached page, the cache not listening, or the render for the cache).
 */
export async function cachedPageResponse(
  request: NextRequest,
  nonce: string,
  headers: Record<string, string>,
): Promise<NextResponse | null> {
  if (!enabled() || isRenderForCache(request)) return null;
  const key = pageCacheKey({
    method: request.method,
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    cookie: request.headers.get("cookie"),
    wantsComponentData:
      request.headers.has("rsc") ||
      request.headers.has("next-action") ||
      request.headers.has("next-router-state-tree") ||
      request.nextUrl.searchParams.has("_rsc"),
  });
  if (!key) return null;
  const cached = await pageCache().page(key);
  if (!cached) return null;
  // Buffer.concat makes a Buffer over a plain ArrayBuffer, which is what a body may be.
  const body = withNonce(cached.page.parts, nonce) as Uint8Array<ArrayBuffer>;
  const response = new NextResponse(body, { status: cached.page.status });
  for (const [name, parts] of cached.page.headers) response.headers.set(name, parts.join(nonce));
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set(PAGE_CACHE_HEADER, cached.served);
  return response;
}
