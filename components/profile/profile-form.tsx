"use client";

import { useActionState } from "react";
import { cmToFtIn, kgToLb } from "@/lib/bmi/units";
import { idleState } from "@/lib/forms/form-state";
import { updateProfileAction } from "@/lib/profile/actions";
import type { Profile } from "@/lib/profile/types";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

const round1 = (value: number) => String(Number(value.toFixed(1)));

/** Initial form values from the stored (metric) profile, in both unit systems. */
function initialValues(profile: Profile): Record<string, string> {
  const feet = profile.heightCm ? cmToFtIn(profile.heightCm) : null;
  return {
    name: profile.name ?? "",
    birthDate: profile.birthDate ?? "",
    sex: profile.sex ?? "",
    units: profile.units,
    heightCm: profile.heightCm ? round1(profile.heightCm) : "",
    heightFt: feet ? String(feet.ft) : "",
    heightIn: feet ? round1(feet.in) : "",
    goalWeightKg: profile.goalWeightKg ? round1(profile.goalWeightKg) : "",
    goalWeightLb: profile.goalWeightKg ? round1(kgToLb(profile.goalWeightKg)) : "",
    background: profile.background,
  };
}

export function ProfileForm({ profile }: { profile: Profile }) {
  const [state, action] = useActionState(updateProfileAction, idleState);
  const values = state.values ?? initialValues(profile);
  const errors = state.fields ?? {};
  const text = (name: string, extra: { hint?: boolean } = {}) => ({
    id: `profile-${name}`,
    name,
    defaultValue: values[name] ?? "",
    className: inputClass(errors[name]),
    ...describedBy(`profile-${name}`, errors[name], extra.hint),
  });

  return (
    // key: after a save the inputs re-mount with the values the server accepted.
    <form key={JSON.stringify(values)} action={action} noValidate className="group space-y-5">
      <Field id="profile-name" label="Display name" error={errors.name}>
        <input {...text("name")} autoComplete="nickname" />
      </Field>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="profile-birthDate"
          label="Birth date"
          hint="Your age on each date decides adult or child BMI rules."
          error={errors.birthDate}
        >
          <input
            {...text("birthDate", { hint: true })}
            type="date"
            autoComplete="bday"
            max={new Date().toISOString().slice(0, 10)}
          />
        </Field>
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium text-stone-800">Sex</legend>
          <div className="flex gap-4 py-2">
            {(["female", "male"] as const).map((option) => (
              <label key={option} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="sex"
                  value={option}
                  defaultChecked={values.sex === option}
                  className="h-4 w-4 accent-brand-600"
                />
                {option === "female" ? "Female" : "Male"}
              </label>
            ))}
          </div>
          <p className="text-xs text-stone-500">Used for children&apos;s growth charts (under 20).</p>
          {errors.sex ? <p className="text-sm font-medium text-red-700">{errors.sex}</p> : null}
        </fieldset>
      </div>

      <fieldset>
        <legend className="mb-2 text-sm font-medium text-stone-800">Units</legend>
        <div className="flex gap-4">
          {(["metric", "us"] as const).map((option) => (
            <label key={option} className="flex items-center gap-2">
              <input
                type="radio"
                name="units"
                id={`profile-units-${option}`}
                value={option}
                defaultChecked={values.units === option}
                className="h-4 w-4 accent-brand-600"
              />
              {option === "metric" ? "Metric (cm, kg)" : "US (ft, in, lb)"}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        {/* Both unit systems are in the form; CSS shows the chosen one (works without JavaScript). */}
        <div className="contents group-has-[#profile-units-us:checked]:hidden">
          <Field id="profile-heightCm" label="Height (cm)" error={errors.heightCm}>
            <input {...text("heightCm")} inputMode="decimal" />
          </Field>
          <Field id="profile-goalWeightKg" label="Goal weight (kg, optional)" error={errors.goalWeightKg}>
            <input {...text("goalWeightKg")} inputMode="decimal" />
          </Field>
        </div>
        <div className="hidden group-has-[#profile-units-us:checked]:contents">
          <div className="flex gap-3">
            <Field id="profile-heightFt" label="Height (ft)" error={errors.heightFt} className="flex-1">
              <input {...text("heightFt")} inputMode="numeric" />
            </Field>
            <Field id="profile-heightIn" label="and inches" error={errors.heightIn} className="flex-1">
              <input {...text("heightIn")} inputMode="decimal" />
            </Field>
          </div>
          <Field id="profile-goalWeightLb" label="Goal weight (lb, optional)" error={errors.goalWeightLb}>
            <input {...text("goalWeightLb")} inputMode="decimal" />
          </Field>
        </div>
      </div>

      <div className="flex items-start gap-3 rounded-lg border border-stone-200 p-3">
        <input
          type="checkbox"
          id="profile-background"
          name="background"
          value="adjusted"
          defaultChecked={values.background === "adjusted"}
          className="mt-1 h-4 w-4 accent-brand-600"
          aria-describedby="profile-background-hint"
        />
        <div>
          <label htmlFor="profile-background" className="text-sm font-medium text-stone-800">
            Use the lower adult BMI thresholds for my background
          </label>
          <p id="profile-background-hint" className="text-xs text-stone-500">
            NICE advises overweight from 23 and obesity from 27.5 for people of South Asian, Chinese, other Asian,
            Middle Eastern, Black African or African-Caribbean family background.
          </p>
        </div>
      </div>

      <FormMessage state={state} />
      <SubmitButton pendingText="Saving…">Save profile</SubmitButton>
    </form>
  );
}
