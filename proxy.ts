import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security-headers";
import { CROSS_SITE_REFUSAL, isRefusedCrossSiteRequest } from "@/lib/request-origin";
import { REQUEST_ID_HEADER } from "@/lib/request-scope";
import { isDatabaseAvailable } from "@/lib/database-availability";
import { serviceUnavailableResponse } from "@/lib/service-unavailable";
import { cachedPageResponse } from "@/lib/page-cache/serve";

const ONE_CLICK_UNSUBSCRIBE_PATH = "/api/unsubscribe";
/** Answers for itself while the database is away ("degraded"), for load balancers and uptime checks. */
const HEALTH_PATH = "/api/health";

// Sets the per-request CSP nonce. Authorisation is never decided here (CVE-2025-29927): every action and
// route handler checks for itself.
export async function proxy(request: NextRequest) {
  // Refusing a forged cross-site write is not authorisation: it only stops another site using the person's
  // cookies. Plain text, so nothing of the page is rendered for the other site.
  // The one exception is RFC 8058 one-click unsubscribe, which a webmail page on another site may POST: it
  // uses no cookie (the signed token in its address is the authority), so another site gains nothing by it.
  if (
    request.nextUrl.pathname !== ONE_CLICK_UNSUBSCRIBE_PATH &&
    isRefusedCrossSiteRequest(request.method, request.headers.get("sec-fetch-site"))
  ) {
    return new NextResponse(CROSS_SITE_REFUSAL, {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  // Always our own: an id the client sent could collide with another request's on purpose.
  const requestId = crypto.randomUUID();
  // While the database is away every page and action would wait and fail: say so at once, with a 503
  // (lib/database-availability.ts watches the database; this is a flag read, not a query).
  if (request.nextUrl.pathname !== HEALTH_PATH && !isDatabaseAvailable()) {
    const unavailable = serviceUnavailableResponse(request, request.nextUrl.pathname, nonce);
    unavailable.headers.set("Content-Security-Policy", csp);
    unavailable.headers.set(REQUEST_ID_HEADER, requestId);
    return unavailable;
  }
  // A visitor's public page, rendered once for everyone not signed in (lib/page-cache/policy.ts).
  const cached = await cachedPageResponse(request, nonce, {
    "Content-Security-Policy": csp,
    [REQUEST_ID_HEADER]: requestId,
  });
  if (cached) return cached;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
