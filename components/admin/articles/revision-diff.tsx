import type { DiffRow, RevisionComparison } from "@/lib/articles/revision-diff";

const MARK: Record<"same" | "added" | "removed", { sign: string; words: string; row: string }> = {
  same: { sign: " ", words: "Unchanged", row: "" },
  added: { sign: "+", words: "Added", row: "bg-emerald-50 text-emerald-950" },
  removed: { sign: "−", words: "Removed", row: "bg-red-50 text-red-950" },
};

function Line({ row }: { row: DiffRow }) {
  if (row.kind === "skipped") {
    return (
      <tr className="bg-stone-50 text-stone-500">
        <td colSpan={4} className="px-2 py-1 text-center italic">
          … {row.count} unchanged {row.count === 1 ? "line" : "lines"} …
        </td>
      </tr>
    );
  }
  const mark = MARK[row.kind];
  const Text = row.kind === "added" ? "ins" : row.kind === "removed" ? "del" : "span";
  return (
    <tr className={`align-top ${mark.row}`}>
      <td className="w-10 px-2 text-right text-stone-500 tabular-nums select-none">{row.oldLine ?? ""}</td>
      <td className="w-10 px-2 text-right text-stone-500 tabular-nums select-none">{row.newLine ?? ""}</td>
      <td className="w-6 px-1 text-center font-bold select-none" aria-hidden>
        {mark.sign}
      </td>
      <td className="px-2 whitespace-pre-wrap break-words">
        <span className="sr-only">{mark.words}: </span>
        <Text className="no-underline">{row.text || " "}</Text>
      </td>
    </tr>
  );
}

/**
 * Two saves side by side as a line diff. Every line is plain text (React escapes it; Markdown and
 * HTML in the article are shown, never run). Added and removed lines are marked by a sign, by
 * words for screen readers and by <ins>/<del>, not only by colour.
 */
export function RevisionDiff({
  comparison,
  fromLabel,
  toLabel,
}: {
  comparison: RevisionComparison;
  fromLabel: string;
  toLabel: string;
}) {
  return (
    <div className="space-y-4">
      {comparison.fields.length ? (
        <table className="w-full text-left text-sm">
          <caption className="mb-1 text-left font-semibold">Other changes</caption>
          <thead className="text-stone-500">
            <tr>
              <th className="py-1 pr-3 font-medium">Field</th>
              <th className="py-1 pr-3 font-medium">{fromLabel}</th>
              <th className="py-1 pr-3 font-medium">{toLabel}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.fields.map((field) => (
              <tr key={field.label} className="border-t border-stone-100 align-top">
                <th scope="row" className="py-1 pr-3 font-medium">
                  {field.label}
                </th>
                <td className="py-1 pr-3 break-all">
                  <del className="bg-red-50 no-underline">{field.before || "(empty)"}</del>
                </td>
                <td className="py-1 pr-3 break-all">
                  <ins className="bg-emerald-50 no-underline">{field.after || "(empty)"}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {comparison.bodyChanged ? (
        <div
          className="overflow-x-auto rounded-lg border border-stone-200"
          tabIndex={0}
          role="region"
          aria-label="Body changes"
        >
          <table className="w-full font-mono text-xs">
            <caption className="px-2 py-1 text-left font-sans text-sm font-semibold">
              Body: lines removed from {fromLabel} (−) and added in {toLabel} (+)
            </caption>
            <thead className="sr-only">
              <tr>
                <th>Line in {fromLabel}</th>
                <th>Line in {toLabel}</th>
                <th>Change</th>
                <th>Text</th>
              </tr>
            </thead>
            <tbody>
              {comparison.body.map((row, index) => (
                <Line key={index} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-sm text-stone-600">The body is the same in both.</p>
      )}
    </div>
  );
}
