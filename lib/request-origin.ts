// A second line behind Next's Origin check for server actions: browsers say in Sec-Fetch-Site where a
// request comes from, and no form or script on another site can forge or remove that header.

/** Methods that never change anything here, so a cross-site one is harmless (links, images, prefetches). */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether to refuse this request as cross-site. Allowed: safe methods always; "same-origin" (our own pages);
 * "none" (the person typed the address or used a bookmark); no header at all (older browsers and non-browser
 * clients, which carry no one else's cookies; Next's Origin check and each action's own checks still apply).
 * Refused: "cross-site" and also "same-site", because a sibling subdomain is another application whose
 * compromise must not reach accounts here, and nothing on this portal posts from one.
 */
export function isRefusedCrossSiteRequest(method: string, secFetchSite: string | null): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (secFetchSite === null) return false;
  const site = secFetchSite.trim().toLowerCase();
  return site !== "same-origin" && site !== "none";
}

export const CROSS_SITE_REFUSAL = "Cross-site requests are not accepted.";

/**
 * The portal's public origin (scheme, host and port) for absolute links in answers: APP_URL when set (the address
 * people use, whatever host a proxy forwarded), else the origin the request was made to.
 */
export function requestOrigin(request: Request, env: Record<string, string | undefined> = process.env): string {
  const configured = env.APP_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A malformed APP_URL is reported at start-up (lib/config.ts); fall back to the request's own origin.
    }
  }
  return new URL(request.url).origin;
}
