/** One bar. `value: null` is a suppressed count (a group of fewer than 5 people): drawn hatched, read "fewer than 5". */
export interface BarDatum {
  label: string;
  value: number | null;
  /** Where the label leads in the table alternative (the SVG is one image, so it holds no links). */
  href?: string;
}

/** One line of a trend chart: a point per week, in date order. */
export interface Series {
  name: string;
  points: { x: Date; y: number }[];
}

export interface ChartColumn {
  header: string;
  /** Right-aligned with tabular figures, as GOV.UK tables set numbers. */
  numeric?: boolean;
}

/** A table cell that links somewhere (a question or theme named in a ranking). */
export interface ChartLinkCell {
  text: string;
  href: string;
}

/** A cell of a chart's table alternative; `null` is a suppressed count and reads "fewer than 5". */
export type ChartCell = string | number | null | ChartLinkCell;

export interface ChartTable {
  columns: ChartColumn[];
  rows: ChartCell[][];
  /** Defaults to the figure's title. */
  caption?: string;
}
