import { formatCount, SUPPRESSED_TEXT } from "@/lib/charts/format";
import { formatDate } from "@/lib/format";
import type { BarDatum, ChartCell, ChartColumn, ChartTable, Series } from "./types";

/** A chart's data as a real table: caption, column and row headers, numbers right-aligned in tabular figures. */
export function ChartDataTable({ id, caption, columns, rows }: Required<ChartTable> & { id: string }) {
  return (
    <table id={id} className="mt-3 w-full border-collapse text-left text-base">
      <caption className="mb-2 text-left font-bold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-line">
          {columns.map((column, index) => (
            <th
              key={index}
              scope="col"
              className={`py-2 pr-4 last:pr-0 align-bottom ${column.numeric ? "text-right" : "text-left"}`}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, rowIndex) => (
          <tr key={rowIndex} className="border-b border-line">
            {row.map((cell, index) => {
              const numeric = columns[index]?.numeric ?? false;
              const className = `py-2 pr-4 last:pr-0 align-top ${numeric ? "text-right tabular-nums" : "text-left"}`;
              // The first cell names the row, so a screen reader reads it with every figure in that row.
              return index === 0 ? (
                <th key={index} scope="row" className={`${className} font-normal`}>
                  <CellText cell={cell} />
                </th>
              ) : (
                <td key={index} className={className}>
                  <CellText cell={cell} />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CellText({ cell }: { cell: ChartCell }) {
  if (cell === null) return <>{SUPPRESSED_TEXT}</>;
  if (typeof cell === "number") return <>{formatCount(cell)}</>;
  if (typeof cell === "string") return <>{cell}</>;
  return <a href={cell.href}>{cell.text}</a>;
}

/**
 * The table alternative of a bar chart, row for row: the label (a link where the bar has an `href`) and its value,
 * a suppressed value reading "fewer than 5". Pass the chart's `formatValue` so that the table writes values as the
 * chart does ("45%").
 */
export function barChartTable(
  data: BarDatum[],
  headers: { label: string; value: string },
  caption?: string,
  formatValue?: (value: number) => string,
): ChartTable {
  const columns: ChartColumn[] = [{ header: headers.label }, { header: headers.value, numeric: true }];
  return {
    columns,
    rows: data.map((bar) => [
      bar.href ? { text: bar.label, href: bar.href } : bar.label,
      bar.value === null || formatValue === undefined ? bar.value : formatValue(bar.value),
    ]),
    ...(caption === undefined ? {} : { caption }),
  };
}

/**
 * The table alternative of a line chart: a row per week ("24 November 2025", the date each point is at) and a
 * column per series. Every series is expected to have a point for the same weeks, as LineChart expects.
 */
export function lineChartTable(series: Series[], dateHeader = "Week beginning", caption?: string): ChartTable {
  const weeks = new Map<number, Map<string, number>>();
  for (const s of series) {
    for (const point of s.points) {
      const week = weeks.get(point.x.getTime()) ?? new Map<string, number>();
      week.set(s.name, point.y);
      weeks.set(point.x.getTime(), week);
    }
  }
  return {
    columns: [{ header: dateHeader }, ...series.map((s) => ({ header: s.name, numeric: true }))],
    rows: [...weeks.entries()]
      .sort(([a], [b]) => a - b)
      .map(([time, values]) => [formatDate(new Date(time)), ...series.map((s) => values.get(s.name) ?? "")]),
    ...(caption === undefined ? {} : { caption }),
  };
}

/**
 * Whether a table has a figure worth drawing: a row with a number other than 0, or a suppressed count (which is
 * at least 1), in a numeric column. A period with only zeros is shown as "nothing to show", not as an empty chart.
 */
export function tableHasFigures(table: ChartTable): boolean {
  return table.rows.some((row) =>
    row.some(
      (cell, index) =>
        table.columns[index]?.numeric === true &&
        (cell === null ||
          (typeof cell === "number" ? cell !== 0 : typeof cell === "string" && cell !== "" && cell !== "0")),
    ),
  );
}
