import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getResponseTargetWorkingDays } from "@/lib/settings/queries";
import { londonCalendarDay, responseDueDate } from "./due-date";

/**
 * The due date of a question an organisation takes on at `claimedAt` (by claiming it, or by answering it from the
 * pool): the response target (setting) in working days, bank holidays from the table. Read in the caller's
 * transaction, so the date matches the settings the write saw.
 */
export async function dueDateOfClaim(tx: Prisma.TransactionClient, claimedAt: Date): Promise<Date> {
  const [workingDays, holidays] = await Promise.all([
    getResponseTargetWorkingDays(tx),
    tx.bankHoliday.findMany({ where: { date: { gte: londonCalendarDay(claimedAt) } }, select: { date: true } }),
  ]);
  return responseDueDate(claimedAt, workingDays, new Set(holidays.map((h) => h.date.toISOString().slice(0, 10))));
}
