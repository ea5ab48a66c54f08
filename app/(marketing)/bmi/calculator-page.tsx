// The calculator page, rendered two ways (ADR 0023): ./page.tsx prerenders it empty for everyone,
// and ./result/page.tsx renders a submitted form per request (next.config.js rewrites /bmi?… there).
import type { Metadata } from "next";
import { BmiForm } from "@/components/bmi/bmi-form";
import Link from "next/link";
import { BmiResultView } from "@/components/bmi/bmi-result";
import {
  formValuesFrom,
  submittedFields,
  UNIT_FIELDS,
  unitsOf,
  type BmiFormValues,
} from "@/components/bmi/form-fields";
import { SaveResult } from "@/components/bmi/save-result";
import { evaluateBmi } from "@/lib/bmi/evaluate";
import { formatBmiValue } from "@/lib/bmi/format";
import type { BmiResult } from "@/lib/bmi/types";
import { calculatorViewer } from "@/lib/measurements/calculator-viewer.server";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(props: Props) {
  const values = formValuesFrom(await props.searchParams);
  // Only a submitted form (any measurement present) is evaluated; a bare /bmi shows an empty form.
  const submitted = ["age", "heightCm", "heightFt", "weightKg", "weightLb", "weightSt", "weightStLb"].some(
    (name) => values[name as keyof typeof values],
  );
  return { values, outcome: submitted ? evaluateBmi(submittedFields(values)) : null };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { outcome } = await load(props);
  if (outcome?.ok) {
    return {
      title: `BMI ${formatBmiValue(outcome.result.bmi)}: ${outcome.result.categoryLabel}`,
      robots: { index: false },
    };
  }
  return {
    title: "BMI calculator for adults and children",
    description:
      "BMI in metric or US units with WHO adult categories, NICE thresholds and CDC percentiles for ages 2 to 19.",
  };
}

/**
 * Below a result: "Save to my log" (signed in) or "Sign in to save". Only a result reads the session;
 * the empty calculator stays the same for everyone, so it can be prerendered.
 */
async function SaveSlot({ values, details }: { values: BmiFormValues; details: BmiResult }) {
  const viewer = await calculatorViewer();
  const query = new URLSearchParams(submittedFields(values)).toString();
  if (!viewer.signedIn) {
    return (
      <p className="rounded-xl bg-stone-50 p-3 text-sm text-stone-700">
        <Link
          href={`/sign-in?callbackUrl=${encodeURIComponent(`/bmi?${query}#result`)}`}
          className="font-semibold text-brand-700 underline"
        >
          Sign in to save
        </Link>{" "}
        this result to your BMI log and follow it over time.
      </p>
    );
  }
  // The log keeps height, weight and waist; age and sex come from the profile.
  const all = submittedFields(values);
  const fields: Record<string, string> = { units: all.units ?? "metric" };
  for (const name of [...UNIT_FIELDS[unitsOf(values)], "weightLb"]) if (all[name]) fields[name] = all[name];
  const yearsApart = viewer.ageMonths === null ? 0 : Math.abs(viewer.ageMonths - details.input.ageMonths) / 12;
  const note =
    yearsApart >= 1
      ? `This result is for age ${Math.floor(details.input.ageMonths / 12)}, not your profile's age: save it ` +
        `only if it is yours.`
      : undefined;
  return <SaveResult fields={fields} note={note} />;
}

export default async function BmiPage(props: Props) {
  const { values, outcome } = await load(props);
  const errors = outcome && !outcome.ok ? outcome.error.fields : {};
  // Results show healthy-weight ranges in kg, or in lb for US and UK units.
  const units = values.units === "us" || values.units === "uk" ? "us" : "metric";

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">BMI calculator</h1>
        <p className="text-stone-700">
          For adults and for children and teens from 2 to 19. Adults get the WHO category; children get a percentile
          from the CDC growth charts for their age and sex.
        </p>
        <div className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
          <BmiForm key={JSON.stringify(values)} initialValues={values} initialErrors={errors} />
        </div>
      </div>
      <div aria-live="polite">
        {outcome?.ok ? (
          <BmiResultView
            result={outcome.result}
            details={outcome.details}
            units={units}
            save={<SaveSlot values={values} details={outcome.details} />}
          />
        ) : outcome && outcome.error.code !== "invalid_input" ? (
          <div role="alert" className="rounded-2xl border border-amber-200 bg-amber-50 p-5 text-amber-950">
            <h2 className="font-semibold">BMI is not used for this age</h2>
            <p className="mt-1">{outcome.error.message}</p>
          </div>
        ) : (
          <div className="rounded-2xl border border-dashed border-stone-300 p-6 text-stone-600">
            <h2 className="font-semibold text-stone-800">How it works</h2>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
              <li>BMI is weight in kilograms divided by height in metres squared.</li>
              <li>From age 20, the WHO classes apply: healthy weight is 18.5 to under 25.</li>
              <li>From 2 to 19, BMI changes with age and differs for boys and girls, so the result is a percentile.</li>
              <li>
                Add your waist to see your waist-to-height ratio, a better guide to health risk for muscular people.
              </li>
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
