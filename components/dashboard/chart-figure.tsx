"use client";

// A trend chart's figure: heading, drawing, legend, reference note and "Show the numbers". A
// client component without state of its own, fed data computed on the server (TrendChart): its
// markup is in the HTML once, where a server component's would also be in the React payload
// (ADR 0024, third-pass addendum). The drawing and the numbers table share one series object.
import { ChartNumbers, type NumbersTableData } from "./chart-numbers";
import { ChartPlot } from "./chart-plot";
import type { PlotData } from "./chart-plot-data";

/** The legend's swatches, drawn by app/styles/dashboard.css (`.legend [data-swatch]`). */
export type LegendSwatch = "entry" | "latest" | "trend" | "healthy" | "p95" | "goal";

export type FigureData = {
  /** "bmi-chart": the heading's and the numbers table's ids start with it. */
  id: string;
  heading: 2 | 3;
  title: string;
  unit: string;
  plot: PlotData;
  /** The whole chart in one sentence (the image's name). */
  summary: string;
  /** The point target's name ("BMI values"). */
  pointsName: string;
  emptyMessage: string | null;
  legend: [swatch: LegendSwatch, text: string][];
  /** What the shading is ("Shaded is the adult healthy BMI range, 18.5 to 25."). */
  note: string | null;
  /** The numbers table's caption and headers, and for period means what a row is; null for an empty range. */
  numbers: (NumbersTableData & { means: string | null }) | null;
};

export function ChartFigure({ data }: { data: FigureData }) {
  const { id, plot, numbers } = data;
  const Heading = data.heading === 2 ? "h2" : "h3";
  return (
    <figure aria-labelledby={`${id}-heading`} className="card @container min-w-0 p-4 sm:p-5">
      <Heading id={`${id}-heading`} className="chart-title">
        {`${data.title} `}
        <span>{`(${data.unit})`}</span>
      </Heading>
      <div className="mt-3">
        <ChartPlot
          layout={plot}
          unit={data.unit}
          emptyMessage={data.emptyMessage}
          summary={data.summary}
          pointsName={data.pointsName}
        />
      </div>
      <figcaption className="mt-3 space-y-2 text-xs text-stone-600">
        {data.legend.length > 0 ? (
          <ul className="legend" aria-label="Legend">
            {data.legend.map(([swatch, text]) => (
              <li key={swatch}>
                <span aria-hidden="true" data-swatch={swatch} />
                {text}
              </li>
            ))}
          </ul>
        ) : null}
        {data.note ? <p>{data.note}</p> : null}
      </figcaption>
      {numbers ? (
        <ChartNumbers id={id} data={numbers} series={plot.series}>
          {numbers.means ? <p>{numbers.means}</p> : null}
        </ChartNumbers>
      ) : null}
    </figure>
  );
}
