// Whether a suspension is in force: pure, shared by the actor, the moderators' pages and the tests.

/** Why a moderator suspended the person (shown to them) and when it ends by itself (null: until lifted). */
export interface Suspension {
  reason: string;
  until: Date | null;
}

/** A suspension is in force while the account is suspended and its end date, if any, is still ahead. */
export function suspensionInForce(
  user: { status: string; suspendedReason: string | null; suspendedUntil: Date | null },
  now: Date,
): Suspension | null {
  if (user.status !== "suspended") return null;
  if (user.suspendedUntil && user.suspendedUntil.getTime() <= now.getTime()) return null;
  return { reason: user.suspendedReason ?? "", until: user.suspendedUntil };
}
