import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
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
}

/**
 * Builds the actor for a session token's user and session version, in one indexed query. Null when the
 * person is gone, suspended or deleted, or the session was ended (its version moved on): refused at once.
 */
export async function loadActor(userId: string, sessionVersion: number): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      displayName: true,
      platformRole: true,
      status: true,
      sessionVersion: true,
      emailVerifiedAt: true,
      ageBand: true,
      memberships: { select: { organisationId: true, role: true } },
    },
  });
  if (!user || user.status !== "active" || user.sessionVersion !== sessionVersion || !user.email) return null;
  return {
    id: user.id,
    displayName: user.displayName,
    email: user.email,
    platformRole: user.platformRole,
    verified: user.emailVerifiedAt !== null,
    ageBand: user.ageBand,
    memberships: user.memberships,
  };
}

/** The signed-in person for this request, or null for a visitor. Read once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  // Loaded lazily so that loadActor (and the services' tests) do not pull next-auth into plain Node.
  const { auth } = await import("./auth");
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId || typeof session.sessionVersion !== "number") return null;
  return loadActor(userId, session.sessionVersion);
});
