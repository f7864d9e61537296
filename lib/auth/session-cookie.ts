import "server-only";
import { decode } from "next-auth/jwt";
import { servedOverHttps } from "@/lib/config";

/**
 * The session cookie's name. Over HTTPS (APP_URL) it takes the __Host- prefix (Secure, path /, no Domain: no
 * subdomain or plain-http page can set or overwrite it); over plain http (development, tests) browsers refuse
 * prefixed cookies, so it is next-auth's unprefixed default.
 */
export function sessionCookieName(): string {
  return servedOverHttps() ? "__Host-authjs.session-token" : "authjs.session-token";
}

/** What a session token carries: the user, the session version it was issued under, and the session row. */
export interface SessionClaims {
  userId: string;
  sessionVersion: number;
  sessionId: string;
}

/**
 * The claims of a session cookie's value: null when it is missing, forged, made with another key, expired or
 * lacks a claim. The value is the cookie joined from its chunks, as next-auth writes it (a token this small is
 * never split, but the chunks are read so a change in next-auth cannot sign everyone out).
 *
 * Decoding is all a request needs: whether the session is still open is the database's answer (loadActor).
 * next-auth's `auth()` also re-encrypts a fresh token on every call, which a page or an action cannot set
 * anyway (it was a tenth of a support's CPU), so the portal reads the cookie itself.
 */
export async function readSessionToken(
  cookies: { name: string; value: string }[],
  name: string = sessionCookieName(),
  secret: string = sessionSecret(),
): Promise<SessionClaims | null> {
  const whole = cookies.find((cookie) => cookie.name === name)?.value;
  const chunks = cookies
    .map((cookie) => ({ cookie, index: chunkIndex(cookie.name, name) }))
    .filter((entry): entry is { cookie: { name: string; value: string }; index: number } => entry.index !== null)
    .sort((a, b) => a.index - b.index)
    .map((entry) => entry.cookie.value)
    .join("");
  const token = whole || chunks;
  if (!token) return null;
  let payload: Record<string, unknown> | null;
  try {
    payload = await decode({ token, secret, salt: name });
  } catch {
    return null;
  }
  const { sub, sv, sid } = payload ?? {};
  if (typeof sub !== "string" || !sub || typeof sv !== "number" || typeof sid !== "string") return null;
  return { userId: sub, sessionVersion: sv, sessionId: sid };
}

/** The key next-auth seals session cookies with (its own default: AUTH_SECRET, else NEXTAUTH_SECRET). */
function sessionSecret(): string {
  const secret = process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: session cookies cannot be read.");
  return secret;
}

function chunkIndex(cookieName: string, name: string): number | null {
  if (!cookieName.startsWith(`${name}.`)) return null;
  const suffix = cookieName.slice(name.length + 1);
  return /^\d+$/.test(suffix) ? Number(suffix) : null;
}
