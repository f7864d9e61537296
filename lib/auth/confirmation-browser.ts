import "server-only";
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { TOKEN_LIFETIME_MS } from "@/lib/accounts/token-rules";
import { servedOverHttps } from "@/lib/config";

// A random value in an HttpOnly cookie, set by the browser that signs up (or asks for a confirmation link
// again). The confirmation link remembers its hash; a password chosen at sign-up survives confirmation only
// from that browser (see signInWithToken). Lax, so it comes along when the link is opened from a mail client.

function cookieName(): string {
  return servedOverHttps() ? "__Host-confirm-browser" : "confirm-browser";
}

/** This browser's value, if it has one. */
export async function confirmationBrowser(): Promise<string | null> {
  return (await cookies()).get(cookieName())?.value ?? null;
}

/** This browser's value, set now if it has none yet (and kept as long as a confirmation link lasts). */
export async function ensureConfirmationBrowser(): Promise<string> {
  const value = (await confirmationBrowser()) ?? randomBytes(32).toString("base64url");
  (await cookies()).set(cookieName(), value, {
    httpOnly: true,
    sameSite: "lax",
    secure: servedOverHttps(),
    path: "/",
    maxAge: TOKEN_LIFETIME_MS.email_verification / 1000,
  });
  return value;
}
