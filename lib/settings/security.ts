import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { securityEventRetentionSchema, SETTINGS } from "./definitions";

/** How many days security events are kept before the scheduled job deletes them. */
export const SECURITY_EVENT_RETENTION_KEY = SETTINGS.securityEventRetention.key;
export const DEFAULT_SECURITY_EVENT_RETENTION_DAYS = SETTINGS.securityEventRetention.defaultValue;
// Its bounds and why: lib/settings/definitions.ts, the one registry the settings page saves through.
export { securityEventRetentionSchema };

export async function getSecurityEventRetentionDays(client: Prisma.TransactionClient = db): Promise<number> {
  const setting = await client.setting.findUnique({
    where: { key: SECURITY_EVENT_RETENTION_KEY },
    select: { value: true },
  });
  const parsed = securityEventRetentionSchema.safeParse(setting?.value);
  return parsed.success ? parsed.data : DEFAULT_SECURITY_EVENT_RETENTION_DAYS;
}
