// Small labelled controls for the admin's exercise and routine forms, filled from a flat map of
// submitted or saved values (so a refused save shows exactly what was typed).
import type { ReactNode } from "react";
import { Field, describedBy, inputClass } from "@/components/ui/field";

type Common = {
  name: string;
  label: ReactNode;
  values: Record<string, string>;
  errors: Record<string, string>;
  hint?: string;
};

export function TextInput({
  name,
  label,
  values,
  errors,
  hint,
  inputMode,
}: Common & { inputMode?: "numeric" | "text" }) {
  const id = `f-${name}`;
  return (
    <Field id={id} label={label} hint={hint} error={errors[name]}>
      <input
        id={id}
        name={name}
        defaultValue={values[name] ?? ""}
        inputMode={inputMode}
        className={inputClass(errors[name])}
        {...describedBy(id, errors[name], !!hint)}
      />
    </Field>
  );
}

export function TextArea({ name, label, values, errors, hint, rows = 3 }: Common & { rows?: number }) {
  const id = `f-${name}`;
  return (
    <Field id={id} label={label} hint={hint} error={errors[name]}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={values[name] ?? ""}
        className={inputClass(errors[name])}
        {...describedBy(id, errors[name], !!hint)}
      />
    </Field>
  );
}

export function Select({
  name,
  label,
  values,
  errors,
  hint,
  options,
  empty,
}: Common & { options: { value: string; label: string }[]; empty?: string }) {
  const id = `f-${name}`;
  return (
    <Field id={id} label={label} hint={hint} error={errors[name]}>
      <select
        id={id}
        name={name}
        defaultValue={values[name] ?? ""}
        className={inputClass(errors[name])}
        {...describedBy(id, errors[name], !!hint)}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function Checkbox({ name, label, values }: { name: string; label: ReactNode; values: Record<string, string> }) {
  return (
    <label className="flex items-center gap-2 text-sm text-stone-800">
      <input type="checkbox" name={name} defaultChecked={values[name] === "on"} className="h-4 w-4" />
      {label}
    </label>
  );
}

/** A group of checkboxes sending one value each; `values[name]` holds the checked ones, comma-separated. */
export function CheckboxGroup({
  name,
  legend,
  values,
  errors,
  options,
  hint,
}: {
  name: string;
  legend: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  options: { value: string; label: string }[];
  hint?: string;
}) {
  const checked = new Set((values[name] ?? "").split(",").filter(Boolean));
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={errors[name] ? `f-${name}-error` : undefined}>
      <legend className="text-sm font-medium text-stone-800">{legend}</legend>
      {hint ? <p className="text-xs text-stone-500">{hint}</p> : null}
      <div className="grid gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={checked.has(option.value)}
              className="h-4 w-4"
            />
            {option.label}
          </label>
        ))}
      </div>
      {errors[name] ? (
        <p id={`f-${name}-error`} className="text-sm font-medium text-red-700">
          {errors[name]}
        </p>
      ) : null}
    </fieldset>
  );
}
