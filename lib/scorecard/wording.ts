// A scorecard's figures in words, each with what it is out of: the one wording the partner page, the comparison
// page and their tables share. Pure.
import {
  type CommitmentFigures,
  type QuestionFigures,
  type Share,
  MIN_ITEMS,
  TOO_FEW_TEXT,
  shareText,
  workingDaysText,
} from "./figures";

export interface FigureRow {
  key: string;
  label: string;
  /** "12 of 40 (30%)", "8 working days", or the too-few text. */
  value: string;
  /** What the figure is out of, in words ("questions taken on in the period"). */
  outOf: string;
  shown: boolean;
}

function shareRow(key: string, label: string, s: Share, outOf: string): FigureRow {
  return { key, label, value: s.shown ? shareText(s) : TOO_FEW_TEXT, outOf, shown: s.shown };
}

export function questionRows(q: QuestionFigures, targetWorkingDays: number): FigureRow[] {
  const waitsOutOf = `estimated from ${q.takenOn.toLocaleString("en-GB")} questions taken on, ${q.stillWaiting.toLocaleString("en-GB")} still waiting`;
  return [
    {
      key: "taken-on",
      label: "Questions taken on",
      value: q.takenOn.toLocaleString("en-GB"),
      outOf: "claimed by it or passed to it in the period",
      shown: true,
    },
    shareRow("answered", "Answered in public", q.answered, "of the questions taken on"),
    {
      key: "median",
      label: "Half are answered within",
      value: q.waitsShown ? workingDaysText(q.medianWorkingDays) : TOO_FEW_TEXT,
      outOf: waitsOutOf,
      shown: q.waitsShown,
    },
    {
      key: "ninetieth",
      label: "9 in 10 are answered within",
      value: q.waitsShown ? workingDaysText(q.ninetiethWorkingDays) : TOO_FEW_TEXT,
      outOf: waitsOutOf,
      shown: q.waitsShown,
    },
    shareRow(
      "within-target",
      `Answered within the target of ${targetWorkingDays} working days`,
      q.withinTarget,
      "of the questions taken on that were answered or are already past the target",
    ),
    shareRow("overdue-questions", "Overdue now", q.overdueNow, "of the questions it holds today"),
  ];
}

export function commitmentRows(c: CommitmentFigures): FigureRow[] {
  const outOf = "of the commitments made in the period";
  return [
    {
      key: "made",
      label: "Commitments made",
      value: c.made.toLocaleString("en-GB"),
      outOf: "promises to act, made in the period",
      shown: true,
    },
    shareRow("delivered", "Delivered", c.delivered, outOf),
    shareRow("on-time", "Delivered on time", c.deliveredOnTime, outOf),
    shareRow("overdue-commitments", "Overdue now", c.overdueNow, outOf),
    shareRow("confirmed", "Delivery confirmed by the public", c.confirmedByPublic, outOf),
  ];
}

/** The sentences of "How these are worked out", shared by both pages. */
export function howWorkedOut(targetWorkingDays: number): { heading: string; text: string }[] {
  return [
    {
      heading: "The period",
      text: "Questions count in the period when the partner took them on in it: claimed them, or had them passed to it by another partner. Commitments count when they were made in it. Answers and deliveries count whenever they came, up to today. Days are UK days.",
    },
    {
      heading: "Answered",
      text: "A question is answered when the partner published an official response to it on this site. Only published questions count.",
    },
    {
      heading: "How long answers take",
      text: `We count working days from the day a partner took a question on to the day of its first public answer. Weekends and bank holidays in England do not count. Questions still waiting count too: we know they have waited at least until today. We use a method called Kaplan–Meier, which estimates how many questions are answered by each day while counting the ones still waiting, instead of averaging only the answered ones (which would hide the slowest). “Half are answered within” is the first day by which the estimated share still unanswered falls to a half or below; “9 in 10 are answered within” is the first day it falls to a tenth or below. If too many questions are still waiting for that to happen, it says “not reached yet”.`,
    },
    {
      heading: "The response target",
      text: `Partners aim to answer within ${targetWorkingDays} working days. A question still waiting but not yet past the target is left out of this figure until it is answered or passes the target. “Overdue now” counts the questions a partner holds today that are past their due date, not answered by it, and still open or under review.`,
    },
    {
      heading: "Commitments",
      text: "A commitment is a partner’s promise to act on one or more questions, with a target date. It is delivered on time when the partner marked it delivered on or before its target date. It is overdue when the target date has passed and it is neither delivered nor dropped.",
    },
    {
      heading: "Confirmed by the public",
      text: `After a commitment is delivered, the people who supported its questions are asked “Has this been delivered?”. A delivery is confirmed by the public when at least ${MIN_ITEMS} people have answered and more than half of them said yes (“partly” is not yes).`,
    },
    {
      heading: "Small numbers",
      text: `Every figure says what it is out of. A figure out of fewer than ${MIN_ITEMS} is not shown (“${TOO_FEW_TEXT}”): with so few, one question would change it a lot. Partners are listed in alphabetical order: the figures are not a league table, since partners take on different kinds of questions.`,
    },
  ];
}
