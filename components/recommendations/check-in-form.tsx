"use client";
// The check-in: how the back is today, warning signs and health conditions. Works without JavaScript
// (a plain form posting to the server action); with it, errors come back without a reload.
import { useActionState } from "react";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/forms/form-state";
import { CONDITION_LABELS, RED_FLAG_LABELS } from "@/lib/recommendations/rules";
import { CONDITIONS, RED_FLAGS } from "@/lib/routines/types";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export type CheckInDefaults = {
  painNow: string;
  painWeeks: string;
  afterLifting: boolean;
  experience: string;
  redFlags: string[];
  conditions: string[];
};

/** A checkbox group as the action sent it back after an error: its ticked codes, comma-joined. */
function listValue(joined: string | undefined): string[] {
  return joined ? joined.split(",") : [];
}

/**
 * The condition labels are written to fit mid-sentence ("not safe with a hernia"); a list item starts with a capital.
 */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const PAIN_WORDS = ["no pain", "", "mild", "", "moderate", "", "strong", "", "severe", "", "worst imaginable"];

function CheckboxGroup({
  name,
  legend,
  hint,
  codes,
  labels,
  checked,
  error,
}: {
  name: string;
  legend: string;
  hint: string;
  codes: readonly string[];
  labels: Record<string, string>;
  checked: string[];
  error?: string;
}) {
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${name}-error` : `${name}-hint`}>
      <legend className="text-base font-semibold text-stone-900">{legend}</legend>
      <p id={`${name}-hint`} className="text-sm text-stone-600">
        {hint}
      </p>
      <ul className="grid gap-2 sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code}>
            <label
              className={
                "flex items-start gap-2 rounded-lg border border-stone-200 bg-white p-3 text-sm " + "hover:bg-stone-50"
              }
            >
              <input
                type="checkbox"
                name={name}
                value={code}
                defaultChecked={checked.includes(code)}
                className="mt-0.5 h-4 w-4 accent-brand-600"
              />
              <span>{sentenceCase(labels[code] ?? code)}</span>
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export function CheckInForm({ action, defaults }: { action: Action; defaults: CheckInDefaults }) {
  const [state, formAction] = useActionState(action, idleState);
  const errors = state.fields ?? {};
  // After an error, what was sent comes back in state.values (checkbox groups are re-read from it).
  const values = state.values;
  const pick = (key: keyof CheckInDefaults & string, fallback: string) => values?.[key] ?? fallback;
  return (
    <form key={JSON.stringify(values ?? {})} action={formAction} noValidate className="space-y-6">
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="c-painNow"
          label="Back pain right now (0–10)"
          error={errors.painNow}
          hint="0 is no pain, 10 the worst you can imagine."
        >
          <select
            id="c-painNow"
            name="painNow"
            defaultValue={pick("painNow", defaults.painNow)}
            className={inputClass(errors.painNow)}
            {...describedBy("c-painNow", errors.painNow, true)}
          >
            <option value="">Choose…</option>
            {PAIN_WORDS.map((word, value) => (
              <option key={value} value={value}>
                {value}
                {word ? ` – ${word}` : ""}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="c-painWeeks"
          label="For how many weeks? (optional)"
          error={errors.painWeeks}
          hint="Leave empty if you have no pain or don't know."
        >
          <input
            id="c-painWeeks"
            name="painWeeks"
            inputMode="decimal"
            defaultValue={pick("painWeeks", defaults.painWeeks)}
            className={inputClass(errors.painWeeks)}
            {...describedBy("c-painWeeks", errors.painWeeks, true)}
          />
        </Field>
        <Field id="c-experience" label="Training experience" error={errors.experience}>
          <select
            id="c-experience"
            name="experience"
            defaultValue={pick("experience", defaults.experience)}
            className={inputClass(errors.experience)}
            {...describedBy("c-experience", errors.experience)}
          >
            <option value="">Prefer not to say</option>
            <option value="beginner">Beginner (under a year)</option>
            <option value="intermediate">Intermediate (1–3 years)</option>
            <option value="advanced">Advanced (3+ years)</option>
          </select>
        </Field>
        <div className="flex items-end">
          <label className="flex items-center gap-2 rounded-lg border border-stone-200 bg-white p-3 text-sm">
            <input
              type="checkbox"
              name="afterLifting"
              value="true"
              defaultChecked={values ? values.afterLifting === "true" : defaults.afterLifting}
              className="h-4 w-4 accent-brand-600"
            />
            I lifted weights today (or am about to finish)
          </label>
        </div>
      </div>
      <CheckboxGroup
        name="redFlags"
        legend="Do you have any of these?"
        hint={
          "Tick any that apply. They can mean something other than a strained back, so we will point you to a " +
          "doctor instead of exercise."
        }
        codes={RED_FLAGS}
        labels={RED_FLAG_LABELS}
        checked={values ? listValue(values.redFlags) : defaults.redFlags}
        error={errors.redFlags}
      />
      <CheckboxGroup
        name="conditions"
        legend="Health conditions"
        hint="Some exercises, above all hanging upside down, are not safe with these. We leave them out for you."
        codes={CONDITIONS}
        labels={CONDITION_LABELS}
        checked={values ? listValue(values.conditions) : defaults.conditions}
        error={errors.conditions}
      />
      <SubmitButton pendingText="Saving…">Save and see my routines</SubmitButton>
    </form>
  );
}
