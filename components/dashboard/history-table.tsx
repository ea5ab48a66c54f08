import Link from "next/link";
import {
  formatBmi,
  formatDate,
  formatHeight,
  formatLength,
  formatPercentileOrdinal,
  formatWeight,
  type Units,
} from "@/lib/dashboard/format";
import type { MeasurementView } from "@/lib/measurements/types";
import { categoryBadge } from "./category-badge";
import { HistoryRows } from "./history-rows";

export type HistoryTableProps = {
  /** One page of entries; shown newest first whatever order they come in. */
  entries: readonly MeasurementView[];
  units: Units;
  /** Link to the next (older) page, when there is one. */
  nextCursorHref?: string;
  /** Link back to the newest entries, when this is not the first page. */
  newestHref?: string;
  /** The entry just saved, edited or restored: its row is marked (colour and a word, e.g. "Saved"). */
  highlight?: { id: string; label: string };
};

/*
 * Cell styles are set once on the table instead of on every cell (a page has 20 rows of 6–8 cells;
 * the same class lists on each were most of the History's bytes, twice: in the HTML and in the
 * React payload). The date (with the "Saved" word) is pinned left and Edit/Delete pinned right, so
 * on a 390 px phone both stay in view while the figures between them scroll sideways in their own
 * focusable region: one layout for every screen, each measurement met once (ADR 0024).
 */
const CELLS =
  "[&_td]:px-3 [&_td]:py-2.5 [&_td]:whitespace-nowrap [&_td]:text-right [&_th]:px-3 [&_th]:py-2.5 " +
  "[&_th]:whitespace-nowrap";
const PINNED =
  "[&_th:first-child]:sticky [&_th:first-child]:left-0 [&_th:first-child]:z-10 [&_td:last-child]:sticky " +
  "[&_td:last-child]:right-0 [&_td:last-child]:z-10 [&_th:last-child]:sticky [&_th:last-child]:right-0";
const HEAD =
  "border-y border-stone-200 bg-stone-50 text-xs text-stone-700 [&_th]:bg-stone-50 [&_th]:font-medium " +
  "[&_th]:text-right [&_th:first-child]:text-left";
const BODY =
  "divide-y divide-stone-100 text-stone-700 [&_th]:bg-white [&_th]:text-left [&_th]:font-medium " +
  "[&_th]:text-stone-900 [&_td:last-child]:bg-white [&_td:nth-child(2)]:font-semibold " +
  "[&_td:nth-child(2)]:text-stone-900";
// The category badge (the only span directly in a cell) and the two action links, styled once here.
const INNER =
  "[&_td>span]:rounded-full [&_td>span]:px-2 [&_td>span]:py-0.5 [&_td>span]:text-xs [&_td>span]:font-medium " +
  "[&_td>span]:ring-1 [&_a]:rounded [&_a]:px-1.5 [&_a]:py-1 [&_a]:font-medium [&_a]:text-brand-700 " +
  "[&_a]:underline-offset-2 [&_a:hover]:underline [&_a+a]:text-red-700";

/** Every measurement of the page with Edit and Delete, newest first. */

export function HistoryTable({ entries, units, nextCursorHref, newestHref, highlight }: HistoryTableProps) {
  const rows = [...entries].sort((a, b) => (a.measuredOn < b.measuredOn ? 1 : a.measuredOn > b.measuredOn ? -1 : 0));
  const showPercentile = rows.some((entry) => entry.group === "child");
  const showWaist = rows.some((entry) => entry.waistCm !== null);

  return (
    <section
      aria-labelledby="history-heading"
      className="min-w-0 rounded-2xl border border-stone-200 bg-white shadow-sm"
    >
      <h2 id="history-heading" className="px-5 pt-5 text-base font-semibold text-stone-900 sm:px-6">
        History
      </h2>
      {rows.length === 0 ? (
        <p className="px-5 pt-2 pb-5 text-sm text-stone-600 sm:px-6">No measurements on this page.</p>
      ) : (
        <div
          role="region"
          aria-labelledby="history-heading"
          tabIndex={0}
          className="relative mt-3 overflow-x-auto rounded-b-2xl focus-visible:outline-offset-[-2px]"
        >
          <table className={`w-full text-left text-sm tabular-nums ${CELLS} ${PINNED} ${INNER}`}>
            <caption className="sr-only">Your measurements, newest first</caption>
            <thead className={HEAD}>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">BMI</th>
                <th scope="col" className="!text-left">
                  Category
                </th>
                {showPercentile ? <th scope="col">Percentile</th> : null}
                <th scope="col">Weight</th>
                <th scope="col">Height</th>
                {showWaist ? <th scope="col">Waist</th> : null}
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <HistoryRows
              className={BODY}
              highlight={highlight}
              rows={rows.map((entry) => ({
                id: entry.id,
                iso: entry.measuredOn,
                date: formatDate(entry.measuredOn),
                badge: [categoryBadge(entry), entry.categoryLabel],
                cells: [
                  formatBmi(entry.bmi),
                  ...(showPercentile
                    ? [entry.percentile === null ? null : formatPercentileOrdinal(entry.percentile)]
                    : []),
                  formatWeight(entry.weightKg, units),
                  formatHeight(entry.heightCm, units),
                  ...(showWaist ? [entry.waistCm === null ? null : formatLength(entry.waistCm, units)] : []),
                ],
              }))}
            />
          </table>
        </div>
      )}
      {nextCursorHref || newestHref ? (
        <nav
          aria-label="History pages"
          className="flex flex-wrap justify-between gap-3 border-t border-stone-200 px-5 py-3 text-sm sm:px-6"
        >
          {newestHref ? (
            <Link href={newestHref} className="font-medium text-brand-700 hover:text-brand-900">
              <span aria-hidden="true">← </span>Newest measurements
            </Link>
          ) : (
            <span />
          )}
          {nextCursorHref ? (
            <Link href={nextCursorHref} className="font-medium text-brand-700 hover:text-brand-900">
              Older measurements<span aria-hidden="true"> →</span>
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
