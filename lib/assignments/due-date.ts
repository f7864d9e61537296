// When a partner organisation should have answered a question it claimed, and how that reads on the page.
// Pure: the claim time, the response target and the bank holidays come in as arguments.
import { addWorkingDays } from "@/lib/triage/working-days";

const londonDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/**
 * The calendar day an instant falls on in England, as midnight UTC (how a `date` column is read). A claim at
 * 00:30 on a Tuesday in summer is still Monday in UTC; the working days count from the Tuesday.
 */
export function londonCalendarDay(instant: Date): Date {
  return new Date(`${londonDate.format(instant)}T00:00:00Z`);
}

/**
 * The due date of a question claimed at `claimedAt`: `workingDays` working days later, weekends and the
 * given bank holidays (ISO dates, substitute days included as their own dates) left out.
 */
export function responseDueDate(claimedAt: Date, workingDays: number, bankHolidays: ReadonlySet<string>): Date {
  return addWorkingDays(londonCalendarDay(claimedAt), workingDays, bankHolidays);
}

const DAY_MS = 86_400_000;

/** Whole calendar days from `today`'s date in England to `dueOn` (negative once it has passed). */
export function daysUntilDue(dueOn: Date, today: Date): number {
  const due = Date.UTC(dueOn.getUTCFullYear(), dueOn.getUTCMonth(), dueOn.getUTCDate());
  return Math.round((due - londonCalendarDay(today).getTime()) / DAY_MS);
}

/** "Due today", "Due tomorrow", "Due in 5 days", "Overdue by 1 day", "Overdue by 3 days": never colour alone. */
export function dueInWords(dueOn: Date, today: Date): { text: string; overdue: boolean } {
  const days = daysUntilDue(dueOn, today);
  if (days < 0) return { text: `Overdue by ${-days === 1 ? "1 day" : `${-days} days`}`, overdue: true };
  if (days === 0) return { text: "Due today", overdue: false };
  if (days === 1) return { text: "Due tomorrow", overdue: false };
  return { text: `Due in ${days} days`, overdue: false };
}
