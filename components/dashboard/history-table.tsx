import Link from "next/link";
import { formatBmi, formatDate, formatHeight, formatLength, formatPercentileOrdinal, formatWeight, type Units } from "@/lib/dashboard/format";
import type { MeasurementView } from "@/lib/measurements/types";
import { categoryBadge } from "./category-badge";

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

const cell = "px-3 py-2.5 whitespace-nowrap";
const actionClass = "rounded px-1.5 py-1 font-medium underline-offset-2 hover:underline";

/**
 * Every entry with Edit and Delete links. Phones get a stacked list (one card per entry, actions
 * in reach without sideways scrolling); from the sm breakpoint a table, which scrolls sideways
 * inside its own focusable region (keyboard users can scroll it too) with the date pinned if it
 * is still too wide. Only one of the two is displayed, so assistive tech meets each entry once.
 */
function Badge({ label }: { label: string }) {
  return <span className="ml-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs font-semibold text-white">{label}</span>;
}

export function HistoryTable({ entries, units, nextCursorHref, newestHref, highlight }: HistoryTableProps) {
  const rows = [...entries].sort((a, b) => (a.measuredOn < b.measuredOn ? 1 : a.measuredOn > b.measuredOn ? -1 : 0));
  const showPercentile = rows.some((entry) => entry.group === "child");
  const showWaist = rows.some((entry) => entry.waistCm !== null);

  return (
    <section aria-labelledby="history-heading" className="min-w-0 rounded-2xl border border-stone-200 bg-white shadow-sm">
      <h2 id="history-heading" className="px-5 pt-5 text-base font-semibold text-stone-900 sm:px-6">
        History
      </h2>
      {rows.length === 0 ? (
        <p className="px-5 pt-2 pb-5 text-sm text-stone-600 sm:px-6">No entries on this page.</p>
      ) : (
        <>
          <EntryList rows={rows} units={units} showPercentile={showPercentile} highlight={highlight} />
          <div role="region" aria-labelledby="history-heading" tabIndex={0} className="relative mt-3 hidden overflow-x-auto sm:block rounded-b-2xl focus-visible:outline-offset-[-2px]">
            <table className="w-full text-left text-sm tabular-nums">
              <caption className="sr-only">Your measurements, newest first</caption>
              <thead className="border-y border-stone-200 bg-stone-50 text-xs text-stone-600">
                <tr>
                  <th scope="col" className={`${cell} sticky left-0 bg-stone-50 font-medium`}>
                    Date
                  </th>
                  <th scope="col" className={`${cell} text-right font-medium`}>
                    BMI
                  </th>
                  <th scope="col" className={`${cell} font-medium`}>
                    Category
                  </th>
                  {showPercentile ? (
                    <th scope="col" className={`${cell} text-right font-medium`}>
                      Percentile
                    </th>
                  ) : null}
                  <th scope="col" className={`${cell} text-right font-medium`}>
                    Weight
                  </th>
                  <th scope="col" className={`${cell} text-right font-medium`}>
                    Height
                  </th>
                  {showWaist ? (
                    <th scope="col" className={`${cell} text-right font-medium`}>
                      Waist
                    </th>
                  ) : null}
                  <th scope="col" className={`${cell} font-medium`}>
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {rows.map((entry) => {
                  const date = formatDate(entry.measuredOn);
                  const marked = highlight?.id === entry.id;
                  return (
                    <tr key={entry.id} className={marked ? "bg-brand-50" : "hover:bg-stone-50/60"} data-highlighted={marked || undefined}>
                      <th scope="row" className={`${cell} sticky left-0 font-medium text-stone-900 ${marked ? "bg-brand-50" : "bg-white"}`}>
                        <time dateTime={entry.measuredOn}>{date}</time>
                        {marked ? <Badge label={highlight.label} /> : null}
                      </th>
                      <td className={`${cell} text-right font-semibold text-stone-900`}>{formatBmi(entry.bmi)}</td>
                      <td className={cell}>
                        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${categoryBadge(entry)}`}>{entry.categoryLabel}</span>
                      </td>
                      {showPercentile ? <td className={`${cell} text-right text-stone-700`}>{entry.percentile === null ? <NotRecorded /> : formatPercentileOrdinal(entry.percentile)}</td> : null}
                      <td className={`${cell} text-right text-stone-700`}>{formatWeight(entry.weightKg, units)}</td>
                      <td className={`${cell} text-right text-stone-700`}>{formatHeight(entry.heightCm, units)}</td>
                      {showWaist ? (
                        <td className={`${cell} text-right text-stone-700`}>
                          {entry.waistCm === null ? <NotRecorded /> : formatLength(entry.waistCm, units)}
                        </td>
                      ) : null}
                      <td className={`${cell} text-right`}>
                        <Actions id={entry.id} date={date} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      {nextCursorHref || newestHref ? (
        <nav aria-label="History pages" className="flex flex-wrap justify-between gap-3 border-t border-stone-200 px-5 py-3 text-sm sm:px-6">
          {newestHref ? (
            <Link href={newestHref} className="font-medium text-brand-700 hover:text-brand-900">
              <span aria-hidden="true">← </span>Newest entries
            </Link>
          ) : (
            <span />
          )}
          {nextCursorHref ? (
            <Link href={nextCursorHref} className="font-medium text-brand-700 hover:text-brand-900">
              Older entries<span aria-hidden="true"> →</span>
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}

function NotRecorded() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="sr-only">none</span>
    </>
  );
}

/** Edit and Delete, named with the date ("Delete entry of 21 Nov 2026") so a list of links makes sense. */
function Actions({ id, date }: { id: string; date: string }) {
  const base = `/dashboard/entries/${encodeURIComponent(id)}`;
  return (
    <span className="inline-flex gap-1">
      <Link href={`${base}/edit`} className={`${actionClass} text-brand-700`}>
        Edit<span className="sr-only"> entry of {date}</span>
      </Link>
      <Link href={`${base}/delete`} className={`${actionClass} text-red-700`}>
        Delete<span className="sr-only"> entry of {date}</span>
      </Link>
    </span>
  );
}

function EntryList({ rows, units, showPercentile, highlight }: { rows: readonly MeasurementView[]; units: Units; showPercentile: boolean; highlight?: { id: string; label: string } }) {
  return (
    <ul className="mt-3 divide-y divide-stone-100 border-t border-stone-200 sm:hidden" aria-label="Your measurements, newest first">
      {rows.map((entry) => {
        const date = formatDate(entry.measuredOn);
        const marked = highlight?.id === entry.id;
        return (
          <li key={entry.id} className={`space-y-1 px-5 py-3 text-sm ${marked ? "bg-brand-50" : ""}`} data-highlighted={marked || undefined}>
            <div className="flex items-center justify-between gap-2">
              <h3 className="font-semibold text-stone-900">
                <time dateTime={entry.measuredOn}>{date}</time>
                {marked ? <Badge label={highlight.label} /> : null}
              </h3>
              <Actions id={entry.id} date={date} />
            </div>
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className="tabular-nums">
                BMI <span className="font-semibold text-stone-900">{formatBmi(entry.bmi)}</span>
              </span>
              <span className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${categoryBadge(entry)}`}>{entry.categoryLabel}</span>
              {showPercentile && entry.percentile !== null ? <span className="text-stone-600">{formatPercentileOrdinal(entry.percentile)} percentile</span> : null}
            </p>
            <p className="tabular-nums text-stone-600">
              {formatWeight(entry.weightKg, units)} · {formatHeight(entry.heightCm, units)}
              {entry.waistCm !== null ? ` · waist ${formatLength(entry.waistCm, units)}` : ""}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
