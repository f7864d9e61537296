// The open-data API's address and its CORS answer headers, with no imports: proxy.ts's "service unavailable"
// answer (lib/service-unavailable.ts) speaks the API's own error format without loading the API's code.

export const OPEN_DATA_API_PREFIX = "/api/v1/";

/** Any origin may read the API, and see the headers a client needs to cache and pace itself. */
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, RateLimit, RateLimit-Policy, Retry-After",
};
