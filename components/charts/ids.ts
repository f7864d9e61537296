/**
 * The ids a ChartFigure gives its heading and summary. A chart inside the figure is passed the figure's `id` as its
 * `labelledBy` and points its `aria-labelledby` at both, so a screen reader announces the image by its title and its
 * one-sentence summary.
 */
export function chartIds(figureId: string): { title: string; summary: string; table: string } {
  return { title: `${figureId}-title`, summary: `${figureId}-summary`, table: `${figureId}-table` };
}
