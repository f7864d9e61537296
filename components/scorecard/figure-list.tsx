import type { FigureRow } from "@/lib/scorecard/wording";

/**
 * A scorecard's figures as a summary list: the figure's name, its value with what it is out of, or "too few to
 * show". `idPrefix` keeps the ids unique when several partners are on one page.
 */
export function FigureList({ rows, idPrefix }: { rows: FigureRow[]; idPrefix: string }) {
  return (
    <dl className="mb-6 grid grid-cols-1 gap-x-6 border-t border-line sm:grid-cols-[minmax(12rem,22rem)_1fr]">
      {rows.map((row) => (
        <div key={row.key} id={`${idPrefix}-${row.key}`} className="contents" data-figure={row.key}>
          <dt className="pt-2 font-bold sm:border-b sm:border-line sm:pb-2">{row.label}</dt>
          <dd className="border-b border-line pb-2 sm:pt-2">
            <span data-figure-value>{row.value}</span>
            <span className="block text-base text-muted">{row.outOf}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
