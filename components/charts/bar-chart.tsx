import { scaleLinear } from "d3-scale";
import { formatCount, SUPPRESSED_TEXT } from "@/lib/charts/format";
import { chartIds } from "./ids";
import type { BarDatum } from "./types";

// The chart is drawn in CSS pixels without a viewBox: x positions and bar lengths are percentages of the width the
// page gives it, and heights are fixed pixels, so the text stays at 16 px on a 320 px phone instead of shrinking
// with the drawing. Each label sits above its bar, wrapped onto a second line where it is long, so a question's
// title never needs a fixed gutter beside the bars.
const HEADER_HEIGHT = 28;
const ROW_HEIGHT = 56;
const LINE_HEIGHT = 20;
const LABEL_BASELINE = 18;
const BAR_TOP = 26;
const BAR_HEIGHT = 20;
/** The longest bar, as a share of the width: the rest holds the value written after it. */
const LONGEST_BAR_PERCENT = 78;
/** Characters of 16 px text that fit a 320 px phone's column on one line. */
export const LABEL_LINE_LENGTH = 30;
const LABEL_LINES = 2;
const SUPPRESSED_BOX_WIDTH = 28;

/**
 * A label as at most two lines of at most 30 characters, broken between words, the second ending in an ellipsis
 * where the label is longer still; the table alternative has it in full.
 */
export function wrapLabel(label: string, lineLength = LABEL_LINE_LENGTH, lines = LABEL_LINES): string[] {
  const wrapped: string[] = [];
  let current = "";
  for (const word of label.trim().split(/\s+/)) {
    // A word longer than a line (a long place name) is cut, since SVG text does not wrap by itself.
    for (let rest = word; rest.length > 0; rest = rest.slice(lineLength)) {
      const piece = rest.slice(0, lineLength);
      if (current === "") current = piece;
      else if (current.length + 1 + piece.length <= lineLength) current = `${current} ${piece}`;
      else {
        wrapped.push(current);
        current = piece;
      }
    }
  }
  if (current !== "") wrapped.push(current);
  if (wrapped.length <= lines) return wrapped;
  const kept = wrapped.slice(0, lines);
  const last = kept[lines - 1]!;
  kept[lines - 1] = `${(last.length < lineLength ? last : last.slice(0, lineLength - 1)).trimEnd()}…`;
  return kept;
}

/**
 * Horizontal bars, largest first as given, each with its label above it and its value written at its end. A
 * suppressed value (null) is a small hatched box reading "fewer than 5", never a number and never an empty bar that
 * would read as 0.
 */
export function BarChart({
  data,
  valueLabel,
  labelledBy,
  maxBars,
  formatValue = formatCount,
  suppressedText = SUPPRESSED_TEXT,
}: {
  data: BarDatum[];
  /** What the values count, shown above the bars ("Supporters"). */
  valueLabel: string;
  /** The `id` of the ChartFigure this chart is in: the image is named by its title and summary. */
  labelledBy: string;
  maxBars?: number;
  formatValue?: (value: number) => string;
  /** What a suppressed bar reads, where the threshold is not the dashboard's 5 ("fewer than 10"). */
  suppressedText?: string;
}) {
  const bars = maxBars === undefined ? data : data.slice(0, maxBars);
  if (bars.length === 0) return <p className="mb-4">There is nothing to show for this period.</p>;

  const largest = Math.max(0, ...bars.map((bar) => bar.value ?? 0));
  // A domain of [0, 0] would put every bar at the midpoint; with nothing above zero every bar has no length.
  // Counts are never negative; clamping keeps a bad value from drawing a rect with a negative width.
  const length = scaleLinear()
    .domain([0, largest > 0 ? largest : 1])
    .range([0, LONGEST_BAR_PERCENT])
    .clamp(true);
  const ids = chartIds(labelledBy);
  const hatchId = `${labelledBy}-suppressed`;
  const rows: { bar: BarDatum; label: string[]; top: number }[] = [];
  let height = HEADER_HEIGHT;
  for (const bar of bars) {
    const label = wrapLabel(bar.label);
    rows.push({ bar, label, top: height });
    height += ROW_HEIGHT + (label.length - 1) * LINE_HEIGHT;
  }

  return (
    <svg
      role="img"
      aria-labelledby={`${ids.title} ${ids.summary}`}
      width="100%"
      height={height}
      className="mb-4 block w-full text-base"
      data-chart="bar"
    >
      <defs>
        <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" strokeWidth="2" className="stroke-muted" />
        </pattern>
      </defs>
      <text x="0" y="18" className="fill-muted">
        {valueLabel}
      </text>
      {rows.map(({ bar, label, top: rowTop }, index) => {
        // Everything below the label moves down by the label's extra lines.
        const top = rowTop + (label.length - 1) * LINE_HEIGHT;
        return (
          <g key={index} data-bar={bar.value === null ? "suppressed" : "value"}>
            <text x="0" y={rowTop + LABEL_BASELINE} className="fill-ink">
              {label.map((line, lineIndex) => (
                <tspan key={lineIndex} x="0" dy={lineIndex === 0 ? 0 : LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
            {bar.value === null ? (
              <>
                <rect
                  x="0"
                  y={top + BAR_TOP}
                  width={SUPPRESSED_BOX_WIDTH}
                  height={BAR_HEIGHT}
                  fill={`url(#${hatchId})`}
                  strokeWidth="1"
                  className="stroke-muted"
                />
                <text x={SUPPRESSED_BOX_WIDTH + 6} y={top + BAR_TOP + 15} className="fill-ink">
                  {suppressedText}
                </text>
              </>
            ) : (
              <>
                <rect
                  x="0"
                  y={top + BAR_TOP}
                  width={`${percent(length(bar.value))}%`}
                  height={BAR_HEIGHT}
                  className="fill-brand"
                />
                <text x={`${percent(length(bar.value))}%`} dx="6" y={top + BAR_TOP + 15} className="fill-ink">
                  {formatValue(bar.value)}
                </text>
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** Two decimal places are finer than a pixel at any width the page has, and keep the markup short. */
function percent(value: number): number {
  return Math.round(value * 100) / 100;
}
