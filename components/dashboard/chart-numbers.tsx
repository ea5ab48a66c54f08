"use client";

// A chart's "Show the numbers" table, built in the browser when it is opened (ADR 0024): its rows
// travel once, as data, instead of as server-rendered markup in the HTML and again in the React
// payload (90 rows per chart on the default range). The rows are formatted here from the chart's
// compact series (./chart-series). Without JavaScript the History table below
// lists every measurement; the chart's image name already gives the range in one sentence.
import { type ReactNode, useState } from "react";
import { type ChartSeries, seriesRows } from "./chart-series";

export type NumbersTableData = {
  caption: string;
  /** Column headers; the first one heads the row headers (dates or periods). */
  columns: string[];
};

/*
 * Cell styles are set once on the table body ([&_td]:…) instead of on every cell: a long range has
 * hundreds of cells.
 */
const BODY_CELLS =
  "divide-y divide-stone-100 [&_th]:px-3 [&_th]:py-1.5 [&_th]:font-normal [&_th]:whitespace-nowrap " +
  "[&_td]:px-3 [&_td]:py-1.5 [&_td]:text-right [&_td+td]:text-stone-600";
const HEAD_CELLS =
  "sticky top-0 bg-stone-50 text-xs text-stone-700 [&_th]:px-3 [&_th]:py-2 [&_th]:font-medium [&_th+th]:text-right";

export function ChartNumbers({
  id,
  data,
  series,
  children,
}: {
  id: string;
  data: NumbersTableData;
  /** The chart's dots (the same object as the drawing's: the React payload carries it once). */
  series: ChartSeries;
  children?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    // The summary's and the notes' styles are `.numbers` (app/styles/dashboard.css).
    <details className="numbers mt-3 text-sm" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show the numbers</summary>
      {children}
      {open ? (
        <div
          className="relative mt-2 max-h-80 overflow-y-auto rounded-lg border border-stone-200"
          tabIndex={0}
          role="region"
          aria-labelledby={`${id}-numbers`}
        >
          <table className="w-full text-left text-sm tabular-nums">
            <caption id={`${id}-numbers`} className="sr-only">
              {data.caption}
            </caption>
            <thead className={HEAD_CELLS}>
              <tr>
                {data.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className={BODY_CELLS}>
              {seriesRows(series).map(([head, ...cells], index) => (
                <tr key={index}>
                  <th scope="row">{head}</th>
                  {cells.map((cell, column) => (
                    <td key={column}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>
          {"Every measurement is in the "}
          <a href="#history-heading">History table</a>.
        </p>
      )}
    </details>
  );
}
