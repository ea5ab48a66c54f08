"use client";

// The calculator form. Without JavaScript it is a plain GET form (the result URL can be shared);
// with JavaScript it validates with the same zod schema as the server before navigating, converts
// values when the units change, and moves focus to the first error or to the result.
import "@/lib/validation/zod-browser"; // before any schema parses: no eval probe under our CSP
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, useTransition, type FormEvent } from "react";
import { bmiFieldErrors, bmiInputSchema } from "@/lib/bmi/schema";
import { ADULT_AGE_MONTHS } from "@/lib/bmi/constants";
import { cmToFtIn, cmToIn, ftInToCm, inToCm, kgToLb, lbToKg } from "@/lib/bmi/units";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { BMI_FORM_FIELDS, type BmiFormValues } from "./form-fields";

type Units = "metric" | "us";

const WAIST_HINT = "Measured midway between the lowest rib and the top of the hip bone.";
const noSubscription = () => () => {};

const METRIC_FIELDS = ["heightCm", "weightKg", "waistCm"] as const;
const US_FIELDS = ["heightFt", "heightIn", "weightLb", "waistIn"] as const;

function fixed(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

function parse(value: string | undefined): number | null {
  if (!value?.trim()) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Carries what the person typed across a units switch, so nothing they entered is lost. */
function convert(values: BmiFormValues, to: Units): BmiFormValues {
  const next = { ...values, units: to };
  if (to === "us") {
    const cm = parse(values.heightCm);
    if (cm !== null) {
      const { ft, in: inches } = cmToFtIn(cm);
      next.heightFt = String(ft);
      next.heightIn = fixed(inches, 1);
    }
    const kg = parse(values.weightKg);
    if (kg !== null) next.weightLb = fixed(kgToLb(kg), 1);
    const waist = parse(values.waistCm);
    if (waist !== null) next.waistIn = fixed(cmToIn(waist), 1);
  } else {
    const ft = parse(values.heightFt);
    const inches = parse(values.heightIn);
    if (ft !== null || inches !== null) next.heightCm = fixed(ftInToCm(ft ?? 0, inches ?? 0), 1);
    const lb = parse(values.weightLb);
    if (lb !== null) next.weightKg = fixed(lbToKg(lb), 1);
    const waist = parse(values.waistIn);
    if (waist !== null) next.waistCm = fixed(inToCm(waist), 1);
  }
  return next;
}

export function BmiForm({ initialValues, initialErrors }: { initialValues: BmiFormValues; initialErrors: Record<string, string> }) {
  const router = useRouter();
  const [values, setValues] = useState<BmiFormValues>(initialValues);
  const [errors, setErrors] = useState<Record<string, string>>(initialErrors);
  const [pending, startTransition] = useTransition();
  const units: Units = values.units === "us" ? "us" : "metric";
  // False in the server render and in a browser without JavaScript, true once React runs here.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  // The NICE background option is for adults: once an age under 20 is typed it is hidden and not
  // sent (without JavaScript it stays, and the result says it was not applied to a child).
  const ageYears = parse(values.age);
  const childAge = hydrated && ageYears !== null && ageYears < ADULT_AGE_MONTHS / 12;

  const set = (name: keyof BmiFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitted = Object.fromEntries(
      BMI_FORM_FIELDS.filter((name) => !(units === "us" ? METRIC_FIELDS : US_FIELDS).includes(name as never))
        .filter((name) => !(childAge && name === "background"))
        .map((name) => [name, values[name] ?? ""] as const)
        .filter(([, value]) => value !== ""),
    );
    const parsed = bmiInputSchema.safeParse(submitted);
    if (!parsed.success) {
      const fieldErrors = bmiFieldErrors(parsed.error);
      setErrors(fieldErrors);
      const first = BMI_FORM_FIELDS.find((name) => fieldErrors[name]);
      if (first) document.getElementById(`bmi-${first}`)?.focus();
      return;
    }
    setErrors({});
    const query = new URLSearchParams(submitted).toString();
    startTransition(() => {
      router.push(`/bmi?${query}#result`, { scroll: false });
    });
  }

  const input = (name: keyof BmiFormValues, extra: { hint?: boolean; inputMode?: "decimal" | "numeric"; autoComplete?: string } = {}) => ({
    id: `bmi-${name}`,
    name,
    value: values[name] ?? "",
    onChange: set(name),
    inputMode: extra.inputMode ?? ("decimal" as const),
    autoComplete: extra.autoComplete ?? "off",
    className: inputClass(errors[name]),
    ...describedBy(`bmi-${name}`, errors[name], extra.hint),
  });


  return (
    <form method="get" action="/bmi" noValidate onSubmit={onSubmit} className="group space-y-5" aria-describedby="bmi-form-note">
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-stone-800">Units</legend>
        <div className="inline-flex rounded-lg border border-stone-300 bg-stone-100 p-1" role="radiogroup" aria-label="Units">
          {(["metric", "us"] as const).map((option) => (
            <label key={option} className="cursor-pointer rounded-md px-4 py-1.5 text-sm font-medium text-stone-700 has-[:checked]:bg-white has-[:checked]:text-brand-800 has-[:checked]:shadow-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600">
              <input
                type="radio"
                name="units"
                id={`bmi-units-${option}`}
                value={option}
                checked={units === option}
                onChange={() => setValues((current) => convert(current, option))}
                className="sr-only"
              />
              {option === "metric" ? "Metric (cm, kg)" : "US (ft, in, lb)"}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="bmi-age" label="Age (years)" hint="Decimals are fine: 9.5 is 9 years 6 months." error={errors.age}>
          <input type="text" {...input("age", { hint: true })} />
        </Field>
        <fieldset className="flex flex-col gap-1" aria-describedby={errors.sex ? "bmi-sex-error" : "bmi-sex-hint"}>
          <legend className="text-sm font-medium text-stone-800">Sex</legend>
          <div className="flex gap-4 py-2">
            {(["female", "male"] as const).map((option) => (
              <label key={option} className="flex items-center gap-2 text-base">
                <input type="radio" name="sex" value={option} checked={values.sex === option} onChange={set("sex")} className="h-4 w-4 accent-brand-600" />
                {option === "female" ? "Female" : "Male"}
              </label>
            ))}
          </div>
          {errors.sex ? (
            <p id="bmi-sex-error" className="text-sm font-medium text-red-700">{errors.sex}</p>
          ) : (
            <p id="bmi-sex-hint" className="text-xs text-stone-500">Needed for children and teens under 20 (growth charts differ).</p>
          )}
        </fieldset>

        {/* Both unit systems are in the page; CSS shows the checked one, so the switch works without
            JavaScript. With JavaScript the hidden set is also disabled, so it is not submitted. */}
        <div className="contents group-has-[#bmi-units-us:checked]:hidden">
          <Field id="bmi-heightCm" label="Height (cm)" error={errors.heightCm}>
            <input type="text" {...input("heightCm")} disabled={hydrated && units === "us"} />
          </Field>
          <Field id="bmi-weightKg" label="Weight (kg)" error={errors.weightKg}>
            <input type="text" {...input("weightKg")} disabled={hydrated && units === "us"} />
          </Field>
          <Field id="bmi-waistCm" label="Waist (cm, optional)" hint={WAIST_HINT} error={errors.waistCm}>
            <input type="text" {...input("waistCm", { hint: true })} disabled={hydrated && units === "us"} />
          </Field>
        </div>
        <div className="hidden group-has-[#bmi-units-us:checked]:contents">
          <div className="flex gap-3">
            <Field id="bmi-heightFt" label="Height (ft)" error={errors.heightFt} className="flex-1">
              <input type="text" {...input("heightFt", { inputMode: "numeric" })} disabled={hydrated && units === "metric"} />
            </Field>
            <Field id="bmi-heightIn" label="and inches" error={errors.heightIn} className="flex-1">
              <input type="text" {...input("heightIn")} disabled={hydrated && units === "metric"} />
            </Field>
          </div>
          <Field id="bmi-weightLb" label="Weight (lb)" error={errors.weightLb}>
            <input type="text" {...input("weightLb")} disabled={hydrated && units === "metric"} />
          </Field>
          <Field id="bmi-waistIn" label="Waist (in, optional)" hint={WAIST_HINT} error={errors.waistIn}>
            <input type="text" {...input("waistIn", { hint: true })} disabled={hydrated && units === "metric"} />
          </Field>
        </div>
      </div>

      {childAge ? null : (
      <div className="flex items-start gap-3 rounded-lg border border-stone-200 bg-white p-3" data-testid="bmi-background-option">
        <input
          type="checkbox"
          id="bmi-background"
          name="background"
          value="adjusted"
          checked={values.background === "adjusted"}
          onChange={(event) => setValues((current) => ({ ...current, background: event.target.checked ? "adjusted" : "" }))}
          className="mt-1 h-4 w-4 accent-brand-600"
          {...describedBy("bmi-background", errors.background, true)}
        />
        <div>
          <label htmlFor="bmi-background" className="text-sm font-medium text-stone-800">
            Use the lower adult thresholds for my background
          </label>
          <p id="bmi-background-hint" className="text-xs text-stone-500">
            For people of South Asian, Chinese, other Asian, Middle Eastern, Black African or African-Caribbean family
            background, NICE advises overweight from BMI 23 and obesity from 27.5.
          </p>
          {errors.background ? <p id="bmi-background-error" className="text-sm font-medium text-red-700">{errors.background}</p> : null}
        </div>
      </div>
      )}

      {Object.keys(errors).length > 0 ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          Please check the {Object.keys(errors).length === 1 ? "highlighted field" : `${Object.keys(errors).length} highlighted fields`}.
        </p>
      ) : null}

      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60" disabled={pending}>
          {pending ? "Calculating…" : "Calculate BMI"}
        </button>
        <p id="bmi-form-note" className="text-xs text-stone-500">Nothing you type here is stored.</p>
      </div>
    </form>
  );
}
