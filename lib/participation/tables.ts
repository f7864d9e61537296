// The table alternatives of "Who is taking part" and the words for their figures: pure, so the page, the
// dashboard section and the tests share them.
import type { ChartCell, ChartColumn } from "@/components/charts/types";
import type { Comparison, GroupFigure } from "./figures";
import { PARTICIPATION_SMALL_GROUP } from "./figures";

export const PARTICIPATION_SUPPRESSED_TEXT = `fewer than ${PARTICIPATION_SMALL_GROUP}`;
const HIDDEN_TEXT = "hidden to protect a small group";

export function suppressedWords(group: GroupFigure): string {
  return group.suppressed === "small" ? PARTICIPATION_SUPPRESSED_TEXT : HIDDEN_TEXT;
}

/** "1.2", to one decimal place, en-GB. */
export function oneDecimalText(value: number): string {
  return value.toLocaleString("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** "0.85", a ratio to two decimal places. */
export function ratioText(value: number): string {
  return value.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** "Fewer than expected", "About as expected" or "More than expected": whether the interval excludes 1. */
export function representationWords(group: GroupFigure): string {
  const r = group.representation;
  if (!r) return "";
  if (r.interval.high < 1) return "Fewer than their share of residents";
  if (r.interval.low > 1) return "More than their share of residents";
  return "In line with their share of residents";
}

export const COMPARISON_COLUMNS: ChartColumn[] = [
  { header: "Group" },
  { header: "People taking part", numeric: true },
  { header: "Residents (Census 2021)", numeric: true },
  { header: "Per 10,000 residents", numeric: true },
  { header: "Representation ratio", numeric: true },
  { header: "95% interval", numeric: true },
  { header: "Compared with residents" },
];

export function comparisonRows(comparison: Comparison): ChartCell[][] {
  return comparison.groups
    .filter((group) => group.residents !== null || group.participants !== 0)
    .map((group) => {
      const shown = group.participants !== null;
      const r = group.representation;
      return [
        group.label,
        shown ? group.participants : suppressedWords(group),
        group.residents ?? "no figure",
        group.per10000 !== null ? oneDecimalText(group.per10000) : shown ? "–" : "not shown",
        r ? ratioText(r.ratio) : shown ? "–" : "not shown",
        r ? `${ratioText(r.interval.low)} to ${ratioText(r.interval.high)}` : shown ? "–" : "not shown",
        r ? representationWords(group) : shown ? "No population figure" : "Not shown",
      ];
    });
}

/** The bars: participants per 10,000 residents, for the groups with a residents figure. */
export function rateBars(comparison: Comparison): { label: string; value: number | null }[] {
  return comparison.groups
    .filter((group) => group.residents !== null && group.suppressed !== "complementary")
    .map((group) => ({
      label: group.label,
      value: group.per10000 === null ? null : Math.round(group.per10000 * 10) / 10,
    }));
}

/** One sentence on the chart: the highest and lowest rates shown, and the similarity score. */
export function comparisonSummary(comparison: Comparison, groupNoun: string): string {
  const shown = comparison.groups.filter((g) => g.per10000 !== null).sort((a, b) => b.per10000! - a.per10000!);
  if (shown.length === 0) {
    return `No ${groupNoun} has ${PARTICIPATION_SMALL_GROUP} or more people taking part with a population figure, so no rate is shown.`;
  }
  const top = shown[0]!;
  const bottom = shown[shown.length - 1]!;
  const rates =
    shown.length === 1
      ? `${top.label} had ${oneDecimalText(top.per10000!)} people taking part per 10,000 residents.`
      : `${top.label} had the most people taking part per 10,000 residents (${oneDecimalText(top.per10000!)}) and ${bottom.label} the fewest (${oneDecimalText(bottom.per10000!)}).`;
  return comparison.similarity === null
    ? rates
    : `${rates} Similarity to the residents: ${Math.round(comparison.similarity * 100)}%.`;
}
