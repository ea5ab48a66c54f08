"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { idleState, type FormState } from "@/lib/forms/form-state";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Local calendar date, "YYYY-MM-DD" (the server only knows UTC). */
function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export function MeasurementForm({
  action,
  units,
  initialValues,
  mode,
  switchUnitsHref,
}: {
  action: Action;
  units: "metric" | "us";
  initialValues: Record<string, string>;
  mode: "create" | "edit";
  switchUnitsHref?: string;
}) {
  const [state, formAction] = useActionState(action, idleState);
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

  return (
    <form key={JSON.stringify(values)} action={formAction} noValidate className="space-y-5">
      <input type="hidden" name="units" value={units} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="m-measuredOn" label="Date" error={errors.measuredOn}>
          <input {...input("measuredOn")} ref={dateRef} type="date" inputMode={undefined} />
        </Field>
        {units === "metric" ? (
          <Field id="m-weightKg" label="Weight (kg)" error={errors.weightKg}>
            <input {...input("weightKg")} autoFocus={mode === "create"} />
          </Field>
        ) : (
          <Field id="m-weightLb" label="Weight (lb)" error={errors.weightLb}>
            <input {...input("weightLb")} autoFocus={mode === "create"} />
          </Field>
        )}
        {units === "metric" ? (
          <Field id="m-heightCm" label="Height (cm)" hint="Prefilled from your profile." error={errors.heightCm}>
            <input {...input("heightCm", true)} />
          </Field>
        ) : (
          <div className="flex gap-3">
            <Field id="m-heightFt" label="Height (ft)" error={errors.heightFt} className="flex-1">
              <input {...input("heightFt")} inputMode="numeric" />
            </Field>
            <Field id="m-heightIn" label="and inches" error={errors.heightIn} className="flex-1">
              <input {...input("heightIn")} />
            </Field>
          </div>
        )}
        {units === "metric" ? (
          <Field id="m-waistCm" label="Waist (cm, optional)" error={errors.waistCm}>
            <input {...input("waistCm")} />
          </Field>
        ) : (
          <Field id="m-waistIn" label="Waist (in, optional)" error={errors.waistIn}>
            <input {...input("waistIn")} />
          </Field>
        )}
      </div>
      {errors.form ? <p className="text-sm font-medium text-red-700">{errors.form}</p> : null}
      <FormMessage state={state} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText="Saving…">{mode === "create" ? "Save measurement" : "Save changes"}</SubmitButton>
        <Link href="/dashboard" className="text-sm font-medium text-stone-600 hover:underline">
          Cancel
        </Link>
        {switchUnitsHref ? (
          <Link href={switchUnitsHref} className="text-sm font-medium text-brand-700 hover:underline">
            {units === "metric" ? "Enter in US units (lb, ft/in)" : "Enter in metric units (kg, cm)"}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
