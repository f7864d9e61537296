import { describe, expect, it } from "vitest";
import { commitmentFigures, questionFigures, share, shareText, workingDaysText } from "@/lib/scorecard/figures";
import { questionRows } from "@/lib/scorecard/wording";

// Monday 2 November 2026 to Friday 27 November; a made-up bank holiday on Monday 9 November.
const HOLIDAYS = new Set(["2026-11-09"]);
const TODAY = "2026-11-27";

describe("questionFigures", () => {
  it("counts waits in working days, the unanswered ones as still waiting until today", () => {
    const figures = questionFigures(
      [
        // Taken on Monday 2nd, answered Tuesday 3rd: 1 working day (two questions).
        { takenOn: "2026-11-02", answeredOn: "2026-11-03", questions: 2 },
        // Friday 6th to Tuesday 10th: the weekend and the holiday do not count, so 1 working day.
        { takenOn: "2026-11-06", answeredOn: "2026-11-10", questions: 1 },
        // Answered the same day: 0.
        { takenOn: "2026-11-04", answeredOn: "2026-11-04", questions: 1 },
        // Monday 2nd to Friday 20th: 13 working days (14 weekdays after the 2nd, less the holiday).
        { takenOn: "2026-11-02", answeredOn: "2026-11-20", questions: 1 },
        // Still waiting since Monday 2nd: 18 working days so far, past a target of 15.
        { takenOn: "2026-11-02", answeredOn: null, questions: 3 },
        // Still waiting since Wednesday 25th: 2 working days, inside the target.
        { takenOn: "2026-11-25", answeredOn: null, questions: 2 },
      ],
      { held: 12, overdue: 3 },
      { today: TODAY, targetWorkingDays: 15, bankHolidays: HOLIDAYS },
    );
    expect(figures.takenOn).toBe(10);
    expect(figures.answered).toEqual({ count: 5, of: 10, shown: true });
    expect(figures.stillWaiting).toBe(5);
    // Waits 0, 1, 1, 1, 2 (censored ×2), 13, 18 (censored ×3). At 0: 10 at risk, 1 answered: 0.9. At 1: 9 at
    // risk, 3 answered: 0.6. At 2 two leave still waiting. At 13: 4 at risk, 1 answered: 0.45, so the median is
    // 13; the three still waiting at 18 keep it from ever reaching 0.1.
    expect(figures.medianWorkingDays).toBe(13);
    expect(figures.ninetiethWorkingDays).toBeNull();
    // Within the target of 15: all 5 answered; out of those 5 and the 3 past the target (the 2 inside it wait).
    expect(figures.withinTarget).toEqual({ count: 5, of: 8, shown: false });
    expect(figures.overdueNow).toEqual({ count: 3, of: 12, shown: true });
    expect(figures.waitingAfter.map((w) => Number(w.stillUnanswered.toFixed(2)))).toEqual([0.6, 0.6, 0.45, 0.45]);
  });

  it("says in words what each figure is out of, and hides those out of fewer than 10", () => {
    const figures = questionFigures(
      [{ takenOn: "2026-11-02", answeredOn: "2026-11-03", questions: 9 }],
      { held: 9, overdue: 0 },
      { today: TODAY, targetWorkingDays: 20, bankHolidays: HOLIDAYS },
    );
    const rows = questionRows(figures, 20);
    expect(rows.map((r) => [r.key, r.value])).toEqual([
      ["taken-on", "9"],
      ["answered", "too few to show: fewer than 10"],
      ["median", "too few to show: fewer than 10"],
      ["ninetieth", "too few to show: fewer than 10"],
      ["within-target", "too few to show: fewer than 10"],
      ["overdue-questions", "too few to show: fewer than 10"],
    ]);
    expect(rows.find((r) => r.key === "within-target")!.label).toBe("Answered within the target of 20 working days");
  });
});

describe("commitmentFigures and the words", () => {
  it("puts every commitment figure over the commitments made", () => {
    expect(
      commitmentFigures({ made: 12, delivered: 5, deliveredOnTime: 3, overdueNow: 2, confirmedByPublic: 1 }),
    ).toEqual({
      made: 12,
      delivered: { count: 5, of: 12, shown: true },
      deliveredOnTime: { count: 3, of: 12, shown: true },
      overdueNow: { count: 2, of: 12, shown: true },
      confirmedByPublic: { count: 1, of: 12, shown: true },
    });
  });

  it("writes shares and waits plainly", () => {
    expect(shareText(share(12, 40))).toBe("12 of 40 (30%)");
    expect(shareText(share(1234, 2000))).toBe("1,234 of 2,000 (62%)");
    expect(workingDaysText(1)).toBe("1 working day");
    expect(workingDaysText(0)).toBe("0 working days");
    expect(workingDaysText(null)).toBe("not reached yet");
  });
});
