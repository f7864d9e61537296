// Where to send someone once they have signed in, signed up or confirmed their email: a page of this site,
// carried as a path through the sign-in, sign-up and confirmation pages and the emailed link. Anything that
// could leave the site is dropped (an open redirect would let a phishing mail borrow the portal's address).

const ORIGIN = "https://portal.invalid";
const MAX_LENGTH = 500;
// Pages that make no sense to come back to once signed in: they would only send the person round again.
const NOT_A_DESTINATION = /^\/(sign-in|sign-up|verify-email|reset-password|signed-out)(?=[/?#]|$)/;

/**
 * The path itself when it is a page of this site, else undefined. It must start with a single "/" (not "//" or
 * "/\", which browsers read as another host), hold no whitespace or control characters, and resolve against
 * this site to this site.
 */
export function safeReturnPath(value: string | null | undefined): string | undefined {
  if (!value || value.length > MAX_LENGTH) return undefined;
  if (!/^\/(?![/\\])[^\s\x00-\x1f\x7f\\]*$/.test(value)) return undefined;
  let resolved: URL;
  try {
    resolved = new URL(value, ORIGIN);
  } catch {
    return undefined;
  }
  if (resolved.origin !== ORIGIN) return undefined;
  if (NOT_A_DESTINATION.test(resolved.pathname)) return undefined;
  return value;
}
