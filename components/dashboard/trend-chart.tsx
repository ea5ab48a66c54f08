import type { ReactNode } from "react";
import { buildChartSpec, PERIOD_ADJECTIVE, type ChartInput, type ChartSpec } from "@/lib/dashboard/chart-data";
import { type ChartLayout, layoutChart, type PlacedPoint } from "@/lib/dashboard/chart-geometry";
import type { DisplayPoint, Period } from "@/lib/dashboard/downsample";
import { formatCount, formatDate, formatMonthYear, formatNumber } from "@/lib/dashboard/format";
import { RANGE_LABELS } from "@/lib/dashboard/ranges";
import { ChartNumbers, type NumbersTableData } from "./chart-numbers";
import { ChartPlot } from "./chart-plot";
import { chartSeries, plotData } from "./chart-plot-data";
import type { ChartSeries } from "./chart-series";

export type TrendChartProps = ChartInput & {
  /** Heading level inside the page's outline (default h2). */
  headingLevel?: 2 | 3;
};

/**
 * One trend chart (BMI or weight): entries as dots joined by a thin line, the smoothed trend in
 * bold, the healthy reference behind them and, for weight, the goal. A server component: the
 * whole chart is markup, readable as one sentence by screen readers and as a table on request.
 * A range with many entries (a year or more of daily weigh-ins) draws weekly, monthly or yearly
 * means as dots and lists them in the table; the trend, the latest entry and the sentence stay
 * exact, and the History table below lists every entry.
 */
export function TrendChart({ headingLevel = 2, ...input }: TrendChartProps) {
  const spec = buildChartSpec(input);
  const layout = layoutChart(spec);
  const series = seriesOf(spec, layout);
  const id = `${spec.metric}-chart`;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const emptyMessage = spec.points.length === 0 ? `No measurements in ${RANGE_LABELS[input.range].long}` : null;

  return (
    <figure
      aria-labelledby={`${id}-heading`}
      className="@container min-w-0 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <Heading id={`${id}-heading`} className="text-base font-semibold text-stone-900">
        {spec.title} <span className="text-sm font-normal text-stone-600">({spec.unit})</span>
      </Heading>
      <div className="mt-3">
        <ChartPlot
          layout={plotData(layout, series)}
          unit={spec.unit}
          emptyMessage={emptyMessage}
          summary={spec.summary}
          pointsName={`${spec.title} values`}
        />
      </div>
      <figcaption className="mt-3 space-y-2 text-xs text-stone-600">
        <Legend spec={spec} />
        {spec.referenceNote ? <p>{spec.referenceNote}</p> : null}
      </figcaption>
      {spec.points.length > 0 ? <NumbersTable spec={spec} id={id} series={series} /> : null}
    </figure>
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

function Legend({ spec }: { spec: ChartSpec }) {
  const hasCurves = spec.reference.some((segment) => segment.kind === "curves");
  const hasBand = spec.reference.some((segment) => segment.kind === "band");
  // Only what is drawn: no "Trend" without a line, no "Measurement" for an empty range.
  const items: { key: string; swatch: ReactNode; text: string }[] = [];
  if (spec.points.length > 1) {
    const text = spec.period === null ? "Measurement" : `${capitalise(PERIOD_ADJECTIVE[spec.period])} mean`;
    items.push({ key: "entry", swatch: <span className="inline-block h-2 w-2 rounded-full bg-stone-400" />, text });
  }
  if (spec.points.length > 0) {
    items.push({
      key: "latest",
      swatch: <span className="inline-block h-2.5 w-2.5 rounded-full bg-brand-600" />,
      text: "Latest",
    });
  }
  if (spec.points.length > 1) {
    items.push({
      key: "trend",
      swatch: <span className="inline-block h-[3px] w-5 rounded-full bg-brand-600" />,
      text: "Trend",
    });
  }
  if (spec.reference.length > 0) {
    items.push({
      key: "healthy",
      swatch: <span className="inline-block h-3 w-5 rounded-sm bg-emerald-100 ring-1 ring-emerald-200" />,
      text: hasCurves && !hasBand ? "Healthy (5th–85th percentile)" : "Healthy range",
    });
  }
  if (hasCurves) {
    items.push({
      key: "p95",
      swatch: <span className="inline-block w-5 border-t-[1.5px] border-dashed border-orange-500" />,
      text: "95th percentile",
    });
  }
  if (spec.goal !== null) {
    items.push({
      key: "goal",
      swatch: <span className="inline-block w-5 border-t-[1.5px] border-dotted border-stone-700" />,
      text: `Goal ${formatNumber(spec.goal, 1)} ${spec.unit}`,
    });
  }
  if (items.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Legend">
      {items.map((item) => (
        <li key={item.key} className="flex items-center gap-1.5">
          <span aria-hidden="true" className="flex w-5 justify-center">
            {item.swatch}
          </span>
          {item.text}
        </li>
      ))}
    </ul>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const PERIOD_HEADER: Readonly<Record<Period, string>> = { week: "Week of", month: "Month", year: "Year" };

function periodLabel(point: DisplayPoint, period: Period): string {
  if (period === "week") return formatDate(point.start);
  return period === "month" ? formatMonthYear(point.start) : point.start.slice(0, 4);
}

/**
 * The chart's numbers, for anyone who prefers them to a picture (and for screen readers): every
 * measurement with its trend, or for a long range one row per drawn dot (period means), so the
 * table stays short and matches the picture; every single measurement is then in the History
 * table, which a note links to. Built in the browser when opened (ChartNumbers, ADR 0024).
 */
function NumbersTable({ spec, id, series }: { spec: ChartSpec; id: string; series: ChartSeries }) {
  const period = spec.period;
  const adjective = period === null ? null : PERIOD_ADJECTIVE[period];
  return (
    <ChartNumbers id={id} data={numbersTableData(spec)} series={series}>
      {period === null || adjective === null ? null : (
        <p className="mt-2 text-xs text-stone-700">
          {capitalise(adjective)} means of {formatCount(spec.points.length)} measurements; the trend is its value at
          each {period}&apos;s last measurement.
        </p>
      )}
    </ChartNumbers>
  );
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
