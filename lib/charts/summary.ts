import { formatCount } from "./format";

// Plain-English one-sentence summaries for the charts on the priorities page: what a reader should take from a
// figure, written the way GOV.UK writes numbers (en-GB grouping, no jargon). Pure functions, so they are unit-tested
// and the page's sentences always agree with the figures drawn.

/** One entry of a ranking; `null` is a suppressed count (fewer than 5), which never leads a ranking. */
export interface RankedItem {
  label: string;
  value: number | null;
}

/**
 * "Transport and mobility had the most support (412), then Energy and environment (301)." Items need not be sorted.
 * Ties for first place are named together ("A and B had the most support (412 each)"). `unit` is the noun that
 * follows "had the most" and "No … in this period".
 */
export function describeRanking(items: RankedItem[], unit: string): string {
  const counted = items
    .filter((item): item is { label: string; value: number } => item.value !== null && item.value > 0)
    .sort((a, b) => b.value - a.value);
  if (counted.length === 0) {
    return items.some((item) => item.value === null)
      ? `Every group had fewer than 5, so no figure is shown.`
      : `No ${unit} in this period.`;
  }
  const top = counted[0]!.value;
  const leaders = counted.filter((item) => item.value === top);
  const next = counted[leaders.length];
  const lead =
    leaders.length === 1
      ? `${leaders[0]!.label} had the most ${unit} (${formatCount(top)})`
      : `${joinAnd(leaders.map((item) => item.label))} had the most ${unit} (${formatCount(top)} each)`;
  return next ? `${lead}, then ${next.label} (${formatCount(next.value)}).` : `${lead}.`;
}

export interface TrendSeries {
  name: string;
  points: { x: Date; y: number }[];
}

/**
 * "New supports rose from 40 to 95 a week over the period." Compares each series' first week with its last; with
 * several series, one clause each in one sentence. `per` is how the values are counted ("a week").
 */
export function describeTrend(series: TrendSeries | TrendSeries[], per = "a week"): string {
  const all = Array.isArray(series) ? series : [series];
  const drawn = all.filter((s) => s.points.length > 0);
  if (drawn.length === 0 || drawn.every((s) => s.points.every((point) => point.y === 0))) {
    return `No ${joinAnd(all.map((s) => lowerFirst(s.name)))} in this period.`;
  }
  const clauses = drawn.map((s, index) => {
    const name = index === 0 ? s.name : lowerFirst(s.name);
    const first = s.points[0]!.y;
    const last = s.points[s.points.length - 1]!.y;
    if (s.points.length === 1) return `${name} were ${formatCount(first)} ${per}`;
    if (last > first) return `${name} rose from ${formatCount(first)} to ${formatCount(last)} ${per}`;
    if (last < first) return `${name} fell from ${formatCount(first)} to ${formatCount(last)} ${per}`;
    return `${name} began and ended at ${formatCount(first)} ${per}`;
  });
  return `${joinAnd(clauses)} over the period.`;
}

/** "A", "A and B", "A, B and C" — no Oxford comma, as GOV.UK style. */
export function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** "New questions" → "new questions" mid-sentence; an initialism ("GP visits") keeps its capitals. */
function lowerFirst(name: string): string {
  return /^[A-Z][A-Z]/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}
