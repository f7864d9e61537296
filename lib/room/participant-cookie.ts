import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { servedOverHttps } from "@/lib/config";

// A participant has no account and gives no email: this browser is known to one event by a cookie holding a
// random token, of which the database keeps only the SHA-256 (event_participant.token_hash), so a copy of the
// table cannot be used to act as anyone. One cookie per event (its id in the name), HttpOnly, SameSite=Lax,
// Secure when the portal is served over HTTPS; it lasts until a day after the event, and the retention job
// deletes the row it points to (lib/room/retention.ts) some weeks later in any case.

const DAY_MS = 24 * 60 * 60 * 1000;

function cookieName(eventId: string): string {
  const name = `room-${eventId}`;
  return servedOverHttps() ? `__Host-${name}` : name;
}

/** A new participant token and the hash stored for it. */
export function newParticipantToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashParticipantToken(token) };
}

export function hashParticipantToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Gives this browser its place in the event's room. */
export async function rememberParticipant(eventId: string, token: string, eventEndsAt: Date): Promise<void> {
  const untilDayAfter = Math.ceil((eventEndsAt.getTime() + DAY_MS - Date.now()) / 1000);
  (await cookies()).set(cookieName(eventId), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: servedOverHttps(),
    path: "/",
    maxAge: Math.max(untilDayAfter, DAY_MS / 1000),
  });
}

/** This browser's token for the event, or null if it has not joined it (or the cookie is not ours). */
export async function participantTokenOf(eventId: string): Promise<string | null> {
  const value = (await cookies()).get(cookieName(eventId))?.value;
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
}
