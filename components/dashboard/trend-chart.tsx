import type { ReactNode } from "react";
import { buildChartSpec, PERIOD_ADJECTIVE, type ChartInput, type ChartSpec } from "@/lib/dashboard/chart-data";
import { layoutChart, type PlacedPoint } from "@/lib/dashboard/chart-geometry";
import type { DisplayPoint, Period } from "@/lib/dashboard/downsample";
import { formatCount, formatDate, formatMonthYear, formatNumber } from "@/lib/dashboard/format";
import { RANGE_LABELS } from "@/lib/dashboard/ranges";
import { ChartPlot } from "./chart-plot";

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
  const id = `${spec.metric}-chart`;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const emptyMessage = spec.points.length === 0 ? `No entries in ${RANGE_LABELS[input.range].long}` : null;

  return (
    <figure aria-labelledby={`${id}-heading`} className="@container min-w-0 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm sm:p-5">
      <Heading id={`${id}-heading`} className="text-base font-semibold text-stone-900">
        {spec.title} <span className="text-sm font-normal text-stone-500">({spec.unit})</span>
      </Heading>
      <div className="mt-3">
        <ChartPlot layout={layout} unit={spec.unit} emptyMessage={emptyMessage} summary={spec.summary} pointLabel={(point, isLatest) => pointLabel(spec, point, isLatest)} />
      </div>
      <figcaption className="mt-3 space-y-2 text-xs text-stone-600">
        <Legend spec={spec} />
        {spec.referenceNote ? <p>{spec.referenceNote}</p> : null}
      </figcaption>
      {spec.points.length > 0 ? <NumbersTable spec={spec} id={id} /> : null}
    </figure>
  );
}

/** A dot's tooltip: "21 Nov 2026: 82.4 kg", or for a period mean "Week of 3 Nov 2026: mean 82.4 kg (5 entries)". */
function pointLabel(spec: ChartSpec, point: PlacedPoint, isLatest: boolean): string {
  const value = `${formatNumber(point.value, spec.decimals)}${spec.metric === "weight" ? ` ${spec.unit}` : ""}`;
  const what = spec.metric === "bmi" ? "BMI " : "";
  const mean = isLatest || spec.period === null ? undefined : spec.display.find((d) => d.id === point.id);
  if (mean && spec.period !== null && mean.count > 1) {
    const when = spec.period === "week" ? `Week of ${periodLabel(mean, spec.period)}` : periodLabel(mean, spec.period);
    return `${when}: mean ${what}${value} (${mean.count} entries)`;
  }
  return `${formatDate(point.date)}: ${what}${value}${isLatest ? " (latest)" : ""}`;
}

function Legend({ spec }: { spec: ChartSpec }) {
  const hasCurves = spec.reference.some((segment) => segment.kind === "curves");
  const hasBand = spec.reference.some((segment) => segment.kind === "band");
  // Only what is drawn: no "Trend" without a line, no "Entry" for an empty range.
  const items: { key: string; swatch: ReactNode; text: string }[] = [];
  if (spec.points.length > 1) {
    const text = spec.period === null ? "Entry" : `${capitalise(PERIOD_ADJECTIVE[spec.period])} mean`;
    items.push({ key: "entry", swatch: <span className="inline-block h-2.5 w-2.5 rounded-full border-[1.5px] border-stone-400 bg-white" />, text });
  }
  if (spec.points.length > 0) {
    items.push({ key: "latest", swatch: <span className="inline-block h-2.5 w-2.5 rounded-full bg-brand-600" />, text: "Latest" });
  }
  if (spec.points.length > 1) {
    items.push({ key: "trend", swatch: <span className="inline-block h-[3px] w-5 rounded-full bg-brand-600" />, text: "Trend" });
  }
  if (spec.reference.length > 0) {
    items.push({ key: "healthy", swatch: <span className="inline-block h-3 w-5 rounded-sm bg-emerald-100 ring-1 ring-emerald-200" />, text: hasCurves && !hasBand ? "Healthy (5th–85th percentile)" : "Healthy range" });
  }
  if (hasCurves) {
    items.push({ key: "p95", swatch: <span className="inline-block w-5 border-t-[1.5px] border-dashed border-orange-500" />, text: "95th percentile" });
  }
  if (spec.goal !== null) {
    items.push({ key: "goal", swatch: <span className="inline-block w-5 border-t-[1.5px] border-dotted border-stone-700" />, text: `Goal ${formatNumber(spec.goal, 1)} ${spec.unit}` });
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

/*
 * Cell styles are set once on the table body ([&_td]:…) instead of on every cell: a long range
 * has hundreds of cells, and the same class list repeated on each was most of the table's bytes
 * (twice over: once in the HTML and once in the React payload).
 */
const BODY_CELLS =
  "divide-y divide-stone-100 [&_th]:px-3 [&_th]:py-1.5 [&_th]:font-normal [&_th]:whitespace-nowrap [&_td]:px-3 [&_td]:py-1.5 [&_td]:text-right [&_td+td]:text-stone-600";
const HEAD_CELLS = "sticky top-0 bg-stone-50 text-xs text-stone-600 [&_th]:px-3 [&_th]:py-2 [&_th]:font-medium [&_th+th]:text-right";

/**
 * The chart's numbers, for anyone who prefers them to a picture (and for screen readers): every
 * entry with its trend, or for a long range one row per drawn dot (period means), so the table
 * stays short and matches the picture; every single entry is then in the History table, which a
 * note links to.
 */
function NumbersTable({ spec, id }: { spec: ChartSpec; id: string }) {
  const period = spec.period;
  const adjective = period === null ? null : PERIOD_ADJECTIVE[period];
  const rows = [...spec.display].reverse();
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer rounded text-sm font-medium text-brand-700 hover:text-brand-900">Show the numbers</summary>
      {period === null || adjective === null ? null : (
        <p className="mt-2 text-xs text-stone-600">
          {capitalise(adjective)} means of {formatCount(spec.points.length)} entries; the trend is its value at each {period}&apos;s last entry. Every entry is in the{" "}
          <a href="#history-heading" className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900">
            History table
          </a>
          .
        </p>
      )}
      <div className="relative mt-2 max-h-80 overflow-y-auto rounded-lg border border-stone-200" tabIndex={0} role="region" aria-labelledby={`${id}-numbers`}>
        <table className="w-full text-left text-sm tabular-nums">
          <caption id={`${id}-numbers`} className="sr-only">
            {spec.title} {adjective === null ? "entries" : `${adjective} means`} and trend, newest first
          </caption>
          <thead className={HEAD_CELLS}>
            <tr>
              <th scope="col">{period === null ? "Date" : PERIOD_HEADER[period]}</th>
              <th scope="col">
                {period === null ? spec.title : `Mean ${spec.metric === "bmi" ? "BMI" : "weight"}`} ({spec.unit})
              </th>
              {period === null ? null : <th scope="col">Entries</th>}
              <th scope="col">Trend</th>
            </tr>
          </thead>
          <tbody className={BODY_CELLS}>
            {rows.map((point) => (
              <tr key={point.id}>
                <th scope="row">{period === null ? formatDate(point.date) : periodLabel(point, period)}</th>
                <td>{formatNumber(point.value, spec.decimals)}</td>
                {period === null ? null : <td>{point.count}</td>}
                <td>{formatNumber(point.trend, spec.decimals)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
