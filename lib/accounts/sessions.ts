import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { SESSION_POLICY } from "@/lib/auth/session-policy";
import { Invalid, ProofNeeded, Unauthenticated } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { consumeRateLimits, resetRateLimit } from "@/lib/rate-limit";
import { verifyPassword } from "./password";

type Tx = Prisma.TransactionClient;

/** Opens a session row for someone who has just proved who they are; its id goes into their session token. */
export async function startSession(userId: string): Promise<string> {
  const session = await db.session.create({ data: { userId }, select: { id: true } });
  return session.id;
}

/**
 * Ends the session this request came with: its token is refused from now on, wherever it was copied to.
 * Signing out needs no permission; a visitor (or an already-ended session) has nothing to end.
 */
export async function endSession(actor: Actor | null): Promise<void> {
  if (!actor) return;
  await db.session.updateMany({
    where: { id: actor.sessionId, userId: actor.id, endedAt: null },
    data: { endedAt: new Date() },
  });
}

/** Ends every open session of a person (sign out everywhere, account deletion). */
export function endAllSessions(tx: Tx, userId: string) {
  return tx.session.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
}

/**
 * Refuses a sensitive change (deleting the account, any admin change) when this session last proved who the
 * person is too long ago: a browser left signed in must not be enough to do it.
 */
export function requireFreshProof(actor: Actor): void {
  const age = Date.now() - actor.authenticatedAt.getTime();
  if (age > SESSION_POLICY.freshProofSeconds * 1000) throw new ProofNeeded();
}

export const CONFIRM_WRONG_PASSWORD = "That password is not right. Try again, or get a sign-in link instead.";

/** Confirms the signed-in person's password and records the proof on this session. */
export async function confirmIdentity(actor: Actor | null, input: { password: string }): Promise<void> {
  if (!actor) throw new Unauthenticated();
  // Keyed by the account: whoever holds a copied cookie gets five guesses per quarter hour, then waits.
  await consumeRateLimits([{ name: "confirm-identity:account", subject: actor.id }]);
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user?.passwordHash, input.password))) {
    throw new Invalid(CONFIRM_WRONG_PASSWORD, { password: CONFIRM_WRONG_PASSWORD });
  }
  await resetRateLimit("confirm-identity:account", actor.id);
  await db.session.updateMany({
    where: { id: actor.sessionId, userId: actor.id, endedAt: null },
    data: { authenticatedAt: new Date() },
  });
}

/** Whether this person can confirm with a password (link-only accounts get a sign-in link instead). */
export async function hasPassword(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return Boolean(user?.passwordHash);
}
