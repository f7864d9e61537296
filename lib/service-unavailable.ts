// What a person is told while the database is away: HTTP 503 with Retry-After, in the shape the request
// expects. proxy.ts answers with it before any page starts rendering, so it needs nothing from the database and
// nothing from the app's bundles: the page is a complete HTML document with its styles inline (under the
// request's CSP nonce), in the GOV.UK "service unavailable" pattern.

import { CORS_HEADERS, OPEN_DATA_API_PREFIX } from "@/lib/open-data/api/cors";

export const SERVICE_UNAVAILABLE_HEADING = "Sorry, the service is unavailable";
export const SERVICE_UNAVAILABLE_MESSAGE =
  "Sorry, the service is unavailable. Try again in a few minutes. Anything the service did not confirm has not been saved.";
/** Seconds a client is told to wait before it tries again. */
export const RETRY_AFTER_SECONDS = 10;

function page(nonce: string): string {
  // Colours from app/globals.css (ink on paper, the header's dark brand): contrast well above 4.5:1.
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${SERVICE_UNAVAILABLE_HEADING} – My Smarter Essex</title>
<style nonce="${nonce}">
body{margin:0;font-family:"Atkinson Hyperlegible",system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:19px;line-height:1.5;color:#0b0c0c;background:#fff}
header{background:#123357;color:#fff;padding:16px}
header p{margin:0 auto;max-width:64rem;font-size:1.5rem;font-weight:700}
main{display:block;margin:0 auto;max-width:40rem;padding:32px 16px}
h1{font-size:2.25rem;line-height:1.2;margin:0 0 24px}
p{margin:0 0 16px}
a{color:#1d4e89}
a:focus{outline:3px solid transparent;background:#ffdd00;color:#0b0c0c;box-shadow:0 -2px #ffdd00,0 4px #0b0c0c;text-decoration:none}
</style>
</head>
<body>
<header><p>My Smarter Essex</p></header>
<main id="main-content">
<h1>${SERVICE_UNAVAILABLE_HEADING}</h1>
<p>You will be able to use the service again soon. Try again in a few minutes.</p>
<p>If you were in the middle of something, it has been saved only if the service told you so. Anything else you will need to do again.</p>
<p><a href="/">Try the home page again</a></p>
</main>
</body>
</html>
`;
}

const NO_STORE = { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) };

/**
 * The 503 answer for a request: problem details for the open-data API, JSON for the portal's own API, plain text
 * for a server action or a client-side navigation (their callers read neither HTML nor our JSON; the text is what a
 * person may see), the HTML page otherwise.
 */
export function serviceUnavailableResponse(request: Request, pathname: string, nonce: string): Response {
  // The open-data API answers every error as RFC 9457 problem details, this one included, readable cross-origin.
  if (pathname.startsWith(OPEN_DATA_API_PREFIX)) {
    const problem = {
      type: "about:blank",
      title: "Service Unavailable",
      status: 503,
      detail: SERVICE_UNAVAILABLE_MESSAGE,
      instance: pathname,
    };
    return new Response(JSON.stringify(problem), {
      status: 503,
      headers: { ...NO_STORE, ...CORS_HEADERS, "Content-Type": "application/problem+json" },
    });
  }
  if (pathname.startsWith("/api/")) {
    return Response.json({ error: SERVICE_UNAVAILABLE_MESSAGE }, { status: 503, headers: NO_STORE });
  }
  if (request.headers.has("next-action") || request.headers.has("rsc")) {
    return new Response(SERVICE_UNAVAILABLE_MESSAGE, {
      status: 503,
      headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(page(nonce), {
    status: 503,
    headers: { ...NO_STORE, "Content-Type": "text/html; charset=utf-8" },
  });
}
