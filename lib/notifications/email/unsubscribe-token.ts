// The signed link in every activity email that turns one kind of email off without signing in. Pure (no
// database): the token names the person and the one purpose it serves, and an HMAC over both with a server
// secret proves the portal made it, so nobody can alter it to name another person or another kind.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { EMAIL_KINDS, type EmailKind } from "@/lib/notifications/kinds";

/** What one link turns off: one kind of email, or every kind that arrives in the daily digest. */
export const UNSUBSCRIBE_PURPOSES = [...EMAIL_KINDS, "dailyDigest"] as const;
export type UnsubscribePurpose = EmailKind | "dailyDigest";

export interface UnsubscribeClaim {
  userId: string;
  purpose: UnsubscribePurpose;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// A version prefix, so a later change of format can tell old links from new ones.
const VERSION = "u1";

/**
 * The key unsubscribe links are signed with: derived from AUTH_SECRET (HKDF, its own label), so it needs no
 * setting of its own and a leaked link key would not sign sessions. Changing AUTH_SECRET invalidates old links.
 */
export function unsubscribeKey(env: Record<string, string | undefined> = process.env): Buffer {
  const secret = env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: unsubscribe links cannot be signed");
  return Buffer.from(hkdfSync("sha256", secret, "my-smarter-essex", "unsubscribe-link", 32));
}

function signature(body: string, key: Buffer): Buffer {
  return createHmac("sha256", key).update(body).digest();
}

/** The token for a link: `u1.<user id>.<purpose>.<signature>`, all URL-safe. */
export function signUnsubscribeToken(claim: UnsubscribeClaim, key: Buffer = unsubscribeKey()): string {
  const body = `${VERSION}.${claim.userId}.${claim.purpose}`;
  return `${body}.${signature(body, key).toString("base64url")}`;
}

/** The person and purpose a token was signed for, or null when it was not signed by us (or was altered). */
export function verifyUnsubscribeToken(token: unknown, key: Buffer = unsubscribeKey()): UnsubscribeClaim | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const parts = token.split(".");
  if (parts.length !== 4) return null;
  const [version, userId, purpose, mac] = parts as [string, string, string, string];
  if (version !== VERSION || !UUID.test(userId)) return null;
  if (!(UNSUBSCRIBE_PURPOSES as readonly string[]).includes(purpose)) return null;
  const given = Buffer.from(mac, "base64url");
  const expected = signature(`${version}.${userId}.${purpose}`, key);
  // The re-encoding check refuses a signature written another way that decodes to the same bytes.
  if (given.length !== expected.length || given.toString("base64url") !== mac) return null;
  if (!timingSafeEqual(given, expected)) return null;
  return { userId, purpose: purpose as UnsubscribePurpose };
}
