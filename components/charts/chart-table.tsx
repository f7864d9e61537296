import { formatCount, SUPPRESSED_TEXT } from "@/lib/charts/format";
import type { BarDatum, ChartCell, ChartColumn, ChartTable } from "./types";

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
 * a suppressed value reading "fewer than 5".
 */
export function barChartTable(
  data: BarDatum[],
  headers: { label: string; value: string },
  caption?: string,
): ChartTable {
  const columns: ChartColumn[] = [{ header: headers.label }, { header: headers.value, numeric: true }];
  return {
    columns,
    rows: data.map((bar) => [bar.href ? { text: bar.label, href: bar.href } : bar.label, bar.value]),
    ...(caption === undefined ? {} : { caption }),
  };
}
