// The due date of a claimed question: the claim's day in England plus the response target in working days,
// against the England and Wales bank holidays the demo data loads into the bank_holiday table (substitute days
// listed as their own dates), and how far off it is, in words.
import { describe, expect, it } from "vitest";
import { londonCalendarDay, responseDueDate } from "@/lib/assignments/due-date";
import { describeDue, ukDate } from "@/lib/triage/inbox-wording";
import { DEFAULT_RESPONSE_WORKING_DAYS, isoDate } from "@/lib/triage/working-days";
import { bankHolidays } from "@/prisma/seed-data/reference";

const table = new Set(bankHolidays.map((h) => h.date));
const due = (claimedAt: string, days = DEFAULT_RESPONSE_WORKING_DAYS) =>
  isoDate(responseDueDate(new Date(claimedAt), days, table));

describe("responseDueDate", () => {
  it("counts 20 working days over four weekends", () => {
    expect(due("2026-11-02T09:00:00Z")).toBe("2026-11-30"); // Monday → Monday four weeks on
    expect(due("2026-11-27T16:00:00Z", 1)).toBe("2026-11-30"); // Friday → Monday
  });

  it("starts a claim made at the weekend on the next working day", () => {
    expect(due("2026-11-28T10:00:00Z", 1)).toBe("2026-11-30"); // Saturday
    expect(due("2026-11-29T10:00:00Z", 5)).toBe("2026-12-04"); // Sunday → the Friday after
  });

  it("skips Christmas Day, the substitute Boxing Day and New Year's Day", () => {
    // 2026: Christmas is a Friday, Boxing Day a Saturday (its substitute Monday 28 December is in the table).
    expect(due("2026-12-24T10:00:00Z", 1)).toBe("2026-12-29");
    expect(due("2026-12-14T10:00:00Z")).toBe("2027-01-14");
  });

  it("skips Good Friday and Easter Monday", () => {
    expect(due("2027-03-25T10:00:00Z", 1)).toBe("2027-03-30"); // Thursday before Easter → Tuesday after
    expect(due("2027-03-22T10:00:00Z", 10)).toBe("2027-04-07");
  });

  it("skips the substitute days when Christmas and Boxing Day fall at a weekend", () => {
    // 2027: 25 and 26 December are Saturday and Sunday; Monday 27 and Tuesday 28 are the bank holidays.
    expect(table.has("2027-12-25")).toBe(false);
    expect(due("2027-12-24T10:00:00Z", 1)).toBe("2027-12-29");
    expect(due("2027-12-24T10:00:00Z", 1)).not.toBe(
      isoDate(responseDueDate(new Date("2027-12-24T10:00:00Z"), 1, new Set())),
    );
  });

  it("skips a spring bank holiday and counts the target set by an admin", () => {
    expect(due("2027-05-28T10:00:00Z", 1)).toBe("2027-06-01"); // Friday → Tuesday (Monday 31 May is a holiday)
    expect(due("2027-05-24T10:00:00Z", 5)).toBe("2027-06-01");
  });

  it("dates by the day in England: half past midnight in summer is already the next day", () => {
    // 23:30 UTC on Monday 1 June 2026 is 00:30 on Tuesday in England.
    expect(isoDate(londonCalendarDay(new Date("2026-06-01T23:30:00Z")))).toBe("2026-06-02");
    expect(due("2026-06-01T23:30:00Z", 1)).toBe("2026-06-03");
    // In winter England is on UTC.
    expect(isoDate(londonCalendarDay(new Date("2026-12-01T23:30:00Z")))).toBe("2026-12-01");
  });
});

describe("a claim's due date in words", () => {
  it("reads as the response target in working days on the day of the claim, whatever day that is", () => {
    // Every day of two years, at noon and at half past eleven at night in England (summer time included).
    for (let day = 0; day < 730; day += 1) {
      for (const hour of [12, 23.5]) {
        const claimedAt = new Date(Date.UTC(2026, 0, 1) + day * 86_400_000 + hour * 3_600_000 - 3_600_000);
        const dueOn = responseDueDate(claimedAt, DEFAULT_RESPONSE_WORKING_DAYS, table);
        expect(describeDue(dueOn, ukDate(claimedAt), table), claimedAt.toISOString()).toEqual({
          overdue: false,
          text: `Due in ${DEFAULT_RESPONSE_WORKING_DAYS} working days`,
        });
      }
    }
  });

  it("is due on its last day and overdue from the next working day", () => {
    const dueOn = new Date("2026-12-24T00:00:00Z");
    expect(describeDue(dueOn, "2026-12-24", table)).toEqual({ overdue: false, text: "Due today" });
    // Christmas Day and the substitute Boxing Day are bank holidays; the weekend is no working day either.
    expect(describeDue(dueOn, "2026-12-28", table).text).toBe("Overdue since 24 December 2026");
    expect(describeDue(dueOn, "2026-12-29", table)).toEqual({ overdue: true, text: "Overdue by 1 working day" });
  });
});
