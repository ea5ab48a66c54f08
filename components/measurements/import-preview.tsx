"use client";

// Step 2 of the import: every row checked, nothing saved yet. A row for a day that already has an
// entry (saved, or earlier in the file) is skipped unless its "Replace" box is ticked, or the
// person replaces all of them at once. On a phone the table scrolls sideways inside its own region,
// with the line and the status first so what matters is on screen.
import Link from "next/link";
import type { ImportPreview, ImportPreviewRow } from "@/lib/measurements/types";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

const COMMIT_FORM = "import-commit";

function fmt(value: number | undefined | null, digits = 1): string {
  return value === undefined || value === null ? "—" : value.toFixed(digits);
}

function Status({ row }: { row: ImportPreviewRow }) {
  if (row.errors.length > 0) {
    return (
      <ul className="list-disc space-y-0.5 pl-4 text-red-800">
        {row.errors.map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
    );
  }
  if (row.duplicate) return <span className="text-stone-700">Already there: skipped</span>;
  if (row.conflict) {
    const other =
      row.conflict.with === "saved"
        ? `Your log has ${fmt(row.conflict.weightKg)} kg that day`
        : `Line ${row.conflict.line} has the same day (${fmt(row.conflict.weightKg)} kg)`;
    return (
      <span className="flex flex-col gap-1 text-amber-950">
        <span>{other}: skipped unless you replace it.</span>
        <label className="inline-flex items-center gap-2 font-medium">
          <input
            type="checkbox"
            name="replaceLine"
            value={row.line}
            form={COMMIT_FORM}
            className="h-4 w-4 accent-brand-600"
          />
          {row.conflict.with === "saved"
            ? "Replace the saved measurement"
            : `Use this row instead of line ${row.conflict.line}`}
        </label>
      </span>
    );
  }
  return <span className="text-emerald-800">Ready</span>;
}

const CONFLICT_NOTE = "for days that already have a measurement (skipped unless you replace),";

export function ImportPreviewView({
  result,
  csvText,
  units,
  commit,
  commitMessage,
}: {
  result: ImportPreview;
  csvText: string;
  units: string;
  commit: (formData: FormData) => void;
  commitMessage?: string;
}) {
  const canImport = !result.fileErrors.length && result.validCount + result.conflictCount > 0;
  return (
    <section
      aria-labelledby="preview-heading"
      className="space-y-4 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm"
    >
      <h2 id="preview-heading" className="text-lg font-semibold">
        Preview: nothing is saved yet
      </h2>
      {result.fileErrors.length ? (
        <ul role="alert" className="list-disc pl-5 text-sm text-red-800">
          {result.fileErrors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : (
        <p className="text-sm" data-testid="import-summary">
          <strong>{result.validCount}</strong> row{result.validCount === 1 ? "" : "s"} ready to import,{" "}
          <strong>{result.conflictCount}</strong> {CONFLICT_NOTE} <strong>{result.errorCount}</strong> with errors,{" "}
          <strong>{result.duplicateCount}</strong> already there (skipped).
        </p>
      )}
      {result.rows.length ? (
        <div
          className="max-h-96 overflow-auto rounded-lg border border-stone-200"
          tabIndex={0}
          role="region"
          aria-labelledby="preview-heading"
        >
          <table className="w-full text-left text-sm">
            <thead className="sticky top-0 bg-stone-50 text-stone-700">
              <tr>
                <th scope="col" className="px-2 py-1.5 font-medium">
                  Line
                </th>
                <th scope="col" className="px-2 py-1.5 font-medium">
                  Status
                </th>
                <th scope="col" className="px-2 py-1.5 font-medium">
                  Date
                </th>
                <th scope="col" className="px-2 py-1.5 text-right font-medium">
                  Weight (kg)
                </th>
                <th scope="col" className="px-2 py-1.5 text-right font-medium">
                  Height (cm)
                </th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((row) => (
                <tr
                  key={row.line}
                  className={
                    `border-t border-stone-100 align-top ` +
                    `${row.errors.length ? "bg-red-50" : row.conflict ? "bg-amber-50" : ""}`
                  }
                  data-line={row.line}
                >
                  <th scope="row" className="px-2 py-1.5 font-normal tabular-nums">
                    {row.line}
                  </th>
                  <td className="min-w-[12rem] px-2 py-1.5">
                    <Status row={row} />
                  </td>
                  <td className="whitespace-nowrap px-2 py-1.5 tabular-nums">{row.measuredOn ?? "—"}</td>
                  <td className="px-2 py-1.5 text-right tabular-nums">{fmt(row.weightKg)}</td>
                  <td className="px-2 py-1.5 text-right tabular-nums">{fmt(row.heightCm)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {canImport ? (
        <form id={COMMIT_FORM} action={commit} className="flex flex-wrap items-center gap-4">
          <input type="hidden" name="csvText" value={csvText} />
          <input type="hidden" name="units" value={units} />
          <SubmitButton pendingText="Importing…">
            Import {result.validCount} new row{result.validCount === 1 ? "" : "s"}
            {result.conflictCount ? " and the ticked replacements" : ""}
          </SubmitButton>
          {result.conflictCount ? (
            <button
              type="submit"
              name="replaceAll"
              value="1"
              className="rounded-lg border border-amber-700 px-4 py-2.5 font-semibold text-amber-950 hover:bg-amber-50"
            >
              Import and replace all {result.conflictCount}
            </button>
          ) : null}
          <Link href="/dashboard" className="text-sm text-stone-700 hover:underline">
            Cancel
          </Link>
        </form>
      ) : null}
      <FormMessage state={{ status: commitMessage ? "error" : "idle", message: commitMessage }} />
    </section>
  );
}
