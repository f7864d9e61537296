import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addWorkingDays, DEFAULT_RESPONSE_WORKING_DAYS, isoDate } from "@/lib/triage/working-days";

/** The setting admins change for the response target, in working days. */
export const RESPONSE_TARGET_SETTING = "response_target_working_days";

/**
 * When an organisation that takes a question on owes its answer: `from` plus the response target in working
 * days (the setting, else the default), weekends and the bank holidays in the table excluded. Read inside the
 * caller's transaction. A claim (lib/assignments) sets the same date by the same rule: one function for both
 * once they meet on main.
 */
export async function responseDueDate(tx: Prisma.TransactionClient, from: Date): Promise<Date> {
  const [setting, holidays] = await Promise.all([
    tx.setting.findUnique({ where: { key: RESPONSE_TARGET_SETTING }, select: { value: true } }),
    tx.bankHoliday.findMany({ where: { date: { gte: new Date(isoDate(from)) } }, select: { date: true } }),
  ]);
  const days =
    typeof setting?.value === "number" && Number.isInteger(setting.value) && setting.value >= 0
      ? setting.value
      : DEFAULT_RESPONSE_WORKING_DAYS;
  return addWorkingDays(from, days, new Set(holidays.map((h) => isoDate(h.date))));
}
