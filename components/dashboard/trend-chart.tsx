import type { ReactNode } from "react";
import { buildChartSpec, type ChartInput, type ChartSpec } from "@/lib/dashboard/chart-data";
import { layoutChart } from "@/lib/dashboard/chart-geometry";
import { formatDate, formatNumber } from "@/lib/dashboard/format";
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
      <div role="img" aria-label={spec.summary} className="mt-3">
        <ChartPlot layout={layout} unit={spec.unit} emptyMessage={emptyMessage} />
      </div>
      <figcaption className="mt-3 space-y-2 text-xs text-stone-600">
        <Legend spec={spec} />
        {spec.referenceNote ? <p>{spec.referenceNote}</p> : null}
      </figcaption>
      {spec.points.length > 0 ? <NumbersTable spec={spec} id={id} /> : null}
    </figure>
  );
}

function Legend({ spec }: { spec: ChartSpec }) {
  const hasCurves = spec.reference.some((segment) => segment.kind === "curves");
  const hasBand = spec.reference.some((segment) => segment.kind === "band");
  // Only what is drawn: no "Trend" without a line, no "Entry" for an empty range.
  const items: { key: string; swatch: ReactNode; text: string }[] = [];
  if (spec.points.length > 1) {
    items.push({ key: "entry", swatch: <span className="inline-block h-2.5 w-2.5 rounded-full border-[1.5px] border-stone-400 bg-white" />, text: "Entry" });
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

/** The chart's numbers, for anyone who prefers them to a picture (and for screen readers). */
function NumbersTable({ spec, id }: { spec: ChartSpec; id: string }) {
  const rows = [...spec.points].reverse();
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer rounded text-sm font-medium text-brand-700 hover:text-brand-900">Show the numbers</summary>
      <div className="relative mt-2 max-h-80 overflow-y-auto rounded-lg border border-stone-200" tabIndex={0} role="region" aria-labelledby={`${id}-numbers`}>
        <table className="w-full text-left text-sm tabular-nums">
          <caption id={`${id}-numbers`} className="sr-only">
            {spec.title} entries and trend, newest first
          </caption>
          <thead className="sticky top-0 bg-stone-50 text-xs text-stone-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Date
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {spec.title} ({spec.unit})
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Trend
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {rows.map((point) => (
              <tr key={point.id}>
                <th scope="row" className="px-3 py-1.5 font-normal whitespace-nowrap">
                  {formatDate(point.date)}
                </th>
                <td className="px-3 py-1.5 text-right">{formatNumber(point.value, spec.decimals)}</td>
                <td className="px-3 py-1.5 text-right text-stone-600">{formatNumber(point.trend, spec.decimals)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
