import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shareStillUnansweredAt, survivalCurve, survivalPercentile, type WaitGroup } from "@/lib/scorecard/survival";

/** Groups from single questions: [working days, answered?]. */
function groups(items: [number, boolean][]): WaitGroup[] {
  return items.map(([time, answered]) => ({ time, answered: answered ? 1 : 0, waiting: answered ? 0 : 1 }));
}

describe("survivalCurve and survivalPercentile", () => {
  // Ten questions. Answered after 2, 2, 3, 5, 8 working days; still waiting after 3, 4, 6, 10, 10.
  // By hand: at 2, 10 at risk, 2 answered: 1 × 8/10 = 0.8. At 3, 8 at risk (the one still waiting at 3 counts),
  // 1 answered: 0.8 × 7/8 = 0.7. Two leave (answered, waiting); at 4 one more waiting leaves, so at 5: 5 at risk,
  // 1 answered: 0.7 × 4/5 = 0.56. At 6 one waiting leaves; at 8: 3 at risk, 1 answered: 0.56 × 2/3 = 0.37333…
  const mixed = groups([
    [2, true],
    [2, true],
    [3, true],
    [5, true],
    [8, true],
    [3, false],
    [4, false],
    [6, false],
    [10, false],
    [10, false],
  ]);

  it("works out the product-limit steps, with ties and questions still waiting", () => {
    const steps = survivalCurve(mixed);
    expect(steps.map((s) => [s.time, s.atRisk, s.answered])).toEqual([
      [2, 10, 2],
      [3, 8, 1],
      [5, 5, 1],
      [8, 3, 1],
    ]);
    expect(steps.map((s) => s.stillUnanswered)).toEqual([
      expect.closeTo(0.8, 10),
      expect.closeTo(0.7, 10),
      expect.closeTo(0.56, 10),
      expect.closeTo(0.373333, 5),
    ]);
  });

  it("gives the first time the share still unanswered falls to or below a half (median) or a tenth (90th)", () => {
    expect(survivalPercentile(mixed, 0.5)).toBe(8);
    // The estimate never gets below 0.373: the 90th percentile is not reached yet.
    expect(survivalPercentile(mixed, 0.9)).toBeNull();
    expect(shareStillUnansweredAt(mixed, 1)).toBe(1);
    expect(shareStillUnansweredAt(mixed, 4)).toBeCloseTo(0.7, 10);
  });

  it("is not reached at all when every question is still waiting", () => {
    const allWaiting = groups([
      [1, false],
      [5, false],
      [5, false],
      [9, false],
    ]);
    expect(survivalCurve(allWaiting)).toEqual([]);
    expect(survivalPercentile(allWaiting, 0.5)).toBeNull();
    expect(survivalPercentile(allWaiting, 0.9)).toBeNull();
    expect(survivalPercentile([], 0.5)).toBeNull();
  });

  it("with nobody waiting, is the plain share: a step of 1/n per answer", () => {
    // Six answered after 1, 2, 2, 4, 7, 9: after 1, 5/6; after 2, 3/6 = 0.5 (median 2); after 4, 2/6; after 7,
    // 1/6; after 9, 0 (90th percentile 9: 1/6 is still above a tenth at 7).
    const answered = groups([
      [1, true],
      [2, true],
      [2, true],
      [4, true],
      [7, true],
      [9, true],
    ]);
    expect(survivalCurve(answered).map((s) => s.stillUnanswered)).toEqual([
      expect.closeTo(5 / 6, 10),
      expect.closeTo(0.5, 10),
      expect.closeTo(1 / 3, 10),
      expect.closeTo(1 / 6, 10),
      0,
    ]);
    expect(survivalPercentile(answered, 0.5)).toBe(2);
    expect(survivalPercentile(answered, 0.9)).toBe(9);
  });

  it("takes a tie that lands exactly on a half as reaching it", () => {
    // Four answered after 1, 1, 2, 2: after 1, exactly 0.5 still unanswered, so the median is 1.
    const tied = groups([
      [1, true],
      [1, true],
      [2, true],
      [2, true],
    ]);
    expect(survivalPercentile(tied, 0.5)).toBe(1);
    expect(survivalPercentile(tied, 0.9)).toBe(2);
  });

  it("counts questions still waiting at the time of an answer as at risk then (censoring after the answers)", () => {
    // One answered and one still waiting at 0 working days, two answered after 3. At 0: all 4 at risk (the waiting
    // one too), 1 answered: 0.75. The waiting one leaves; at 3: 2 at risk, 2 answered: 0.
    const atZero: WaitGroup[] = [
      { time: 0, answered: 1, waiting: 1 },
      { time: 3, answered: 2, waiting: 0 },
    ];
    expect(survivalCurve(atZero).map((s) => [s.time, s.atRisk, s.stillUnanswered])).toEqual([
      [0, 4, 0.75],
      [3, 2, 0],
    ]);
    expect(survivalPercentile(atZero, 0.5)).toBe(3);
  });

  it("refuses a negative time and a percentile outside (0, 1]", () => {
    expect(() => survivalCurve([{ time: -1, answered: 1, waiting: 0 }])).toThrow(RangeError);
    expect(() => survivalPercentile(mixed, 0)).toThrow(RangeError);
    expect(() => survivalPercentile(mixed, 1.5)).toThrow(RangeError);
  });
});

describe("properties", () => {
  const times = fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 80 });

  /** The empirical percentile this module uses: the ⌈n·num/den⌉-th smallest time (the lower median for p = ½). */
  function empirical(values: number[], num: number, den: number): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.ceil((values.length * num) / den) - 1]!;
  }

  it("with no question still waiting, the median and 90th percentile are the empirical ones", () => {
    fc.assert(
      fc.property(times, (values) => {
        const all = groups(values.map((t) => [t, true]));
        expect(survivalPercentile(all, 0.5)).toBe(empirical(values, 1, 2));
        expect(survivalPercentile(all, 0.9)).toBe(empirical(values, 9, 10));
      }),
    );
  });

  it("the share still unanswered never rises, and the 90th percentile is never before the median", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.boolean()), { maxLength: 80 }), (items) => {
        const g = groups(items);
        const shares = survivalCurve(g).map((s) => s.stillUnanswered);
        for (let i = 1; i < shares.length; i += 1) expect(shares[i]!).toBeLessThanOrEqual(shares[i - 1]!);
        const median = survivalPercentile(g, 0.5);
        const p90 = survivalPercentile(g, 0.9);
        if (p90 !== null) expect(median).not.toBeNull();
        if (p90 !== null && median !== null) expect(p90).toBeGreaterThanOrEqual(median);
      }),
    );
  });

  it("counting a waiting question as answered never makes the median later", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.boolean()), { minLength: 1, maxLength: 60 }),
        (items) => {
          const answeredAll = groups(items.map(([t]) => [t, true]));
          const median = survivalPercentile(groups(items), 0.5);
          if (median !== null) expect(survivalPercentile(answeredAll, 0.5)!).toBeLessThanOrEqual(median);
        },
      ),
    );
  });
});
