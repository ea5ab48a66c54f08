import type { Metadata } from "next";
import { BmiForm } from "@/components/bmi/bmi-form";
import { BmiResultView } from "@/components/bmi/bmi-result";
import { formValuesFrom } from "@/components/bmi/form-fields";
import { evaluateBmi } from "@/lib/bmi/evaluate";
import { formatBmiValue } from "@/lib/bmi/format";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(props: Props) {
  const values = formValuesFrom(await props.searchParams);
  // Only a submitted form (any measurement present) is evaluated; a bare /bmi shows an empty form.
  const submitted = ["age", "heightCm", "heightFt", "weightKg", "weightLb"].some((name) => values[name as keyof typeof values]);
  return { values, outcome: submitted ? evaluateBmi(values) : null };
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
    description: "BMI in metric or US units with WHO adult categories, NICE thresholds and CDC percentiles for ages 2 to 19.",
  };
}

export default async function BmiPage(props: Props) {
  const { values, outcome } = await load(props);
  const errors = outcome && !outcome.ok ? outcome.error.fields : {};
  const units = values.units === "us" ? "us" : "metric";

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">BMI calculator</h1>
        <p className="text-stone-700">
          For adults and for children and teens from 2 to 19. Adults get the WHO category; children get a percentile from
          the CDC growth charts for their age and sex.
        </p>
        <div className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
          <BmiForm key={JSON.stringify(values)} initialValues={values} initialErrors={errors} />
        </div>
      </div>
      <div aria-live="polite">
        {outcome?.ok ? (
          <BmiResultView result={outcome.result} details={outcome.details} units={units} />
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
              <li>Add your waist to see your waist-to-height ratio, a better guide to health risk for muscular people.</li>
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
