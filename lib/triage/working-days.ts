/** ISO date (yyyy-mm-dd) of a Date, in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The date `days` working days after `start`: weekends and the given bank holidays (ISO dates) do not count.
 * Dates are calendar days in UTC (England's bank holidays are whole days).
 */
export function addWorkingDays(start: Date, days: number, bankHolidays: ReadonlySet<string>): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError("days must be a whole number, 0 or more");
  const date = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()));
  let remaining = days;
  while (remaining > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !bankHolidays.has(isoDate(date))) remaining -= 1;
  }
  return date;
}

export const DEFAULT_RESPONSE_WORKING_DAYS = 20;
