"use client";

// Two steps in one form: upload → preview (nothing saved) → confirm (all valid rows in one go).
import { type FormEvent, useActionState, useState } from "react";
import { commitImportAction, previewImportAction, type ImportState } from "@/lib/measurements/actions";
import { FILE_TOO_LARGE, IMPORT_LIMITS } from "@/lib/measurements/import-limits";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ImportPreviewView } from "./import-preview";

const initial: ImportState = { status: "idle" };

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
            <label htmlFor="import-file" className="text-sm font-medium">
              CSV file
            </label>
            <input
              id="import-file"
              name="file"
              type="file"
              accept=".csv,text/csv,text/plain"
              className="text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-stone-100 file:px-3 file:py-2"
            />
          </div>
          <fieldset>
            <legend className="text-sm font-medium">Units in the file</legend>
            <div className="mt-2 flex gap-4">
              {(["metric", "us"] as const).map((units) => (
                <label key={units} className="flex items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name="units"
                    value={units}
                    defaultChecked={(previewState.units ?? "metric") === units}
                    className="accent-brand-600"
                  />
                  {units === "metric" ? "kg and cm" : "lb and inches"}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-stone-700">…or paste the CSV text</summary>
          <label htmlFor="import-text" className="sr-only">
            CSV text
          </label>
          <textarea
            id="import-text"
            name="csvText"
            rows={6}
            defaultValue={previewState.csvText}
            className="mt-2 w-full rounded-lg border border-stone-300 p-2 font-mono text-xs"
            placeholder={"date,weight,height,waist\n2026-01-05,82.4,180,88"}
          />
        </details>
        <p className="text-xs text-stone-600">
          Columns: <code>date</code> (YYYY-MM-DD), <code>weight</code>, and optionally <code>height</code> and{" "}
          <code>waist</code>. Rows without a height use the height in your profile. Up to 5,000 rows. One measurement
          per day: you choose what happens to days that already have one. Download a template:{" "}
          <a href="/import-template-metric.csv" download className="font-medium text-brand-700 underline">
            kg and cm
          </a>{" "}
          or{" "}
          <a href="/import-template-us.csv" download className="font-medium text-brand-700 underline">
            lb and inches
          </a>
          .
        </p>
        <FormMessage
          state={
            tooLarge
              ? { status: "error", message: FILE_TOO_LARGE }
              : { status: previewState.status === "error" ? "error" : "idle", message: previewState.message }
          }
        />
        <SubmitButton pendingText="Checking…">Preview import</SubmitButton>
      </form>

      {result ? (
        <ImportPreviewView
          result={result}
          csvText={previewState.csvText ?? ""}
          units={previewState.units ?? "metric"}
          commit={commit}
          commitMessage={commitState.status === "error" ? commitState.message : undefined}
        />
      ) : null}
    </div>
  );
}
