"use client";

// The calculator form. Without JavaScript it is a plain GET form (the result URL can be shared);
// the server validates with the shared zod schema and the first box in error gets the focus. With
// JavaScript it also converts values when the units change and, once the validator has loaded
// (after the first input: ./form-validator, kept out of the initial JavaScript, ADR 0025), checks
// with the same schema before navigating and moves focus to the first error. Signed in, an empty
// calculator is filled in from the profile and the latest weight, asked from the browser so the
// page itself stays the same for everyone (see ADR 0015).
import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { ADULT_AGE_MONTHS } from "@/lib/bmi/constants";
import { formatDate } from "@/lib/dashboard/format";
import { parseDecimal } from "@/lib/forms/decimal";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { convertUnits } from "./form-convert";
import {
  BMI_FORM_FIELDS,
  UNIT_FIELDS,
  submittedFields,
  unitsOf,
  type BmiFormValues,
  type BmiUnits,
} from "./form-fields";

const WAIST_HINT = "Measured midway between the lowest rib and the top of the hip bone.";
const noSubscription = () => () => {};

const UNIT_LABELS: Record<BmiUnits, string> = {
  metric: "Metric (cm, kg)",
  us: "US (ft, in, lb)",
  uk: "UK (ft, in, st, lb)",
};
type Field = keyof BmiFormValues;
type Prefill = { values: BmiFormValues; weightFrom: string | null };
type Validator = typeof import("./form-validator").bmiFormErrors;

/** The error of a box: in UK units the pounds box is `weightStLb`, but the schema calls it weightLb. */
function errorKey(name: Field, units: BmiUnits): string {
  return name === "weightStLb" ? "weightLb" : name === "weightLb" && units === "uk" ? "-" : name;
}

/** The box that shows the first of these errors (the schema's order of the form), if any. */
function firstErrorBox(errors: Record<string, string>, units: BmiUnits): Field | undefined {
  const first = BMI_FORM_FIELDS.find((name) => errors[name]);
  return first === "weightLb" && units === "uk" ? "weightStLb" : first;
}

export function BmiForm({
  initialValues,
  initialErrors,
}: {
  initialValues: BmiFormValues;
  initialErrors: Record<string, string>;
}) {
  const [values, setValues] = useState<BmiFormValues>(initialValues);
  const [errors, setErrors] = useState<Record<string, string>>(initialErrors);
  const [prefilled, setPrefilled] = useState<Prefill | null>(null);
  const [pending, setPending] = useState(false);
  const typed = useRef(false);
  // The schema check, once loaded (null until then, and if loading failed: the server checks anyway).
  const validator = useRef<Validator | null>(null);
  const loading = useRef(false);
  const units = unitsOf(values);
  // Errors the server found (a submit without JavaScript, or before the validator loaded): the page
  // opens with the first box in error focused, as the instant check would have done.
  const [serverFocus] = useState(() => firstErrorBox(initialErrors, unitsOf(initialValues)));
  // False in the server render and in a browser without JavaScript, true once React runs here.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  // The NICE background option is for adults: once an age under 20 is typed it is hidden and not
  // sent (without JavaScript it stays, and the result says it was not applied to a child).
  const ageYears = parseDecimal(values.age);
  const childAge = hydrated && typeof ageYears === "number" && ageYears < ADULT_AGE_MONTHS / 12;

  // Signed in and nothing typed yet: fill in from the profile (the endpoint answers 401 otherwise).
  useEffect(() => {
    if (Object.keys(initialValues).length > 0) return;
    const controller = new AbortController();
    fetch("/api/v1/me/calculator-prefill", { cache: "no-store", signal: controller.signal })
      .then(async (response) => {
        // A 401's body is read too: left unread, it keeps the request open (the page never idles).
        if (!response.ok) {
          await response.text();
          return null;
        }
        return (await response.json()) as Prefill;
      })
      .then((prefill) => {
        if (!prefill || typed.current || Object.keys(prefill.values).length <= 1) return;
        setValues(prefill.values);
        setPrefilled(prefill);
      })
      .catch(() => {
        // Offline or aborted: the calculator simply stays empty.
      });
    return () => controller.abort();
  }, [initialValues]);

  // Asked for at the first input, not on page load: the calculator's initial JavaScript stays small.
  function loadValidator() {
    if (loading.current) return;
    loading.current = true;
    import("./form-validator")
      .then((module) => {
        validator.current = module.bmiFormErrors;
      })
      .catch(() => {
        // Offline: submits are validated by the server only.
      });
  }

  const set = (name: Field) => (event: { target: { value: string } }) => {
    typed.current = true;
    loadValidator();
    setValues((current) => ({ ...current, [name]: event.target.value }));
  };

  function clearPrefill() {
    typed.current = true;
    setValues({ units });
    setPrefilled(null);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const fieldErrors = validator.current?.(submittedFields(values, { dropBackground: childAge })) ?? null;
    if (fieldErrors) {
      event.preventDefault();
      setErrors(fieldErrors);
      const first = firstErrorBox(fieldErrors, units);
      if (first) document.getElementById(first === "sex" ? "bmi-sex-female" : `bmi-${first}`)?.focus();
      return;
    }
    // Valid, or the validator not loaded yet: the form's own GET goes ahead (the other units' boxes
    // are disabled, so it sends what submittedFields would) and the server validates. Not router.push: the empty /bmi
    // is prerendered and a query is
    // rewritten on the server to bmi/result (ADR 0023), which the client router does not follow.
    setErrors({});
    setPending(true);
  }

  const input = (name: Field, extra: { hint?: boolean; inputMode?: "decimal" | "numeric" } = {}) => {
    const error = errors[errorKey(name, units)];
    const unitField = (["metric", "us", "uk"] as const).some((u) => UNIT_FIELDS[u].includes(name));
    return {
      id: `bmi-${name}`,
      name: name === "weightStLb" ? "weightLb" : name,
      value: values[name] ?? "",
      onChange: set(name),
      inputMode: extra.inputMode ?? ("decimal" as const),
      autoComplete: "off",
      autoFocus: serverFocus === name,
      className: inputClass(error),
      // With JavaScript the other units' boxes are disabled, so they are not submitted.
      disabled: hydrated && unitField && !UNIT_FIELDS[units].includes(name),
      ...describedBy(`bmi-${name}`, error, extra.hint),
    };
  };
  const errorOf = (name: Field) => errors[errorKey(name, units)];
  // CSS shows the checked units' boxes, so the switch works without JavaScript too.
  const shownIn = {
    metric: "contents group-has-[#bmi-units-us:checked]:hidden group-has-[#bmi-units-uk:checked]:hidden",
    imperial: "hidden group-has-[#bmi-units-us:checked]:contents group-has-[#bmi-units-uk:checked]:contents",
    us: "hidden group-has-[#bmi-units-us:checked]:contents",
    uk: "hidden group-has-[#bmi-units-uk:checked]:contents",
  };

  return (
    <form
      method="get"
      action="/bmi#result"
      noValidate
      onSubmit={onSubmit}
      className="group space-y-5"
      aria-describedby="bmi-form-note"
    >
      {prefilled ? (
        <p
          role="status"
          className={
            "flex flex-wrap items-center justify-between gap-2 rounded-lg bg-brand-50 px-3 py-2 text-sm " +
            "text-brand-900"
          }
        >
          <span>
            Filled in from your profile
            {prefilled.weightFrom ? ` and your latest measurement (${formatDate(prefilled.weightFrom)})` : ""}. Change
            anything you like.
          </span>
          <button type="button" className="font-semibold underline" onClick={clearPrefill}>
            Clear
          </button>
        </p>
      ) : null}
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-stone-800">Units</legend>
        <div
          className="inline-flex flex-wrap rounded-lg border border-stone-300 bg-stone-100 p-1"
          role="radiogroup"
          aria-label="Units"
        >
          {(["metric", "us", "uk"] as const).map((option) => (
            <label
              key={option}
              className={
                "cursor-pointer rounded-md px-3 py-1.5 text-sm font-medium text-stone-700 " +
                "has-[:checked]:bg-white has-[:checked]:text-brand-800 has-[:checked]:shadow-sm " +
                "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600"
              }
            >
              <input
                type="radio"
                name="units"
                id={`bmi-units-${option}`}
                value={option}
                checked={units === option}
                onChange={() => {
                  loadValidator();
                  setValues((current) => convertUnits(current, option));
                }}
                className="sr-only"
              />
              {UNIT_LABELS[option]}
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
                <input
                  type="radio"
                  name="sex"
                  id={`bmi-sex-${option}`}
                  value={option}
                  checked={values.sex === option}
                  onChange={set("sex")}
                  autoFocus={serverFocus === "sex" && option === "female"}
                  className="h-4 w-4 accent-brand-600"
                />
                {option === "female" ? "Female" : "Male"}
              </label>
            ))}
          </div>
          {errors.sex ? (
            <p id="bmi-sex-error" className="text-sm font-medium text-red-700">
              {errors.sex}
            </p>
          ) : (
            <p id="bmi-sex-hint" className="text-xs text-stone-600">
              Needed for children and teens under 20 (growth charts differ).
            </p>
          )}
        </fieldset>

        <div className={shownIn.metric}>
          <Field id="bmi-heightCm" label="Height (cm)" error={errorOf("heightCm")}>
            <input type="text" {...input("heightCm")} />
          </Field>
        </div>
        <div className={shownIn.imperial}>
          <div className="flex gap-3">
            <Field id="bmi-heightFt" label="Height (ft)" error={errorOf("heightFt")} className="flex-1">
              <input type="text" {...input("heightFt", { inputMode: "numeric" })} />
            </Field>
            <Field id="bmi-heightIn" label="and inches" error={errorOf("heightIn")} className="flex-1">
              <input type="text" {...input("heightIn")} />
            </Field>
          </div>
        </div>
        <div className={shownIn.metric}>
          <Field id="bmi-weightKg" label="Weight (kg)" error={errorOf("weightKg")}>
            <input type="text" {...input("weightKg")} />
          </Field>
        </div>
        {/* The US box comes before the UK pounds box: without JavaScript both are sent (see form-fields). */}
        <div className={shownIn.us}>
          <Field id="bmi-weightLb" label="Weight (lb)" error={errorOf("weightLb")}>
            <input type="text" {...input("weightLb")} />
          </Field>
        </div>
        <div className={shownIn.uk}>
          <div className="flex gap-3">
            <Field id="bmi-weightSt" label="Weight (st)" error={errorOf("weightSt")} className="flex-1">
              <input type="text" {...input("weightSt", { inputMode: "numeric" })} />
            </Field>
            <Field id="bmi-weightStLb" label="and pounds" error={errorOf("weightStLb")} className="flex-1">
              <input type="text" {...input("weightStLb")} />
            </Field>
          </div>
        </div>
        <div className={shownIn.metric}>
          <Field id="bmi-waistCm" label="Waist (cm, optional)" hint={WAIST_HINT} error={errorOf("waistCm")}>
            <input type="text" {...input("waistCm", { hint: true })} />
          </Field>
        </div>
        <div className={shownIn.imperial}>
          <Field id="bmi-waistIn" label="Waist (in, optional)" hint={WAIST_HINT} error={errorOf("waistIn")}>
            <input type="text" {...input("waistIn", { hint: true })} />
          </Field>
        </div>
      </div>

      {childAge ? null : (
        <div
          className="flex items-start gap-3 rounded-lg border border-stone-200 bg-white p-3"
          data-testid="bmi-background-option"
        >
          <input
            type="checkbox"
            id="bmi-background"
            name="background"
            value="adjusted"
            checked={values.background === "adjusted"}
            onChange={(event) =>
              setValues((current) => ({ ...current, background: event.target.checked ? "adjusted" : "" }))
            }
            className="mt-1 h-4 w-4 accent-brand-600"
            {...describedBy("bmi-background", errors.background, true)}
          />
          <div>
            <label htmlFor="bmi-background" className="text-sm font-medium text-stone-800">
              Use the lower adult thresholds for my background
            </label>
            <p id="bmi-background-hint" className="text-xs text-stone-600">
              For adults of South Asian, Chinese, other Asian, Middle Eastern, Black African or African-Caribbean family
              background, NICE advises overweight from BMI 23 and obesity from 27.5.
            </p>
            {errors.background ? (
              <p id="bmi-background-error" className="text-sm font-medium text-red-700">
                {errors.background}
              </p>
            ) : null}
          </div>
        </div>
      )}

      {Object.keys(errors).length > 0 ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          Please check the{" "}
          {Object.keys(errors).length === 1 ? "highlighted field" : `${Object.keys(errors).length} highlighted fields`}.
        </p>
      ) : null}

      <div className="flex items-center gap-3">
        <button
          type="submit"
          className={
            "shrink-0 whitespace-nowrap rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white " +
            "shadow-sm hover:bg-brand-700 disabled:opacity-60"
          }
          disabled={pending}
        >
          {pending ? "Calculating…" : "Calculate BMI"}
        </button>
        <p id="bmi-form-note" className="text-xs text-stone-600">
          A decimal comma is fine (71,5). Nothing you type here is stored unless you choose to save a result.
        </p>
      </div>
    </form>
  );
}
