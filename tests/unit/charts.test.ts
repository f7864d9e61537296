import { readFileSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { compile } from "tailwindcss";
import { describe, expect, it } from "vitest";
import {
  BarChart,
  barChartTable,
  ChartFigure,
  LineChart,
  lineChartTable,
  type BarDatum,
  type Series,
} from "@/components/charts";
import { wrapLabel } from "@/components/charts/bar-chart";
import { dateTickText, pickDateTicks } from "@/components/charts/line-chart";
import { formatDate } from "@/lib/format";
import { contrastRatio, type Rgb } from "@/tests/e2e/support/contrast";

// The components are server components with no hooks: rendering them to a string is what the server sends.
const themes: BarDatum[] = [
  { label: "Transport and mobility", value: 412, href: "/questions?theme=transport" },
  { label: "Energy and environment", value: 301 },
  { label: "Libraries", value: 103 },
  { label: "Coastal erosion", value: null },
];

function week(index: number): Date {
  return new Date(Date.UTC(2026, 8, 7 + 7 * index));
}

const trend: Series[] = [
  { name: "New supports", points: [40, 52, 61, 70, 88, 95].map((y, i) => ({ x: week(i), y })) },
  { name: "New questions", points: [12, 10, 9, 11, 8, 8].map((y, i) => ({ x: week(i), y })) },
  { name: "Answers", points: [3, 4, 2, 5, 3, 3].map((y, i) => ({ x: week(i), y })) },
];

function barFigure(data: BarDatum[], extra: Record<string, unknown> = {}): string {
  return renderToStaticMarkup(
    createElement(ChartFigure, {
      id: "support-by-theme",
      title: "Support by theme",
      summary: "Transport and mobility had the most support (412), then Energy and environment (301).",
      chart: createElement(BarChart, { data, valueLabel: "Supporters", labelledBy: "support-by-theme" }),
      table: barChartTable(data, { label: "Theme", value: "Supporters" }),
      ...extra,
    }),
  );
}

function lineFigure(series: Series[]): string {
  return renderToStaticMarkup(
    createElement(ChartFigure, {
      id: "weekly-trend",
      title: "Each week",
      summary: "New supports rose from 40 to 95 a week over the period.",
      chart: createElement(LineChart, { series, yLabel: "A week", labelledBy: "weekly-trend" }),
      table: lineChartTable(series),
    }),
  );
}

function attributes(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

/** The opening tags of every element of one name, with their attributes. */
function elements(markup: string, name: string): Record<string, string>[] {
  return [...markup.matchAll(new RegExp(`<${name}\\b[^>]*>`, "g"))].map((m) => attributes(m[0]));
}

/** Each body row of the figure's table, as the text of its cells (tags stripped). */
function tableRows(markup: string): string[][] {
  const body = markup.match(/<tbody>(.*)<\/tbody>/)?.[1] ?? "";
  return [...body.matchAll(/<tr\b[^>]*>(.*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd]\b[^>]*>(.*?)<\/t[hd]>/g)].map((cell) => cell[1]!.replace(/<[^>]+>/g, "")),
  );
}

function svgOf(markup: string): string {
  return markup.match(/<svg role="img".*<\/svg>/)?.[0] ?? "";
}

describe("charts under the strict CSP", () => {
  it("render no style attribute and no script, figure and charts alike", () => {
    for (const markup of [barFigure(themes), lineFigure(trend)]) {
      expect(markup).toContain("<svg");
      expect(markup).not.toMatch(/\sstyle=/i);
      expect(markup).not.toMatch(/<script/i);
      expect(markup).not.toMatch(/\son[a-z]+=/i);
    }
  });

  it("use no client component (a chart bundle would be sent to the browser)", () => {
    for (const file of ["bar-chart.tsx", "line-chart.tsx", "chart-figure.tsx", "chart-table.tsx"]) {
      const source = readFileSync(path.resolve(import.meta.dirname, "../../components/charts", file), "utf8");
      expect(source).not.toMatch(/["']use client["']/);
    }
  });
});

describe("BarChart", () => {
  it("draws each bar with a length proportional to its value, the largest at the full scale", () => {
    const bars = elements(svgOf(barFigure(themes)), "rect").filter((rect) => rect.class === "fill-brand");
    const widths = bars.map((rect) => Number.parseFloat(rect.width!));
    expect(bars.map((rect) => rect.width!.endsWith("%"))).toEqual([true, true, true]);
    expect(widths[0]).toBe(78);
    expect(widths[1]! / widths[0]!).toBeCloseTo(301 / 412, 3);
    expect(widths[2]! / widths[0]!).toBeCloseTo(103 / 412, 3);
  });

  it("writes each value at the end of its bar, in en-GB figures", () => {
    const markup = renderToStaticMarkup(
      createElement(BarChart, {
        data: [{ label: "Chelmsford", value: 12345 }],
        valueLabel: "Supporters",
        labelledBy: "f",
      }),
    );
    expect(markup).toMatch(/<text x="78%" dx="6"[^>]*>12,345<\/text>/);
  });

  it("shows a suppressed value as a hatched box reading 'fewer than 5', never a number or an empty bar", () => {
    const markup = renderToStaticMarkup(
      createElement(BarChart, {
        data: [
          { label: "Uttlesford", value: 20 },
          { label: "Maldon", value: null },
        ],
        valueLabel: "Supporters",
        labelledBy: "by-district",
      }),
    );
    const suppressed = markup.match(/<g data-bar="suppressed">(.*?)<\/g>/)?.[1] ?? "";
    expect(suppressed).toContain("Maldon");
    expect(suppressed).toContain("fewer than 5");
    expect(suppressed.replace(/<[^>]+>/g, " ").replace("fewer than 5", "")).not.toMatch(/\d/);
    expect(elements(suppressed, "rect")[0]!.fill).toBe("url(#by-district-suppressed)");
    expect(markup).toContain('<pattern id="by-district-suppressed"');
  });

  it("draws zeros as zero, and all-zero data without dividing by zero", () => {
    const markup = renderToStaticMarkup(
      createElement(BarChart, {
        data: [
          { label: "A", value: 0 },
          { label: "B", value: 0 },
        ],
        valueLabel: "Supporters",
        labelledBy: "f",
      }),
    );
    expect(elements(markup, "rect").map((rect) => rect.width)).toEqual(["0%", "0%"]);
    expect(markup).not.toContain("NaN");
  });

  it("shows at most maxBars bars, and wraps a long label onto two lines only in the drawing", () => {
    const long = "Pothole repairs on rural roads between the villages of the Dengie peninsula";
    const data = [{ label: long, value: 9 }, ...themes];
    const markup = barFigure(data, {
      chart: createElement(BarChart, { data, valueLabel: "Supporters", labelledBy: "support-by-theme", maxBars: 2 }),
    });
    const svg = svgOf(markup);
    expect(elements(svg, "g")).toHaveLength(2);
    expect(svg).toContain(">Pothole repairs on rural roads</tspan>");
    expect(svg).toContain(">between the villages of the…</tspan>");
    // The second row starts below the first row's extra line: 28 header + 56 row + 20 extra line, label at +18.
    expect(svg).toMatch(/<text x="0" y="122" class="fill-ink"><tspan x="0" dy="0">Transport and mobility</);
    expect(tableRows(markup)[0]![0]).toBe(long);
  });
});

describe("wrapLabel", () => {
  it("breaks between words into at most two lines of 30 characters, with an ellipsis when cut", () => {
    expect(wrapLabel("Transport and mobility")).toEqual(["Transport and mobility"]);
    expect(wrapLabel("Street lighting and lamp posts in Braintree")).toEqual([
      "Street lighting and lamp posts",
      "in Braintree",
    ]);
    const lines = wrapLabel("a".repeat(70));
    expect(lines).toEqual(["a".repeat(30), `${"a".repeat(29)}…`]);
    for (const line of wrapLabel("The quick brown fox jumps over the lazy dog again and again and again"))
      expect(line.length).toBeLessThanOrEqual(30);
  });
});

describe("LineChart", () => {
  it("draws one path per series, each with its own dash pattern, marker shape and direct label", () => {
    const markup = lineFigure(trend);
    const paths = elements(markup, "path").filter((p) => p["data-series"]);
    expect(paths.map((p) => p["data-series"])).toEqual(["New supports", "New questions", "Answers"]);
    expect(new Set(paths.map((p) => p["stroke-dasharray"] ?? "solid")).size).toBe(3);
    expect(paths.every((p) => p["vector-effect"] === "non-scaling-stroke")).toBe(true);
    // The legend (outside the image) and the label at each line's end name every series.
    const drawing = markup.slice(0, markup.indexOf("<details"));
    for (const s of trend) expect(drawing.match(new RegExp(`>${s.name}<`, "g"))).toHaveLength(2);
  });

  it("places points by date and value: the highest value at the top of the scale, later weeks further right", () => {
    const markup = lineFigure(trend);
    const supports = elements(markup, "path").find((p) => p["data-series"] === "New supports")!;
    const points = [...supports.d!.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(points).toHaveLength(6);
    expect(points[0]![0]).toBe(2);
    expect(points[5]![0]).toBe(98);
    const ys = points.map((p) => p[1]!);
    // y falls as the value rises (SVG y runs downwards), in proportion to the values.
    const baseline = Number(elements(markup, "line").find((l) => l.class === "stroke-ink")!.y1);
    expect((baseline - ys[5]!) / (baseline - ys[0]!)).toBeCloseTo(95 / 40, 2);
  });

  it("labels the x axis with at most three en-GB short dates: months over a year, days with the year once", () => {
    const dates = Array.from({ length: 52 }, (_, i) => new Date(Date.UTC(2025, 10, 24 + 7 * i)));
    const ticks = pickDateTicks(dates);
    expect(ticks.map((d) => d.getTime())).toEqual([0, 26, 51].map((i) => dates[i]!.getTime()));
    expect(ticks.map((_, i) => dateTickText(ticks, i))).toEqual(["Nov 2025", "May 2026", "Nov 2026"]);
    const newYear = pickDateTicks(Array.from({ length: 5 }, (_, i) => new Date(Date.UTC(2025, 11, 22 + 7 * i))));
    expect(newYear.map((_, i) => dateTickText(newYear, i))).toEqual(["22 Dec 2025", "5 Jan 2026", "19 Jan"]);
    expect(lineFigure(trend)).toMatch(/>7 Sept? 2026<\/text>/);
  });
});

describe("ChartFigure", () => {
  it("names the image by its heading and its one-sentence summary, both present on the page", () => {
    for (const markup of [barFigure(themes), lineFigure(trend)]) {
      const svg = elements(markup, "svg").find((s) => s.role === "img")!;
      const ids = svg["aria-labelledby"]!.split(" ");
      expect(ids).toHaveLength(2);
      for (const id of ids) expect(markup).toContain(`id="${id}"`);
      expect(markup).toMatch(new RegExp(`<h3 id="${ids[0]}"[^>]*>`));
      expect(markup).toMatch(new RegExp(`<p id="${ids[1]}"[^>]*>[^<]+\\.</p>`));
    }
  });

  it("gives a table alternative row for row: a caption, column and row headers, suppressed cells in words", () => {
    const markup = barFigure(themes);
    expect(markup).toContain("Show the data as a table");
    expect(markup).toMatch(/<caption[^>]*>Support by theme<\/caption>/);
    expect(elements(markup, "th").filter((th) => th.scope === "col")).toHaveLength(2);
    expect(elements(markup, "th").filter((th) => th.scope === "row")).toHaveLength(themes.length);
    expect(tableRows(markup)).toEqual([
      ["Transport and mobility", "412"],
      ["Energy and environment", "301"],
      ["Libraries", "103"],
      ["Coastal erosion", "fewer than 5"],
    ]);
    expect(markup).toContain('<a href="/questions?theme=transport">Transport and mobility</a>');
    // Numbers right-aligned in tabular figures.
    expect(elements(markup, "td").every((td) => /text-right tabular-nums/.test(td.class!))).toBe(true);
  });

  it("gives a line chart a row per week and a column per series", () => {
    const markup = lineFigure(trend);
    expect(elements(markup, "th").filter((th) => th.scope === "col")).toHaveLength(4);
    expect(tableRows(markup)).toEqual(
      trend[0]!.points.map((point, i) => [formatDate(point.x), ...trend.map((s) => String(s.points[i]!.y))]),
    );
    expect(tableRows(markup)[0]![0]).toBe("7 September 2026");
  });

  it("writes a bar table's values as the chart does when given its format", () => {
    const percent = (n: number) => `${n}%`;
    const table = barChartTable(
      [
        { label: "Essex County Council", value: 45 },
        { label: "Small charity", value: null },
      ],
      { label: "Organisation", value: "Answered" },
      "Answered share",
      percent,
    );
    expect(table.rows).toEqual([
      ["Essex County Council", "45%"],
      ["Small charity", null],
    ]);
    expect(table.caption).toBe("Answered share");
  });

  it("links to the CSV only when given one", () => {
    expect(barFigure(themes, { downloadHref: "/partner/priorities/themes.csv" })).toMatch(
      /<a href="\/partner\/priorities\/themes.csv" download="">Download this table \(CSV\)/,
    );
    expect(barFigure(themes)).not.toContain("Download this table");
  });

  it("says there is nothing to show instead of drawing an empty chart", () => {
    const markup = barFigure([], { emptyMessage: "No support in this period." });
    expect(markup).toContain("No support in this period.");
    expect(markup).not.toContain("<svg");
    expect(markup).not.toContain("<table");
    expect(lineFigure([])).not.toContain("<svg");
    // Only zeros is nothing to show too; a suppressed count is something (it is at least 1).
    const zeros = [
      { label: "A", value: 0 },
      { label: "B", value: 0 },
    ];
    expect(barFigure(zeros)).toContain("There is nothing to show for this period.");
    expect(barFigure(zeros)).not.toContain("<svg");
    expect(lineFigure(trend.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, y: 0 })) })))).not.toContain(
      "<svg",
    );
    expect(barFigure([...zeros, { label: "C", value: null }])).toContain("<svg");
  });

  it("uses the heading level asked for", () => {
    expect(barFigure(themes, { headingLevel: 2 })).toMatch(/<h2 id="support-by-theme-title"/);
  });
});

describe("chart colours (WCAG 1.4.11)", () => {
  // Grid lines and the paper-coloured halo behind the direct labels are not needed to read the chart.
  const decorative = new Set(["stroke-line", "stroke-paper"]);

  it("exist in the Tailwind theme and have at least 3:1 contrast against the page", async () => {
    const css = readFileSync(path.resolve(import.meta.dirname, "../../app/globals.css"), "utf8");
    const theme = Object.fromEntries(
      [...css.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, hexColour(m[2]!)]),
    );
    const compiler = await compile(css, {
      loadStylesheet: async (id, base) => {
        const file = path.resolve(import.meta.dirname, "../../node_modules", id, "index.css");
        return { path: file, base, content: readFileSync(file, "utf8") };
      },
    });
    const markup = barFigure(themes) + lineFigure(trend);
    const colourClasses = new Set(
      [...markup.matchAll(/class="([^"]*)"/g)]
        .flatMap((m) => m[1]!.split(" "))
        .filter((c) => /^(fill|stroke)-/.test(c)),
    );
    expect(colourClasses.size).toBeGreaterThan(4);
    const generated = compiler.build([...colourClasses]);
    for (const name of colourClasses) {
      const colour = generated.match(new RegExp(`\\.${name} \\{\\s*(?:fill|stroke): var\\(--color-([\\w-]+)\\)`))?.[1];
      expect(colour, `${name} is a theme colour`).toBeDefined();
      if (decorative.has(name)) continue;
      expect(contrastRatio(theme[colour!]!, theme.paper!), name).toBeGreaterThanOrEqual(3);
    }
  });
});

function hexColour(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255, alpha: 1 };
}
