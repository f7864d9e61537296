// The priorities dashboard's tables, built once from the figures: the page shows each as a chart's table
// alternative and the CSV download writes the same rows, so the two always agree. Suppressed people counts stay
// suppressed in both (never the number).
import type { ChartCell, ChartColumn } from "@/components/charts/types";
import { statusLabel } from "@/lib/questions/status";
import type {
  BroadQuestion,
  OrganisationFigure,
  QuestionFigure,
  ThemeFigure,
  TrendingQuestion,
  WeekFigure,
} from "./dashboard";
import { type SuppressedBreakdown, suppressedText } from "./suppression";

export const PRIORITIES_TABLES = [
  "questions-by-support",
  "questions-by-trending",
  "themes",
  "broad-support",
  "supporters-by-district",
  "supporters-by-age-group",
  "supporters-by-i-am-a",
  "weekly-trend",
  "response-performance",
] as const;
export type PrioritiesTableName = (typeof PRIORITIES_TABLES)[number];

export interface PrioritiesTable {
  name: PrioritiesTableName;
  title: string;
  columns: ChartColumn[];
  rows: ChartCell[][];
}

export function questionHref(id: string): string {
  return `/questions/${id}`;
}

/** One decimal place at most: effective group counts, scores, medians. */
export function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

export function questionsBySupportTable(rows: QuestionFigure[]): PrioritiesTable {
  return {
    name: "questions-by-support",
    title: "Most supported questions in the period",
    columns: [{ header: "Question" }, { header: "Status" }, { header: "Supports in the period", numeric: true }],
    rows: rows.map((q) => [{ text: q.title, href: questionHref(q.id) }, statusLabel(q.status), q.supports]),
  };
}

export function questionsByTrendingTable(rows: TrendingQuestion[]): PrioritiesTable {
  return {
    name: "questions-by-trending",
    title: "Trending questions now",
    columns: [{ header: "Question" }, { header: "Status" }, { header: "Trending score", numeric: true }],
    rows: rows.map((q) => [{ text: q.title, href: questionHref(q.id) }, statusLabel(q.status), oneDecimal(q.trending)]),
  };
}

export function themesTable(rows: ThemeFigure[]): PrioritiesTable {
  return {
    name: "themes",
    title: "Support by theme",
    columns: [
      { header: "Theme" },
      { header: "Supports in the period", numeric: true },
      { header: "Supports on unanswered questions", numeric: true },
      { header: "Trending score now", numeric: true },
    ],
    rows: [...rows]
      .sort((a, b) => b.supports - a.supports || a.name.localeCompare(b.name))
      .map((t) => [t.name, t.supports, t.unansweredSupports, oneDecimal(t.trending)]),
  };
}

export function broadSupportTable(rows: BroadQuestion[]): PrioritiesTable {
  return {
    name: "broad-support",
    title: "Questions with the broadest support in the period",
    columns: [
      { header: "Question" },
      { header: "Supporters in the period", numeric: true },
      { header: "Effective districts", numeric: true },
      { header: "Effective age groups", numeric: true },
      { header: "Broad support score", numeric: true },
    ],
    rows: rows.map((q) => [
      { text: q.title, href: questionHref(q.id) },
      q.supports,
      oneDecimal(q.effectiveDistricts),
      oneDecimal(q.effectiveAgeBands),
      oneDecimal(q.score),
    ]),
  };
}

/** A suppressed cell as text; the chart cell `null` reads "fewer than 5", so only small groups use it. */
function peopleCell(cell: SuppressedBreakdown["cells"][number]): ChartCell {
  if (cell.suppressed === "small") return null;
  if (cell.suppressed) return suppressedText(cell.suppressed);
  return cell.people;
}

const BREAKDOWNS = {
  "supporters-by-district": { title: "People supporting questions, by district", group: "District" },
  "supporters-by-age-group": { title: "People supporting questions, by age group", group: "Age group" },
  "supporters-by-i-am-a": { title: 'People supporting questions, by "I am a…"', group: "I am a…" },
} as const;

export function breakdownTable(name: keyof typeof BREAKDOWNS, breakdown: SuppressedBreakdown): PrioritiesTable {
  const { title, group } = BREAKDOWNS[name];
  return {
    name,
    title,
    columns: [{ header: group }, { header: "People", numeric: true }],
    rows: [
      ...breakdown.cells.map((cell) => [cell.label, peopleCell(cell)]),
      ["All people", breakdown.total === null ? suppressedText("complementary") : breakdown.total],
    ],
  };
}

const weekDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function weekLabel(isoDate: string): string {
  return weekDate.format(new Date(`${isoDate}T00:00:00Z`));
}

export function weeklyTable(rows: WeekFigure[]): PrioritiesTable {
  return {
    name: "weekly-trend",
    title: "Week by week",
    columns: [
      { header: "Week starting" },
      { header: "New questions", numeric: true },
      { header: "Supports", numeric: true },
      { header: "Questions answered", numeric: true },
    ],
    rows: rows.map((w) => [weekLabel(w.weekStart), w.newQuestions, w.supports, w.answers]),
  };
}

export function answeredShare(row: OrganisationFigure): number | null {
  return row.takenOn === 0 ? null : Math.round((row.answered / row.takenOn) * 100);
}

export function responsePerformanceTable(rows: OrganisationFigure[]): PrioritiesTable {
  return {
    name: "response-performance",
    title: "Response performance by organisation",
    columns: [
      { header: "Organisation" },
      { header: "Questions taken on in the period", numeric: true },
      { header: "Answered so far", numeric: true },
      { header: "Answered share (%)", numeric: true },
      { header: "Median days to first response", numeric: true },
      { header: "Overdue now", numeric: true },
    ],
    rows: rows.map((o) => {
      const share = answeredShare(o);
      return [
        o.name,
        o.takenOn,
        o.answered,
        share === null ? "none taken on" : share,
        o.medianDaysToFirstResponse === null ? "none answered" : oneDecimal(o.medianDaysToFirstResponse),
        o.overdueNow,
      ];
    }),
  };
}

/** A table's rows as CSV cells: links as their text, a small group as "fewer than 5". */
export function csvRows(table: PrioritiesTable): (string | number)[][] {
  return table.rows.map((row) =>
    row.map((cell) => {
      if (cell === null) return suppressedText("small");
      if (typeof cell === "object") return cell.text;
      return cell;
    }),
  );
}
