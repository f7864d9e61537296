import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Suppression, suppressBreakdown } from "@/lib/priorities/suppression";

const cellsOf = (...people: number[]) => people.map((n, i) => ({ key: `g${i}`, label: `Group ${i}`, people: n }));

/**
 * Every value each hidden cell can take, by brute force: all ways to fill the hidden cells that agree with what a
 * reader sees (the total, the shown cells, "fewer than 5" = 1–4, "hidden to protect" = 5 or more).
 */
function possibleValues(hidden: Suppression[], hiddenSum: number): Set<number>[] {
  const seen = hidden.map(() => new Set<number>());
  const walk = (index: number, left: number, chosen: number[]) => {
    if (index === hidden.length) {
      if (left === 0) chosen.forEach((value, i) => seen[i]!.add(value));
      return;
    }
    const [low, high] = hidden[index] === "small" ? [1, 4] : [5, left];
    for (let value = low; value <= Math.min(high, left); value++) walk(index + 1, left - value, [...chosen, value]);
  };
  walk(0, hiddenSum, []);
  return seen;
}

describe("suppressBreakdown", () => {
  it("shows groups of 5 or more and 0, and the total, when nothing is small", () => {
    const result = suppressBreakdown(cellsOf(12, 0, 5, 30));
    expect(result.cells.map((c) => c.people)).toEqual([12, 0, 5, 30]);
    expect(result.total).toBe(47);
  });

  it("hides a small group and, as it alone could be worked out from the total, the next smallest too", () => {
    const result = suppressBreakdown(cellsOf(3, 20, 9, 40));
    expect(result.cells.map((c) => c.suppressed)).toEqual(["small", null, "complementary", null]);
    expect(result.cells.map((c) => c.people)).toEqual([null, 20, null, 40]);
    expect(result.total).toBe(72);
  });

  it("hides one more where two small groups would be given away by their sum (1 + 1, 4 + 4)", () => {
    expect(suppressBreakdown(cellsOf(1, 1, 20, 30)).cells.map((c) => c.suppressed)).toEqual([
      "small",
      "small",
      "complementary",
      null,
    ]);
    expect(suppressBreakdown(cellsOf(4, 4, 20, 30)).cells.filter((c) => c.suppressed).length).toBe(3);
    // 2 + 3: a reader knows only that each is 1–4 and they make 5 — either could be 1, 2, 3 or 4.
    expect(suppressBreakdown(cellsOf(2, 3, 20, 30)).cells.filter((c) => c.suppressed).length).toBe(2);
  });

  it("hides everything, the total included, when fewer than 5 people in all", () => {
    const result = suppressBreakdown(cellsOf(3, 0, 1));
    expect(result.total).toBeNull();
    expect(result.cells.map((c) => c.people)).toEqual([null, 0, null]);
  });

  it("hides the total when no other cell is left to hide", () => {
    // 4 and 4 hidden make 8, which a reader could only split as 4 + 4; the 0 hides nothing, so the total goes.
    const result = suppressBreakdown(cellsOf(4, 4, 0));
    expect(result.total).toBeNull();
    expect(result.cells.map((c) => c.people)).toEqual([null, null, 0]);
  });

  it("property: no hidden cell can be recovered from the total and the shown cells", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (people) => {
          const cells = cellsOf(...people);
          const result = suppressBreakdown(cells);
          const total = people.reduce((a, b) => a + b, 0);
          // What is shown is true.
          result.cells.forEach((cell, i) => {
            if (cell.people !== null) expect(cell.people).toBe(people[i]);
            else expect(people[i]).toBeGreaterThan(0);
            if (cell.suppressed === "small") expect(people[i]).toBeLessThan(5);
          });
          // Every person in a group of 1–4 is hidden.
          people.forEach((n, i) => {
            if (n > 0 && n < 5) expect(result.cells[i]!.people).toBeNull();
          });
          if (result.total === null) return;
          expect(result.total).toBe(total);
          const hidden = result.cells.filter((c) => c.suppressed);
          const shownSum = result.cells.reduce((sum, c) => sum + (c.people ?? 0), 0);
          // total − sum(shown) never equals a single hidden cell's value by itself…
          expect(hidden.length).not.toBe(1);
          // …and no hidden cell has only one value consistent with everything a reader sees.
          const values = possibleValues(
            hidden.map((c) => c.suppressed!),
            total - shownSum,
          );
          for (const possible of values) expect(possible.size).toBeGreaterThan(1);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
