import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { formatCount, formatShortDate } from "@/lib/charts/format";
import { chartIds } from "./ids";
import type { Series } from "./types";

// Like the bar chart, drawn in CSS pixels with x as a percentage of the width, so text keeps its size on a phone.
// Lines are paths, which cannot take percentages, so they are drawn in an inner SVG whose viewBox is 100 units wide
// and stretched to the full width (preserveAspectRatio="none"): one unit there is one percent here, and
// vector-effect="non-scaling-stroke" keeps the stroke and its dashes from stretching with it.
const TOP = 40;
const BOTTOM = 32;
const LEFT_PERCENT = 2;
const RIGHT_PERCENT = 98;
const MOST_DATE_TICKS = 3;
/** Past this many weeks not every point gets a marker, or the markers would run together on a phone. */
const MOST_MARKERS = 14;
const LABEL_GAP = 18;

/**
 * Each series has its own colour, dash pattern and marker shape, so the lines can be told apart without colour; the
 * legend and a label at each line's end name them. Every colour has at least 3:1 contrast against white (WCAG 1.4.11).
 * The class names are written out in full so that Tailwind finds them.
 */
export const SERIES_STYLES = [
  { stroke: "stroke-brand", fill: "fill-brand", dash: undefined, marker: "circle" },
  { stroke: "stroke-success", fill: "fill-success", dash: "8 5", marker: "square" },
  { stroke: "stroke-status-in-progress", fill: "fill-status-in-progress", dash: "2 5", marker: "triangle" },
  { stroke: "stroke-ink", fill: "fill-ink", dash: "12 4 2 4", marker: "diamond" },
] as const;

type SeriesStyle = (typeof SERIES_STYLES)[number];

const MARKER_PATHS: Record<SeriesStyle["marker"], string> = {
  circle: "M 4.5 0 A 4.5 4.5 0 1 1 -4.5 0 A 4.5 4.5 0 1 1 4.5 0 Z",
  square: "M -4 -4 H 4 V 4 H -4 Z",
  triangle: "M 0 -5.5 L 5 4 H -5 Z",
  diamond: "M 0 -5.5 L 5.5 0 L 0 5.5 L -5.5 0 Z",
};

function styleOf(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length]!;
}

/**
 * A weekly trend with several series, a legend, a dated x axis (en-GB short months) and a y axis with labelled grid
 * lines. Every series is expected to have a point for the same weeks.
 */
export function LineChart({
  series,
  yLabel,
  labelledBy,
  height = 240,
}: {
  series: Series[];
  /** What the y axis counts, written above it ("A week"). */
  yLabel: string;
  /** The `id` of the ChartFigure this chart is in: the image is named by its title and summary. */
  labelledBy: string;
  /** The plotting area's height in CSS pixels. */
  height?: number;
}) {
  const dates = longestDates(series);
  if (dates.length === 0) return <p className="mb-4">There is nothing to show for this period.</p>;

  const bottom = TOP + height;
  const largest = Math.max(0, ...series.flatMap((s) => s.points.map((p) => p.y)));
  const y = scaleLinear()
    .domain([0, largest > 0 ? largest : 1])
    .range([bottom, TOP])
    .nice(4);
  const wholeNumbers = series.every((s) => s.points.every((p) => Number.isInteger(p.y)));
  const yTicks = y.ticks(4).filter((tick) => !wholeNumbers || Number.isInteger(tick));
  const first = dates[0]!.getTime();
  const last = dates[dates.length - 1]!.getTime();
  const x = scaleLinear()
    .domain(first === last ? [first - 1, last + 1] : [first, last])
    .range([LEFT_PERCENT, RIGHT_PERCENT]);
  const path = line<{ x: Date; y: number }>()
    .x((point) => round(x(point.x.getTime())))
    .y((point) => round(y(point.y)));
  const ids = chartIds(labelledBy);
  const total = bottom + BOTTOM;
  const dateTicks = pickDateTicks(dates);
  const endLabels = placeEndLabels(series, (value) => y(value), TOP, bottom);

  return (
    <div className="mb-4">
      <Legend series={series} />
      <svg
        role="img"
        aria-labelledby={`${ids.title} ${ids.summary}`}
        width="100%"
        height={total}
        className="block w-full text-base"
        data-chart="line"
      >
        <text x="0" y="16" className="fill-muted">
          {yLabel}
        </text>
        {yTicks.map((tick) => (
          <g key={tick}>
            <line
              x1="0"
              x2="100%"
              y1={round(y(tick))}
              y2={round(y(tick))}
              strokeWidth="1"
              className={tick === 0 ? "stroke-ink" : "stroke-line"}
            />
            {tick === 0 ? null : (
              <text
                x="0"
                y={round(y(tick)) - 4}
                strokeWidth="4"
                strokeLinejoin="round"
                paintOrder="stroke"
                className="fill-muted stroke-paper"
              >
                {formatCount(tick)}
              </text>
            )}
          </g>
        ))}
        {dateTicks.map((date, index) => (
          <text
            key={date.getTime()}
            x={`${round(x(date.getTime()))}%`}
            y={bottom + 22}
            textAnchor={index === 0 ? "start" : index === dateTicks.length - 1 ? "end" : "middle"}
            className="fill-muted"
          >
            {dateTickText(dateTicks, index)}
          </text>
        ))}
        <svg
          x="0"
          y="0"
          width="100%"
          height={total}
          viewBox={`0 0 100 ${total}`}
          preserveAspectRatio="none"
          overflow="visible"
          aria-hidden="true"
        >
          {series.map((s, index) => {
            const style = styleOf(index);
            return (
              <path
                key={s.name}
                d={path(s.points) ?? ""}
                fill="none"
                strokeWidth="3"
                strokeLinecap="round"
                strokeLinejoin="round"
                strokeDasharray={style.dash}
                vectorEffect="non-scaling-stroke"
                className={style.stroke}
                data-series={s.name}
              />
            );
          })}
        </svg>
        {series.map((s, index) => {
          const style = styleOf(index);
          return (
            <g key={s.name} className={style.fill}>
              {markedPoints(s.points).map((point) => (
                <svg
                  key={point.x.getTime()}
                  x={`${round(x(point.x.getTime()))}%`}
                  y={round(y(point.y))}
                  width="1"
                  height="1"
                  overflow="visible"
                  aria-hidden="true"
                >
                  <path d={MARKER_PATHS[style.marker]} />
                </svg>
              ))}
            </g>
          );
        })}
        {endLabels.map((label) => (
          <text
            key={label.name}
            x={`${RIGHT_PERCENT}%`}
            y={label.y}
            textAnchor="end"
            strokeWidth="4"
            strokeLinejoin="round"
            paintOrder="stroke"
            className="fill-ink stroke-paper"
          >
            {label.name}
          </text>
        ))}
      </svg>
    </div>
  );
}

function Legend({ series }: { series: Series[] }) {
  return (
    <ul className="mb-2 flex flex-wrap gap-x-6 gap-y-1 text-base" aria-label="Key">
      {series.map((s, index) => {
        const style = styleOf(index);
        return (
          <li key={s.name} className="flex items-center gap-2">
            <svg width="40" height="14" viewBox="0 0 40 14" aria-hidden="true" focusable="false">
              <line
                x1="2"
                x2="38"
                y1="7"
                y2="7"
                strokeWidth="3"
                strokeLinecap="round"
                strokeDasharray={style.dash}
                className={style.stroke}
              />
              <path d={MARKER_PATHS[style.marker]} transform="translate(20 7)" className={style.fill} />
            </svg>
            {s.name}
          </li>
        );
      })}
    </ul>
  );
}

/** The weeks of the longest series: the x axis. */
function longestDates(series: Series[]): Date[] {
  let longest: Series["points"] = [];
  for (const s of series) if (s.points.length > longest.length) longest = s.points;
  return longest.map((point) => point.x);
}

/** Up to three dates spread evenly, first and last included, so the axis labels never overlap on a phone. */
export function pickDateTicks(dates: Date[]): Date[] {
  if (dates.length <= MOST_DATE_TICKS) return dates;
  const picked = new Set<number>();
  for (let i = 0; i < MOST_DATE_TICKS; i++) picked.add(Math.round((i * (dates.length - 1)) / (MOST_DATE_TICKS - 1)));
  return [...picked].map((index) => dates[index]!);
}

/** Past about six months the axis names months ("Nov 2025"); within it, days ("27 Oct 2026", "10 Nov"). */
const MONTHS_AXIS_AFTER_DAYS = 183;
const monthYear = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "Europe/London" });
const yearOnly = new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: "Europe/London" });

/**
 * The text of one date tick, short enough that three fit a 320 px phone: over a long period the month and year; over
 * a short one the day and month, with the year on the first tick and wherever it changes.
 */
export function dateTickText(ticks: Date[], index: number): string {
  const date = ticks[index]!;
  const span = ticks[ticks.length - 1]!.getTime() - ticks[0]!.getTime();
  if (span > MONTHS_AXIS_AFTER_DAYS * 86_400_000) return monthYear.format(date);
  const showYear = index === 0 || yearOnly.format(date) !== yearOnly.format(ticks[index - 1]!);
  return showYear ? `${formatShortDate(date)} ${yearOnly.format(date)}` : formatShortDate(date);
}

function markedPoints(points: Series["points"]): Series["points"] {
  if (points.length <= MOST_MARKERS) return points;
  const step = Math.ceil(points.length / MOST_MARKERS);
  return points.filter((_, index) => index % step === 0 || index === points.length - 1);
}

/**
 * Each series' name just above its last point, pushed apart where two lines end close together so that no label
 * covers another.
 */
function placeEndLabels(
  series: Series[],
  y: (value: number) => number,
  top: number,
  bottom: number,
): { name: string; y: number }[] {
  const labels = series
    .filter((s) => s.points.length > 0)
    .map((s) => ({ name: s.name, y: round(y(s.points[s.points.length - 1]!.y) - 8) }))
    .sort((a, b) => a.y - b.y);
  for (let i = 1; i < labels.length; i++) labels[i]!.y = Math.max(labels[i]!.y, labels[i - 1]!.y + LABEL_GAP);
  const overflow = labels.length ? labels[labels.length - 1]!.y - (bottom - 4) : 0;
  if (overflow > 0) for (const label of labels) label.y -= overflow;
  for (const label of labels) label.y = Math.max(label.y, top - 4);
  return labels;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
