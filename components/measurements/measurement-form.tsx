"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import type { MeasurementFormState } from "@/lib/measurements/form-state";
import type { MeasurementUnits } from "@/lib/measurements/shown-values";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { UNIT_CHOICES } from "./form-values";

type Action = (previous: MeasurementFormState, formData: FormData) => Promise<MeasurementFormState>;

/** Local calendar date, "YYYY-MM-DD" (the server only knows UTC). */
function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Stored values the form shows converted; sent back so unchanged boxes keep them exactly. */
const BEFORE_FIELDS = ["weightKgBefore", "heightCmBefore", "waistCmBefore"] as const;

export function MeasurementForm({
  action,
  units,
  initialValues,
  mode,
  switchUnitsHref,
}: {
  action: Action;
  units: MeasurementUnits;
  initialValues: Record<string, string>;
  mode: "create" | "edit";
  /** Links that reload the form in other units (nothing typed is carried over). */
  switchUnitsHref?: Partial<Record<MeasurementUnits, string>>;
}) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  const values = state.values ?? initialValues;
  const errors = state.fields ?? {};
  const dateRef = useRef<HTMLInputElement>(null);

  // A new entry defaults to today where the person is, not where the server is.
  useEffect(() => {
    if (!dateRef.current) return;
    const today = localToday();
    dateRef.current.max = today;
    if (mode === "create" && !state.values) dateRef.current.value = today;
  }, [mode, state.values]);

  const input = (name: string, hint = false) => ({
    id: `m-${name}`,
    name,
    defaultValue: values[name] ?? "",
    inputMode: "decimal" as const,
    className: inputClass(errors[name]),
    ...describedBy(`m-${name}`, errors[name], hint),
  });
  const imperial = units !== "metric";
  const otherUnits = UNIT_CHOICES.filter((choice) => choice.units !== units && switchUnitsHref?.[choice.units]);

  return (
    <form key={JSON.stringify(values)} action={formAction} noValidate className="space-y-5">
      <input type="hidden" name="units" value={units} />
      {BEFORE_FIELDS.map((name) =>
        values[name] ? <input key={name} type="hidden" name={name} value={values[name]} /> : null,
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="m-measuredOn" label="Date" error={errors.measuredOn}>
          <input {...input("measuredOn")} ref={dateRef} type="date" inputMode={undefined} />
        </Field>
        {units === "metric" ? (
          <Field id="m-weightKg" label="Weight (kg)" error={errors.weightKg}>
            <input {...input("weightKg")} autoFocus={mode === "create"} />
          </Field>
        ) : units === "us" ? (
          <Field id="m-weightLb" label="Weight (lb)" error={errors.weightLb}>
            <input {...input("weightLb")} autoFocus={mode === "create"} />
          </Field>
        ) : (
          <div className="flex gap-3">
            <Field id="m-weightSt" label="Weight (st)" error={errors.weightSt} className="flex-1">
              <input {...input("weightSt")} inputMode="numeric" autoFocus={mode === "create"} />
            </Field>
            <Field id="m-weightLb" label="and pounds" error={errors.weightLb} className="flex-1">
              <input {...input("weightLb")} />
            </Field>
          </div>
        )}
        {imperial ? (
          <div className="flex gap-3">
            <Field id="m-heightFt" label="Height (ft)" error={errors.heightFt} className="flex-1">
              <input {...input("heightFt")} inputMode="numeric" />
            </Field>
            <Field id="m-heightIn" label="and inches" error={errors.heightIn} className="flex-1">
              <input {...input("heightIn")} />
            </Field>
          </div>
        ) : (
          <Field id="m-heightCm" label="Height (cm)" hint="Prefilled from your profile." error={errors.heightCm}>
            <input {...input("heightCm", true)} />
          </Field>
        )}
        {imperial ? (
          <Field id="m-waistIn" label="Waist (in, optional)" error={errors.waistIn}>
            <input {...input("waistIn")} />
          </Field>
        ) : (
          <Field id="m-waistCm" label="Waist (cm, optional)" error={errors.waistCm}>
            <input {...input("waistCm")} />
          </Field>
        )}
      </div>
      {errors.form ? <p className="text-sm font-medium text-red-700">{errors.form}</p> : null}
      <FormMessage state={state} />
      {state.duplicate ? (
        // One entry per day: the person chooses to replace the one already there (or to change the date).
        <div
          role="alert"
          className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
          data-testid="duplicate-day"
        >
          <p>
            You already logged <strong>{state.duplicate.summary}</strong> on{" "}
            <strong>{state.duplicate.dateLabel}</strong>. There is one measurement per day: replace it with these
            values, or pick another date.
          </p>
          <button
            type="submit"
            name="replace"
            value={state.duplicate.id}
            className="rounded-lg bg-amber-800 px-4 py-2 font-semibold text-white shadow-sm hover:bg-amber-900"
          >
            Replace the measurement of {state.duplicate.dateLabel}
          </button>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText="Saving…">{mode === "create" ? "Save measurement" : "Save changes"}</SubmitButton>
        <Link href="/dashboard" className="text-sm font-medium text-stone-600 hover:underline">
          Cancel
        </Link>
        {otherUnits.length > 0 ? (
          <span className="flex flex-wrap gap-x-3 text-sm">
            <span className="text-stone-600">Enter in</span>
            {otherUnits.map((choice) => (
              <Link
                key={choice.units}
                href={switchUnitsHref?.[choice.units] ?? "#"}
                className="font-medium text-brand-700 hover:underline"
              >
                {choice.label}
              </Link>
            ))}
          </span>
        ) : null}
      </div>
    </form>
  );
}
