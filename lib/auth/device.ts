import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// The device cookie (OWASP "device cookies"): a random id the sign-in forms give a browser that has none, so
// limits can count wrong passwords per browser rather than per account. After a successful sign-in it also
// carries a tag, an HMAC of the id and the account's email under the server secret, which marks the browser as
// one the account's owner has used. Only such a browser escapes the account's shared "untrusted" count: an
// untagged or made-up id is worth nothing to a stranger, who can always clear cookies or invent ids, so every
// untrusted source of one account shares that count (lib/rate-limit.ts).

export const DEVICE_COOKIE = "mse-device";
export const DEVICE_COOKIE_MAX_AGE = 400 * 24 * 60 * 60; // the longest browsers keep a cookie

const ID = /^[A-Za-z0-9_-]{22}$/;

export function newDeviceId(): string {
  return randomBytes(16).toString("base64url");
}

/** The id in a device cookie's value, or null for a missing or malformed one. */
export function deviceIdOf(cookie: string | null | undefined): string | null {
  const id = cookie?.split(".")[0];
  return id && ID.test(id) ? id : null;
}

function tag(id: string, email: string): string {
  const secret = process.env.RATE_LIMIT_SECRET || process.env.AUTH_SECRET;
  if (!secret) throw new Error("Device cookies need RATE_LIMIT_SECRET or AUTH_SECRET.");
  return createHmac("sha256", secret).update(`device-trust|${id}|${email.trim().toLowerCase()}`).digest("base64url");
}

/** The cookie value that marks this browser as one the owner of `email` has signed in from. */
export function trustedDeviceCookie(id: string, email: string): string {
  return `${id}.${tag(id, email)}`;
}

/** True when the cookie was issued to this browser after a successful sign-in to `email`. */
export function isTrustedDevice(cookie: string | null | undefined, email: string): boolean {
  const id = deviceIdOf(cookie);
  const given = cookie?.split(".")[1];
  if (!id || !given) return false;
  const expected = Buffer.from(tag(id, email));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
