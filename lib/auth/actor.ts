import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { readSessionToken, type SessionClaims } from "./session-cookie";
import { SESSION_POLICY } from "./session-policy";
import { suspensionInForce, type Suspension } from "./suspension";

export type { Suspension };
export type { SessionClaims };
import type { AgeBand, MembershipRole, PlatformRole } from "@/lib/generated/prisma/enums";

/** The person making this request, as the database says now. */
export interface Actor {
  id: string;
  displayName: string;
  email: string;
  platformRole: PlatformRole;
  verified: boolean;
  ageBand: AgeBand | null;
  memberships: { organisationId: number; role: MembershipRole }[];
  /** Unread notifications, for the header: the stored count (a trigger keeps it), read with the person's row. */
  unreadNotifications: number;
  /** The session (row in `session`) this request came with. */
  sessionId: string;
  /** When this session last proved who the person is (a password or an emailed link). */
  authenticatedAt: Date;
  /**
   * A suspension in force: the person may still sign in, read, download and delete their data, but every
   * other action is refused (lib/auth/permissions.ts). Null when not suspended, or when it has ended.
   */
  suspension: Suspension | null;
}

/** Staff (moderators, administrators, partner members) get the shorter session limits. */
export function isStaff(person: { platformRole: PlatformRole; memberships: readonly unknown[] }): boolean {
  return person.platformRole !== "citizen" || person.memberships.length > 0;
}

/**
 * Builds the actor for a session token, in one indexed query (the session row by its key, joined to its
 * person). Null when the person is gone or deleted, the session was ended (signed out, or its version moved
 * on with "sign out everywhere"), or it expired: idle too long, or older than the absolute limit, both
 * shorter for staff (lib/auth/session-policy.ts). Refused at once, on every app instance. A suspended person
 * gets an actor carrying the suspension, which the permissions table refuses almost everything.
 */
export async function loadActor(claims: SessionClaims): Promise<Actor | null> {
  const session = await db.session.findUnique({
    where: { id: claims.sessionId },
    select: {
      userId: true,
      createdAt: true,
      lastSeenAt: true,
      authenticatedAt: true,
      endedAt: true,
      user: {
        select: {
          id: true,
          email: true,
          displayName: true,
          platformRole: true,
          status: true,
          suspendedReason: true,
          suspendedUntil: true,
          sessionVersion: true,
          emailVerifiedAt: true,
          ageBand: true,
          unreadNotifications: true,
          // A deactivated organisation's memberships stay (its history does) but give no rights.
          memberships: {
            where: { organisation: { deactivatedAt: null } },
            select: { organisationId: true, role: true },
          },
        },
      },
    },
  });
  if (!session || session.endedAt || session.userId !== claims.userId) return null;
  const user = session.user;
  if (user.status === "deleted" || user.sessionVersion !== claims.sessionVersion || !user.email) return null;
  const limits = isStaff(user) ? SESSION_POLICY.staff : SESSION_POLICY.citizen;
  const now = Date.now();
  if (now - session.lastSeenAt.getTime() > limits.idleSeconds * 1000) return null;
  if (now - session.createdAt.getTime() > limits.absoluteSeconds * 1000) return null;
  // The mark is needed only once a minute: skip the statement when the row just read is fresher than that.
  if (now - session.lastSeenAt.getTime() >= SESSION_POLICY.touchEverySeconds * 1000) {
    await touchSession(claims.sessionId, now);
  }
  const suspension = suspensionInForce(user, new Date(now));
  if (user.status === "suspended" && !suspension) await endExpiredSuspension(user.id);
  return {
    id: user.id,
    displayName: user.displayName,
    email: user.email,
    platformRole: user.platformRole,
    verified: user.emailVerifiedAt !== null,
    ageBand: user.ageBand,
    memberships: user.memberships,
    unreadNotifications: user.unreadNotifications,
    sessionId: claims.sessionId,
    authenticatedAt: session.authenticatedAt,
    suspension,
  };
}

/**
 * A suspension whose end date has passed is no longer in force (no job needed): the first request after it
 * puts the account back to active, so that every check of an active account (notifications, supports) agrees.
 * Conditional, so a moderator who has just extended the suspension wins.
 */
async function endExpiredSuspension(userId: string): Promise<void> {
  await db.user.updateMany({
    where: { id: userId, status: "suspended", suspendedUntil: { lte: new Date() } },
    data: { status: "active", suspendedReason: null, suspendedUntil: null },
  });
}

/** Marks the session as seen, writing only when the last mark is over a minute old (a no-op UPDATE otherwise). */
async function touchSession(sessionId: string, now: number): Promise<void> {
  await db.session.updateMany({
    where: { id: sessionId, lastSeenAt: { lt: new Date(now - SESSION_POLICY.touchEverySeconds * 1000) } },
    data: { lastSeenAt: new Date(now) },
  });
}

/**
 * The signed-in person for this request, or null for a visitor. Read once per request: the session cookie's
 * claims (lib/auth/session-cookie.ts), then the session and the person from the database.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const claims = await readSessionToken((await cookies()).getAll());
  return claims ? loadActor(claims) : null;
});
