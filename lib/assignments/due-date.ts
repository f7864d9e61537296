// When a partner organisation should have answered a question it claimed (its wording, in working days, is
// lib/triage/inbox-wording.ts's describeDue). Pure: the claim time, the response target and the bank holidays come
// in as arguments.
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
