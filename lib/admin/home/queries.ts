import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { countWaitingItems } from "@/lib/moderation/queue-queries";

export interface AdminHomeCounts {
  /** People whose account is active (not suspended, not deleted). */
  people: number;
  /** Organisations not deactivated. */
  organisations: number;
  /** Invitations neither used nor withdrawn, and not yet expired. */
  pendingInvitations: number;
  /** Questions, comments and names waiting for a moderator: the header badge's count. */
  waitingForModeration: number;
  /** Safeguarding concerns not yet closed. */
  openSafeguardingConcerns: number;
}

/**
 * The numbers on the admin home, in one statement (plus the header's moderation count, read once per request):
 * administrators only, as the admin home is (every admin action has the same rule; organisations come first).
 */
export async function getAdminHomeCounts(reader: Actor | null): Promise<AdminHomeCounts> {
  requirePermission(reader, "organisation.manage");
  const [[row], waitingForModeration] = await Promise.all([
    db.$queryRaw<Omit<AdminHomeCounts, "waitingForModeration">[]>`
      SELECT (SELECT count(*) FROM "user" WHERE status = 'active')::int AS people,
             (SELECT count(*) FROM organisation WHERE deactivated_at IS NULL)::int AS organisations,
             (SELECT count(*) FROM organisation_invitation
               WHERE accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ${new Date()})::int AS "pendingInvitations",
             (SELECT count(*) FROM safeguarding_concern WHERE closed_at IS NULL)::int AS "openSafeguardingConcerns"`,
    countWaitingItems(),
  ]);
  return { ...row!, waitingForModeration };
}
