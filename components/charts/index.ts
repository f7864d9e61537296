export { BarChart } from "./bar-chart";
export { ChartFigure } from "./chart-figure";
export { barChartTable, ChartDataTable, lineChartTable, tableHasFigures } from "./chart-table";
export { chartIds } from "./ids";
export { LineChart } from "./line-chart";
export type { BarDatum, ChartCell, ChartColumn, ChartLinkCell, ChartTable, Series } from "./types";
