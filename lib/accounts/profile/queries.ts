import "server-only";
import { db } from "@/lib/db";

/** The signed-in person's own profile, for the profile form. */
export async function getOwnProfile(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      displayName: true,
      ageBand: true,
      participantType: true,
      district: { select: { slug: true } },
    },
  });
  return {
    displayName: user.displayName,
    district: user.district?.slug ?? "",
    ageBand: user.ageBand ?? "",
    participantType: user.participantType ?? "",
  };
}

/**
 * The person's own public name requests: a name waiting for a moderator, and why the last one was turned down
 * (the house rule cited and the moderator's words), shown only to them on their profile page.
 */
export async function getOwnNameRequest(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { pendingDisplayName: true, nameRejectionRule: true, nameRejectionReason: true },
  });
  return {
    pendingName: user.pendingDisplayName,
    lastRejection:
      user.nameRejectionRule || user.nameRejectionReason
        ? { rule: user.nameRejectionRule, reason: user.nameRejectionReason }
        : null,
  };
}
