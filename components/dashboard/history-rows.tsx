"use client";

// The History's rows, drawn from compact, already formatted data (ADR 0024). A server component's
// markup is paid twice in an App Router page (the HTML and the React payload); twenty rows of a
// table were 14 KB of HTML and twice that again in the payload. As a client component the rows
// are markup once and data once. Nothing here runs after load: there is no state.

/** One row, formatted on the server: null cells are "not recorded"; absent columns are left out. */
export type HistoryRow = {
  id: string;
  /** "YYYY-MM-DD" and as shown. */
  iso: string;
  date: string;
  cells: (string | null)[];
  /** The category badge: its colour classes and label. */
  badge: [string, string];
};

function NotRecorded() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="sr-only">none</span>
    </>
  );
}

const MARKED = { background: "var(--color-brand-50)" } as const;

export function HistoryRows({
  rows,
  className,
  highlight,
}: {
  rows: HistoryRow[];
  className: string;
  highlight?: { id: string; label: string };
}) {
  return (
    <tbody className={className}>
      {rows.map((row) => {
        const marked = highlight?.id === row.id;
        const style = marked ? MARKED : undefined;
        const base = `/dashboard/measurements/${encodeURIComponent(row.id)}`;
        const [bmi, ...rest] = row.cells;
        // One text node: "measurement of " and the date as two would add a marker between them in the HTML.
        const named = ` measurement of ${row.date}`;
        return (
          <tr key={row.id} style={style} data-highlighted={marked || undefined}>
            <th scope="row" style={style}>
              <time dateTime={row.iso}>{row.date}</time>
              {marked ? (
                <span className="ml-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs font-semibold text-white">
                  {highlight.label}
                </span>
              ) : null}
            </th>
            <td>{bmi}</td>
            <td className="!text-left">
              <span className={row.badge[0]}>{row.badge[1]}</span>
            </td>
            {rest.map((cell, index) => (
              <td key={index}>{cell === null ? <NotRecorded /> : cell}</td>
            ))}
            {/* Edit and Delete, named with the date so a list of links makes sense; plain links. */}
            <td style={style}>
              <a href={`${base}/edit`}>
                Edit
                <span className="sr-only">{named}</span>
              </a>
              <a href={`${base}/delete`}>
                Delete
                <span className="sr-only">{named}</span>
              </a>
            </td>
          </tr>
        );
      })}
    </tbody>
  );
}
