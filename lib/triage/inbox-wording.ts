// How the inbox says how long a question has waited and when its answer is due, in words. Pure: the caller passes
// today's date in the UK and the bank holidays, so the same inputs always give the same words.
import { formatDate, plural } from "@/lib/format";
import { isoDate } from "./working-days";

const DAY = 24 * 60 * 60 * 1000;

const londonDateFormat = new Intl.DateTimeFormat("en-CA", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  timeZone: "Europe/London",
});

/** The calendar date (yyyy-mm-dd) a moment falls on in the UK: what "today" means to a partner in Essex. */
export function ukDate(moment: Date): string {
  return londonDateFormat.format(moment);
}

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY;
}

function isWorkingDay(day: number, bankHolidays: ReadonlySet<string>): boolean {
  const date = new Date(day * DAY);
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !bankHolidays.has(isoDate(date));
}

/** Working days after `from` up to and including `to` (both yyyy-mm-dd); 0 when `to` is not after `from`. */
export function workingDaysAfter(from: string, to: string, bankHolidays: ReadonlySet<string>): number {
  let count = 0;
  for (let day = dayNumber(from) + 1; day <= dayNumber(to); day += 1) {
    if (isWorkingDay(day, bankHolidays)) count += 1;
  }
  return count;
}

export interface DueWording {
  overdue: boolean;
  /** "Due today", "Due in 2 working days", "Overdue by 3 working days", "Overdue since 27 November 2026". */
  text: string;
}

/**
 * The due date of an answer, in words, counted in working days as the response target is. A due date is the last
 * day to answer, so it is overdue from the day after; on a weekend straight after the due date no working day has
 * passed yet, and the words say since when instead.
 */
export function describeDue(dueOn: Date, today: string, bankHolidays: ReadonlySet<string>): DueWording {
  const due = isoDate(dueOn);
  if (due === today) return { overdue: false, text: "Due today" };
  if (due > today) {
    return { overdue: false, text: `Due in ${plural(workingDaysAfter(today, due, bankHolidays), "working day")}` };
  }
  const late = workingDaysAfter(due, today, bankHolidays);
  return {
    overdue: true,
    text: late > 0 ? `Overdue by ${plural(late, "working day")}` : `Overdue since ${formatDate(dueOn)}`,
  };
}

/** Whole calendar days from the day a question was published (in the UK) to today. */
export function daysSincePublished(publishedAt: Date, today: string): number {
  return Math.max(0, dayNumber(today) - dayNumber(ukDate(publishedAt)));
}

/**
 * How long a question has been public, in words: "Waiting 12 days" while it still waits for an answer,
 * "Published 12 days ago" once it has one or is closed.
 */
export function describeWaiting(publishedAt: Date, today: string, awaitingAnswer: boolean): string {
  const days = daysSincePublished(publishedAt, today);
  if (awaitingAnswer) return days === 0 ? "Waiting since today" : `Waiting ${plural(days, "day")}`;
  return days === 0 ? "Published today" : `Published ${plural(days, "day")} ago`;
}
