import { buildChartSpec, PERIOD_ADJECTIVE, type ChartInput, type ChartSpec } from "@/lib/dashboard/chart-data";
import { type ChartLayout, layoutChart, type PlacedPoint } from "@/lib/dashboard/chart-geometry";
import type { DisplayPoint, Period } from "@/lib/dashboard/downsample";
import { formatCount, formatDate, formatMonthYear, formatNumber } from "@/lib/dashboard/format";
import { RANGE_LABELS } from "@/lib/dashboard/ranges";
import { ChartFigure, type LegendSwatch } from "./chart-figure";
import type { NumbersTableData } from "./chart-numbers";
import { chartSeries, plotData } from "./chart-plot-data";
import type { ChartSeries } from "./chart-series";

export type TrendChartProps = ChartInput & {
  /** Heading level inside the page's outline (default h2). */
  headingLevel?: 2 | 3;
};

/**
 * One trend chart (BMI or weight): entries as dots joined by a thin line, the smoothed trend in
 * bold, the healthy reference behind them and, for weight, the goal. Computed here, on the server,
 * and drawn by a client component (ChartFigure): readable as one sentence by screen readers and as
 * a table on request.
 * A range with many entries (a year or more of daily weigh-ins) draws weekly, monthly or yearly
 * means as dots and lists them in the table; the trend, the latest entry and the sentence stay
 * exact, and the History table below lists every entry.
 */
export function TrendChart({ headingLevel = 2, ...input }: TrendChartProps) {
  const spec = buildChartSpec(input);
  const layout = layoutChart(spec);
  const series = seriesOf(spec, layout);
  const period = spec.period;
  const adjective = period === null ? null : PERIOD_ADJECTIVE[period];
  const empty = spec.points.length === 0;
  // The whole figure is a client component fed this data (ADR 0024, third-pass addendum): its markup is
  // in the HTML once, where a server component's would be in the React payload as well.
  return (
    <ChartFigure
      data={{
        id: `${spec.metric}-chart`,
        heading: headingLevel,
        title: spec.title,
        unit: spec.unit,
        plot: plotData(layout, series),
        summary: spec.summary,
        pointsName: `${spec.title} values`,
        emptyMessage: empty ? `No measurements in ${RANGE_LABELS[input.range].long}` : null,
        legend: legendItems(spec),
        note: spec.referenceNote,
        numbers: empty
          ? null
          : {
              ...numbersTableData(spec),
              means:
                period === null || adjective === null
                  ? null
                  : `${capitalise(adjective)} means of ${formatCount(spec.points.length)} measurements; the trend ` +
                    `is its value at each ${period}'s last measurement.`,
            },
      }}
    />
  );
}

/** The chart's dots as one compact series: the drawing and the numbers table share this one object. */
export function seriesOf(spec: ChartSpec, layout: ChartLayout = layoutChart(spec)): ChartSeries {
  return chartSeries(layout, spec, layout.latest ? pointLabel(spec, layout.latest, true) : "");
}

/**
 * A dot's tooltip: "21 Nov 2026: 82.4 kg", or for a period mean "Week of 3 Nov 2026: mean 82.4 kg (5 measurements)".
 */
export function pointLabel(spec: ChartSpec, point: PlacedPoint, isLatest: boolean): string {
  const value = `${formatNumber(point.value, spec.decimals)}${spec.metric === "weight" ? ` ${spec.unit}` : ""}`;
  const what = spec.metric === "bmi" ? "BMI " : "";
  const mean = isLatest || spec.period === null ? undefined : spec.display.find((d) => d.id === point.id);
  if (mean && spec.period !== null && mean.count > 1) {
    const when = spec.period === "week" ? `Week of ${periodLabel(mean, spec.period)}` : periodLabel(mean, spec.period);
    return `${when}: mean ${what}${value} (${mean.count} measurements)`;
  }
  return `${formatDate(point.date)}: ${what}${value}${isLatest ? " (latest)" : ""}`;
}

/** The legend's entries, each a swatch (app/styles/dashboard.css, `.legend [data-swatch]`) and its words. */
export function legendItems(spec: ChartSpec): [swatch: LegendSwatch, text: string][] {
  const hasCurves = spec.reference.some((segment) => segment.kind === "curves");
  const hasBand = spec.reference.some((segment) => segment.kind === "band");
  // Only what is drawn: no "Trend" without a line, no "Measurement" for an empty range.
  const items: [LegendSwatch, string][] = [];
  if (spec.points.length > 1) {
    items.push(["entry", spec.period === null ? "Measurement" : `${capitalise(PERIOD_ADJECTIVE[spec.period])} mean`]);
  }
  if (spec.points.length > 0) items.push(["latest", "Latest"]);
  if (spec.points.length > 1) items.push(["trend", "Trend"]);
  if (spec.reference.length > 0) {
    items.push(["healthy", hasCurves && !hasBand ? "Healthy (5th–85th percentile)" : "Healthy range"]);
  }
  if (hasCurves) items.push(["p95", "95th percentile"]);
  if (spec.goal !== null) items.push(["goal", `Goal ${formatNumber(spec.goal, 1)} ${spec.unit}`]);
  return items;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const PERIOD_HEADER: Readonly<Record<Period, string>> = { week: "Week of", month: "Month", year: "Year" };

function periodLabel(point: DisplayPoint, period: Period): string {
  if (period === "week") return formatDate(point.start);
  return period === "month" ? formatMonthYear(point.start) : point.start.slice(0, 4);
}

/** The numbers table's caption and headers; its rows are built in the browser (seriesRows). */
export function numbersTableData(spec: ChartSpec): NumbersTableData {
  const period = spec.period;
  const adjective = period === null ? null : PERIOD_ADJECTIVE[period];
  return {
    caption: `${spec.title} ${adjective === null ? "measurements" : `${adjective} means`} and trend, newest first`,
    columns: [
      period === null ? "Date" : PERIOD_HEADER[period],
      `${period === null ? spec.title : `Mean ${spec.metric === "bmi" ? "BMI" : "weight"}`} (${spec.unit})`,
      ...(period === null ? [] : ["Measurements"]),
      "Trend",
    ],
  };
}
