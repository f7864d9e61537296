import type { ReactNode } from "react";
import { ChartDataTable, tableHasFigures } from "./chart-table";
import { chartIds } from "./ids";
import type { ChartTable } from "./types";

const HEADINGS = { 2: "h2", 3: "h3", 4: "h4" } as const;

/**
 * One figure of a dashboard: its heading, a one-sentence summary that says what the chart shows, the chart (an
 * image named by that heading and summary), and the same data as a table in a "Show the data as a table" details
 * element, as GOV.UK and the ONS present charts. With no data it says so instead of drawing an empty chart.
 */
export function ChartFigure({
  id,
  title,
  summary,
  chart,
  table,
  downloadHref,
  headingLevel = 3,
  empty = !tableHasFigures(table),
  emptyMessage = "There is nothing to show for this period.",
}: {
  /** Unique on the page; the chart inside is given it as `labelledBy`. */
  id: string;
  title: string;
  /** One plain-English sentence: what a reader should take from the chart. */
  summary: string;
  chart: ReactNode;
  table: ChartTable;
  /** Where "Download this table (CSV)" leads; no link without it. */
  downloadHref?: string;
  headingLevel?: 2 | 3 | 4;
  /** Whether there is nothing to draw; by default, when the table has no figure other than 0. */
  empty?: boolean;
  /** Said instead of the summary, chart and table when there is nothing to draw ("No supports in this period."). */
  emptyMessage?: string;
}) {
  const ids = chartIds(id);
  const Heading = HEADINGS[headingLevel];
  return (
    <div id={id} className="mb-10">
      <Heading id={ids.title} className="mb-2 text-xl">
        {title}
      </Heading>
      {empty ? (
        <p id={ids.summary} className="mb-4">
          {emptyMessage}
        </p>
      ) : (
        <>
          <p id={ids.summary} className="mb-4">
            {summary}
          </p>
          {chart}
          <details className="mb-4">
            <summary className="cursor-pointer font-bold text-brand underline underline-offset-2">
              Show the data as a table<span className="sr-only">: {title}</span>
            </summary>
            <ChartDataTable id={ids.table} caption={table.caption ?? title} columns={table.columns} rows={table.rows} />
          </details>
          {downloadHref ? (
            <p className="mb-4">
              <a href={downloadHref} download>
                Download this table (CSV)<span className="sr-only">: {title}</span>
              </a>
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
