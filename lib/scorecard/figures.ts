// A partner's scorecard figures from the counts the database returns (load.ts). Pure: dates come in as ISO days in
// Essex, the bank holidays and today's date as arguments, so the same counts always give the same figures.
import { workingDaysAfter } from "@/lib/triage/inbox-wording";
import { survivalPercentile, shareStillUnansweredAt, type WaitGroup } from "./survival";

/** A figure resting on fewer items than this is not shown: one or two questions would swing it wildly. */
export const MIN_ITEMS = 10;
/** The waits the chart shows the estimated share still unanswered after, in working days. */
export const CHART_WAITS = [5, 10, 20, 40] as const;

/** "count of of": shown as "12 of 40"; `shown` false when `of` is fewer than MIN_ITEMS. */
export interface Share {
  count: number;
  of: number;
  shown: boolean;
}

export function share(count: number, of: number): Share {
  return { count, of, shown: of >= MIN_ITEMS };
}

/** Questions an organisation took on in the period, as counts per (day taken on, day of its first answer). */
export interface TakenOnGroup {
  takenOn: string;
  /** Its first public answer from the organisation (any time up to now); null while it has none. */
  answeredOn: string | null;
  questions: number;
}

export interface QuestionFigures {
  takenOn: number;
  answered: Share;
  /** Questions still without an answer from it (counted in the waits as still waiting). */
  stillWaiting: number;
  /** Kaplan–Meier estimates in working days; null when not reached yet. */
  medianWorkingDays: number | null;
  ninetiethWorkingDays: number | null;
  /** Whether the estimates rest on enough questions (MIN_ITEMS taken on) to be shown. */
  waitsShown: boolean;
  /** Answered within the response target, of the questions answered or already past the target. */
  withinTarget: Share;
  /** Past their due date with no answer from it, of the questions it holds now. */
  overdueNow: Share;
  /** The estimated share (0 to 1) still unanswered after each of CHART_WAITS working days. */
  waitingAfter: { workingDays: number; stillUnanswered: number }[];
}

export interface HeldNow {
  held: number;
  overdue: number;
}

/**
 * The question figures. A question's wait is counted in working days from the day it was taken on to the day of
 * its first answer (0 if answered the same day or before); one still unanswered has waited until today so far.
 */
export function questionFigures(
  groups: readonly TakenOnGroup[],
  heldNow: HeldNow,
  options: { today: string; targetWorkingDays: number; bankHolidays: ReadonlySet<string> },
): QuestionFigures {
  const { today, targetWorkingDays, bankHolidays } = options;
  const waits: WaitGroup[] = [];
  let takenOn = 0;
  let answered = 0;
  let decided = 0;
  let withinTarget = 0;
  for (const g of groups) {
    takenOn += g.questions;
    const end = g.answeredOn ?? today;
    const days = end > g.takenOn ? workingDaysAfter(g.takenOn, end, bankHolidays) : 0;
    if (g.answeredOn !== null) {
      answered += g.questions;
      decided += g.questions;
      if (days <= targetWorkingDays) withinTarget += g.questions;
      waits.push({ time: days, answered: g.questions, waiting: 0 });
    } else {
      if (days > targetWorkingDays) decided += g.questions;
      waits.push({ time: days, answered: 0, waiting: g.questions });
    }
  }
  return {
    takenOn,
    answered: share(answered, takenOn),
    stillWaiting: takenOn - answered,
    medianWorkingDays: survivalPercentile(waits, 0.5),
    ninetiethWorkingDays: survivalPercentile(waits, 0.9),
    waitsShown: takenOn >= MIN_ITEMS,
    withinTarget: share(withinTarget, decided),
    overdueNow: share(heldNow.overdue, heldNow.held),
    waitingAfter: CHART_WAITS.map((workingDays) => ({
      workingDays,
      stillUnanswered: shareStillUnansweredAt(waits, workingDays),
    })),
  };
}

/** Counts over the commitments an organisation made in the period. */
export interface CommitmentCounts {
  made: number;
  delivered: number;
  deliveredOnTime: number;
  overdueNow: number;
  confirmedByPublic: number;
}

export interface CommitmentFigures {
  made: number;
  delivered: Share;
  deliveredOnTime: Share;
  overdueNow: Share;
  confirmedByPublic: Share;
}

/** Every commitment figure is out of the commitments made in the period, so they add up on one denominator. */
export function commitmentFigures(counts: CommitmentCounts): CommitmentFigures {
  return {
    made: counts.made,
    delivered: share(counts.delivered, counts.made),
    deliveredOnTime: share(counts.deliveredOnTime, counts.made),
    overdueNow: share(counts.overdueNow, counts.made),
    confirmedByPublic: share(counts.confirmedByPublic, counts.made),
  };
}

/** "12 of 40 (30%)". */
export function shareText(s: Share): string {
  return `${s.count.toLocaleString("en-GB")} of ${s.of.toLocaleString("en-GB")} (${percent(s)}%)`;
}

/** Whole per cent, rounded half up; 0 when there is nothing to divide. */
export function percent(s: Pick<Share, "count" | "of">): number {
  return s.of === 0 ? 0 : Math.round((100 * s.count) / s.of);
}

/** "8 working days", "1 working day", or "not reached yet". */
export function workingDaysText(days: number | null): string {
  if (days === null) return "not reached yet";
  return `${days.toLocaleString("en-GB")} working ${days === 1 ? "day" : "days"}`;
}

export const TOO_FEW_TEXT = "too few to show: fewer than 10";
