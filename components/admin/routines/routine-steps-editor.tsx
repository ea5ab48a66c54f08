"use client";

import { useState } from "react";
import { inputClass } from "@/components/ui/field";
import { useMounted } from "../use-mounted";

const SPARE_ROWS = 3;

type Props = {
  values: Record<string, string>;
  errors: Record<string, string>;
  savedRows: number;
  exercises: { slug: string; name: string }[];
};

/**
 * A routine's ordered steps. Every row is named by its position ("steps.2.reps"), so the order on
 * screen is the order saved. Without JavaScript there are the saved rows plus three spare ones (an
 * empty row is skipped); with it, rows can be added, removed and moved up or down.
 */
export function RoutineStepsEditor({ values, errors, savedRows, exercises }: Props) {
  const mounted = useMounted();
  // Each row keeps the index its values were saved under (`from`), and a stable key as it moves.
  const [rows, setRows] = useState(() =>
    Array.from({ length: savedRows + SPARE_ROWS }, (_, index) => ({ key: index, from: index })),
  );
  const [nextKey, setNextKey] = useState(rows.length);
  const move = (index: number, by: number) =>
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      next.splice(index + by, 0, row!);
      return next;
    });
  const button = "rounded border border-stone-300 bg-white px-2 py-1 text-xs hover:bg-stone-50 disabled:opacity-40";
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-stone-800">Steps, in order</legend>
      <p className="text-xs text-stone-500">
        Leave hold and reps empty to use the exercise&apos;s own dose. Empty rows are skipped.
      </p>
      {errors.steps ? <p className="text-sm font-medium text-red-700">{errors.steps}</p> : null}
      <ol className="space-y-3">
        {rows.map((row, index) => {
          const name = (field: string) => `steps.${index}.${field}`;
          const saved = (field: string) => values[`steps.${row.from}.${field}`] ?? "";
          const error = (field: string) => errors[`steps.${row.from}.${field}`];
          const id = (field: string) => `step-${row.key}-${field}`;
          const numberField = (field: string, label: string) => (
            <div className="flex flex-col gap-1">
              <label htmlFor={id(field)} className="text-xs text-stone-600">
                {label}
              </label>
              <input
                id={id(field)}
                name={name(field)}
                defaultValue={saved(field)}
                inputMode="numeric"
                className={inputClass(error(field))}
                aria-invalid={error(field) ? true : undefined}
              />
            </div>
          );
          const rowErrors = ["exerciseSlug", "holdSeconds", "reps", "sets", "restSeconds", "note"]
            .map(error)
            .filter(Boolean);
          return (
            <li key={row.key} className="rounded-lg border border-stone-200 bg-white p-3">
              <div className="grid gap-2 sm:grid-cols-[1fr_repeat(4,5.5rem)]">
                <div className="flex flex-col gap-1">
                  <label htmlFor={id("exerciseSlug")} className="text-xs text-stone-600">
                    Step {index + 1}: exercise
                  </label>
                  <select
                    id={id("exerciseSlug")}
                    name={name("exerciseSlug")}
                    defaultValue={saved("exerciseSlug")}
                    className={inputClass(error("exerciseSlug"))}
                  >
                    <option value="">(empty row)</option>
                    {exercises.map((exercise) => (
                      <option key={exercise.slug} value={exercise.slug}>
                        {exercise.name}
                      </option>
                    ))}
                  </select>
                </div>
                {numberField("holdSeconds", "Hold (s)")}
                {numberField("reps", "Reps")}
                {numberField("sets", "Sets")}
                {numberField("restSeconds", "Rest (s)")}
              </div>
              <div className="mt-2 flex flex-wrap items-end gap-3">
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name={name("perSide")}
                    defaultChecked={saved("perSide") === "on"}
                    className="h-4 w-4"
                  />
                  Each side
                </label>
                <div className="flex min-w-48 flex-1 flex-col gap-1">
                  <label htmlFor={id("note")} className="text-xs text-stone-600">
                    Note (optional)
                  </label>
                  <input
                    id={id("note")}
                    name={name("note")}
                    defaultValue={saved("note")}
                    className={inputClass(error("note"))}
                  />
                </div>
                {mounted ? (
                  <div className="flex gap-1">
                    <button
                      type="button"
                      className={button}
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                      aria-label={`Move step ${index + 1} up`}
                    >
                      Up
                    </button>
                    <button
                      type="button"
                      className={button}
                      disabled={index === rows.length - 1}
                      onClick={() => move(index, 1)}
                      aria-label={`Move step ${index + 1} down`}
                    >
                      Down
                    </button>
                    <button
                      type="button"
                      className={button}
                      onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
                      aria-label={`Remove step ${index + 1}`}
                    >
                      Remove
                    </button>
                  </div>
                ) : null}
              </div>
              {rowErrors.length ? <p className="mt-1 text-sm font-medium text-red-700">{rowErrors.join(" ")}</p> : null}
            </li>
          );
        })}
      </ol>
      {mounted ? (
        <button
          type="button"
          className="rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-50"
          onClick={() => {
            setRows((current) => [...current, { key: nextKey, from: -1 }]);
            setNextKey(nextKey + 1);
          }}
        >
          Add a step
        </button>
      ) : null}
    </fieldset>
  );
}
