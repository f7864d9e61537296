import "server-only";
import { db } from "@/lib/db";
import { getSecurityEventRetentionDays } from "@/lib/settings/security";

const DAY_MS = 24 * 60 * 60 * 1000;
// Each batch is its own short statement, so a large backlog (after the setting is lowered, say) never holds one
// long transaction or locks the whole table while sign-ins keep writing new rows.
const DELETE_BATCH_SIZE = 5000;

/**
 * Deletes security events older than the retention setting (lib/settings/security.ts), oldest first, in
 * batches served by the (created_at, id) index. Returns how many were deleted. Run daily by the
 * `security-event-retention` job.
 */
export async function deleteExpiredSecurityEvents(options: { now?: Date; batchSize?: number } = {}): Promise<number> {
  const { now = new Date(), batchSize = DELETE_BATCH_SIZE } = options;
  const cutoff = new Date(now.getTime() - (await getSecurityEventRetentionDays()) * DAY_MS);
  let deleted = 0;
  for (;;) {
    const batch = await db.$executeRaw`
      DELETE FROM security_event WHERE id IN (
        SELECT id FROM security_event WHERE created_at < ${cutoff} ORDER BY created_at, id LIMIT ${batchSize}
      )`;
    deleted += batch;
    if (batch < batchSize) return deleted;
  }
}
