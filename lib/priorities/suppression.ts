// Small-number suppression for the support breakdowns (people by district, age group and "I am a…").
//
// Each breakdown is a one-way table: cells that add up to the total (every person is counted once, in one group).
// 1. Primary: a cell of 1 to 4 people is not shown ("fewer than 5"). A cell of 0 is shown as 0: it says nobody in
//    that group supported anything, which identifies nobody.
// 2. If the total is under 5 people (and not 0), nothing is shown, the total included.
// 3. Complementary (secondary): someone who knows the total and the shown cells knows what the hidden cells add up
//    to, and that a "fewer than 5" cell is 1–4 and a complementary one at least 5. While any hidden cell's value
//    follows from that (one hidden cell; or two hidden 1–4 cells adding up to 2 or to 8; …), the smallest shown
//    cell above 0 is hidden too. If no cell is left to hide, the total is hidden instead.

export const SMALL_GROUP = 5;

export type Suppression = "small" | "complementary";

export interface BreakdownCell {
  key: string;
  label: string;
  people: number;
}

export interface ShownCell {
  key: string;
  label: string;
  /** null when not shown. */
  people: number | null;
  suppressed: Suppression | null;
}

export interface SuppressedBreakdown {
  cells: ShownCell[];
  /** null when not shown. */
  total: number | null;
}

/** The range a reader can tell a hidden cell lies in, before using the total. */
function knownRange(suppressed: Suppression, threshold: number): [number, number] {
  return suppressed === "small" ? [1, threshold - 1] : [threshold, Number.POSITIVE_INFINITY];
}

/**
 * The smallest and largest value each hidden cell can take, given that the hidden cells add up to `hiddenSum` and
 * each lies in its known range. A cell is exposed when the two are equal.
 */
export function feasibleRanges(
  hidden: readonly Suppression[],
  hiddenSum: number,
  threshold = SMALL_GROUP,
): [number, number][] {
  const ranges = hidden.map((s) => knownRange(s, threshold));
  return ranges.map(([low, high], i) => {
    let othersLow = 0;
    let othersHigh = 0;
    ranges.forEach(([otherLow, otherHigh], j) => {
      if (j === i) return;
      othersLow += otherLow;
      othersHigh += otherHigh;
    });
    return [Math.max(low, hiddenSum - othersHigh), Math.min(high, hiddenSum - othersLow)];
  });
}

export function suppressBreakdown(cells: readonly BreakdownCell[], threshold = SMALL_GROUP): SuppressedBreakdown {
  const total = cells.reduce((sum, cell) => sum + cell.people, 0);
  if (total > 0 && total < threshold) {
    return {
      cells: cells.map((cell) => ({
        ...cell,
        people: cell.people === 0 ? 0 : null,
        suppressed: cell.people === 0 ? null : "small",
      })),
      total: null,
    };
  }
  const state: (Suppression | null)[] = cells.map((cell) =>
    cell.people > 0 && cell.people < threshold ? "small" : null,
  );
  let totalShown = true;
  for (;;) {
    const hiddenIndexes = state.flatMap((s, i) => (s ? [i] : []));
    if (hiddenIndexes.length === 0) break;
    const hiddenSum = hiddenIndexes.reduce((sum, i) => sum + cells[i]!.people, 0);
    const ranges = feasibleRanges(
      hiddenIndexes.map((i) => state[i]!),
      hiddenSum,
      threshold,
    );
    if (ranges.every(([low, high]) => high > low)) break;
    // Hide the smallest shown cell above 0 (a 0 hidden beside 1–4 cells would not widen anything a reader can tell).
    let next = -1;
    for (let i = 0; i < cells.length; i++) {
      if (state[i] || cells[i]!.people === 0) continue;
      if (next < 0 || cells[i]!.people < cells[next]!.people) next = i;
    }
    if (next < 0) {
      totalShown = false;
      break;
    }
    state[next] = "complementary";
  }
  return {
    cells: cells.map((cell, i) => ({ ...cell, people: state[i] ? null : cell.people, suppressed: state[i] ?? null })),
    total: totalShown ? total : null,
  };
}

/** The words for a hidden cell, on the page and in the CSV. */
export function suppressedText(suppressed: Suppression): string {
  return suppressed === "small" ? "fewer than 5" : "hidden to protect a small group";
}
