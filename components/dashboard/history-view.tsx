"use client";

// The History section drawn from compact, already formatted data (ADR 0024 and its addenda). A
// server component's markup is paid twice in an App Router page (the HTML and the React payload):
// as a client component the table is markup once and its rows data once. Nothing here runs after
// load: there is no state. The cell styles are the `.history` class (app/styles/dashboard.css), set once.
import Link from "next/link";
import { formatDate } from "@/lib/dashboard/format";

/**
 * One row, formatted on the server: id, "YYYY-MM-DD", the index of its category in `categories`,
 * then the figures (BMI first); a null figure is "not recorded", an absent column is left out.
 */
export type HistoryRow = [id: string, iso: string, category: number, ...figures: (string | null)[]];

export type HistoryData = {
  /** The figures' headers after BMI and Category ("Weight", "Height", and "Percentile" or "Waist" when shown). */
  columns: string[];
  /** The page's categories, each once: its badge class and label. */
  categories: [badge: string, label: string][];
  rows: HistoryRow[];
  /** Links to the next (older) page and back to the newest, when there are such pages. */
  older?: string;
  newest?: string;
  /** The entry just saved, edited or restored: its row is marked (colour and a word, e.g. "Saved"). */
  highlight?: { id: string; label: string };
};

const MARKED = { background: "var(--color-brand-50)" } as const;

export function HistoryView({ data }: { data: HistoryData }) {
  const { rows, highlight } = data;
  return (
    <section aria-labelledby="history-heading" className="card min-w-0 p-0">
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
          <table className="history">
            <caption className="sr-only">Your measurements, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">BMI</th>
                <th scope="col">Category</th>
                {data.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([id, iso, category, bmi, ...figures]) => {
                const marked = highlight?.id === id;
                const style = marked ? MARKED : undefined;
                const base = `/dashboard/measurements/${encodeURIComponent(id)}`;
                const date = formatDate(iso);
                const [badge, label] = data.categories[category] ?? ["", ""];
                // One text node: "measurement of " and the date as two would add a marker between them in the HTML.
                const named = ` measurement of ${date}`;
                return (
                  <tr key={id} style={style} data-highlighted={marked || undefined}>
                    <th scope="row" style={style}>
                      <time dateTime={iso}>{date}</time>
                      {marked ? (
                        <span className="ml-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs font-semibold text-white">
                          {highlight.label}
                        </span>
                      ) : null}
                    </th>
                    <td>{bmi}</td>
                    <td>
                      <span className={badge}>{label}</span>
                    </td>
                    {figures.map((figure, index) => (
                      <td key={index}>
                        {figure ?? (
                          <>
                            <span aria-hidden="true">–</span>
                            <span>none</span>
                          </>
                        )}
                      </td>
                    ))}
                    {/* Edit and Delete, named with the date so a list of links makes sense; plain links. */}
                    <td style={style}>
                      <a href={`${base}/edit`}>
                        Edit<span>{named}</span>
                      </a>
                      <a href={`${base}/delete`}>
                        Delete<span>{named}</span>
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {data.older || data.newest ? (
        <nav
          aria-label="History pages"
          className="flex flex-wrap justify-between gap-3 border-t border-stone-200 px-5 py-3 text-sm sm:px-6"
        >
          {data.newest ? (
            <Link href={data.newest} className="font-medium text-brand-700 hover:text-brand-900">
              <span aria-hidden="true">← </span>Newest measurements
            </Link>
          ) : (
            <span />
          )}
          {data.older ? (
            <Link href={data.older} className="font-medium text-brand-700 hover:text-brand-900">
              Older measurements<span aria-hidden="true"> →</span>
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
