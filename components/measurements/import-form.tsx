"use client";

// Two steps in one form: upload → preview (nothing saved) → confirm (all valid rows in one go).
import Link from "next/link";
import { type FormEvent, useActionState, useState } from "react";
import { commitImportAction, previewImportAction, type ImportState } from "@/lib/measurements/actions";
import { FILE_TOO_LARGE, IMPORT_LIMITS } from "@/lib/measurements/import-limits";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

const initial: ImportState = { status: "idle" };

function fmt(value: number | undefined | null, digits = 1): string {
  return value === undefined || value === null ? "—" : value.toFixed(digits);
}

export function ImportForm() {
  const [previewState, preview] = useActionState(previewImportAction, initial);
  const [commitState, commit] = useActionState(commitImportAction, initial);
  const result = previewState.preview;
  // Checked here too so that a file far over the limit gets the same message instead of being
  // sent at all (the server checks again, and Next refuses action bodies over 2 MB outright).
  const [tooLarge, setTooLarge] = useState(false);
  function checkSize(event: FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get("file");
    const over = file instanceof File && file.size > IMPORT_LIMITS.maxBytes;
    setTooLarge(over);
    if (over) event.preventDefault();
  }

  return (
    <div className="space-y-6">
      <form action={preview} onSubmit={checkSize} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="flex flex-col gap-1">
            <label htmlFor="import-file" className="text-sm font-medium">CSV file</label>
            <input id="import-file" name="file" type="file" accept=".csv,text/csv,text/plain" className="text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-stone-100 file:px-3 file:py-2" />
          </div>
          <fieldset>
            <legend className="text-sm font-medium">Units in the file</legend>
            <div className="mt-2 flex gap-4">
              {(["metric", "us"] as const).map((units) => (
                <label key={units} className="flex items-center gap-2 text-sm">
                  <input type="radio" name="units" value={units} defaultChecked={(previewState.units ?? "metric") === units} className="accent-brand-600" />
                  {units === "metric" ? "kg and cm" : "lb and inches"}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-stone-700">…or paste the CSV text</summary>
          <label htmlFor="import-text" className="sr-only">CSV text</label>
          <textarea id="import-text" name="csvText" rows={6} defaultValue={previewState.csvText} className="mt-2 w-full rounded-lg border border-stone-300 p-2 font-mono text-xs" placeholder={"date,weight,height,waist\n2026-01-05,82.4,180,88"} />
        </details>
        <p className="text-xs text-stone-500">
          Columns: <code>date</code> (YYYY-MM-DD), <code>weight</code>, and optionally <code>height</code> and <code>waist</code>. Rows without a
          height use the height in your profile. Up to 5,000 rows.
        </p>
        <FormMessage
          state={tooLarge ? { status: "error", message: FILE_TOO_LARGE } : { status: previewState.status === "error" ? "error" : "idle", message: previewState.message }}
        />
        <SubmitButton pendingText="Checking…">Preview import</SubmitButton>
      </form>

      {result ? (
        <section aria-labelledby="preview-heading" className="space-y-4 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
          <h2 id="preview-heading" className="text-lg font-semibold">Preview: nothing is saved yet</h2>
          {result.fileErrors.length ? (
            <ul role="alert" className="list-disc pl-5 text-sm text-red-800">
              {result.fileErrors.map((error) => <li key={error}>{error}</li>)}
            </ul>
          ) : (
            <p className="text-sm" data-testid="import-summary">
              <strong>{result.validCount}</strong> row{result.validCount === 1 ? "" : "s"} ready to import, <strong>{result.errorCount}</strong> with errors,{" "}
              <strong>{result.duplicateCount}</strong> duplicate{result.duplicateCount === 1 ? "" : "s"} (skipped).
            </p>
          )}
          {result.rows.length ? (
            <div className="max-h-96 overflow-auto" tabIndex={0} role="region" aria-labelledby="preview-heading">
              <table className="w-full min-w-[32rem] text-left text-sm">
                <thead className="sticky top-0 bg-white text-stone-500">
                  <tr><th className="py-1 pr-3 font-medium">Line</th><th className="py-1 pr-3 font-medium">Date</th><th className="py-1 pr-3 font-medium">Weight (kg)</th><th className="py-1 pr-3 font-medium">Height (cm)</th><th className="py-1 pr-3 font-medium">Status</th></tr>
                </thead>
                <tbody>
                  {result.rows.map((row) => (
                    <tr key={row.line} className={`border-t border-stone-100 ${row.errors.length ? "bg-red-50" : row.duplicate ? "bg-amber-50" : ""}`}>
                      <td className="py-1 pr-3 tabular-nums">{row.line}</td>
                      <td className="py-1 pr-3 tabular-nums">{row.measuredOn ?? "—"}</td>
                      <td className="py-1 pr-3 tabular-nums">{fmt(row.weightKg)}</td>
                      <td className="py-1 pr-3 tabular-nums">{fmt(row.heightCm)}</td>
                      <td className="py-1 pr-3">{row.errors.length ? row.errors.join(" ") : row.duplicate ? "Duplicate: skipped" : "Ready"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {result.validCount > 0 && !result.fileErrors.length ? (
            <form action={commit} className="flex flex-wrap items-center gap-4">
              <input type="hidden" name="csvText" value={previewState.csvText ?? ""} />
              <input type="hidden" name="units" value={previewState.units ?? "metric"} />
              <SubmitButton pendingText="Importing…">Import {result.validCount} row{result.validCount === 1 ? "" : "s"}</SubmitButton>
              <Link href="/dashboard" className="text-sm text-stone-600 hover:underline">Cancel</Link>
            </form>
          ) : null}
          <FormMessage state={{ status: commitState.status === "error" ? "error" : "idle", message: commitState.message }} />
        </section>
      ) : null}
    </div>
  );
}
