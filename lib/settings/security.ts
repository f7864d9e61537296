import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** How many days security events are kept before the scheduled job deletes them. */
export const SECURITY_EVENT_RETENTION_KEY = "security_event_retention_days";
export const DEFAULT_SECURITY_EVENT_RETENTION_DAYS = 180;
// At least a week (an incident needs looking back on); at most about two years (data minimisation).
export const securityEventRetentionSchema = z.number().int().min(7).max(730);

export async function getSecurityEventRetentionDays(client: Prisma.TransactionClient = db): Promise<number> {
  const setting = await client.setting.findUnique({
    where: { key: SECURITY_EVENT_RETENTION_KEY },
    select: { value: true },
  });
  const parsed = securityEventRetentionSchema.safeParse(setting?.value);
  return parsed.success ? parsed.data : DEFAULT_SECURITY_EVENT_RETENTION_DAYS;
}
