import Link from "next/link";
import { Field, inputClass } from "@/components/ui/field";

/**
 * The BMI calculator inside an article: the calculator page's GET form in its plain HTML form,
 * without the page's client-side enhancement, so the article stays free of JavaScript of its own.
 * It sends the reader to /bmi with the result; the full calculator there has US units and waist.
 */
export function ArticleCalculator() {
  return (
    <section aria-labelledby="article-calculator" className="rounded-2xl border border-brand-100 bg-brand-50 p-5">
      <h2 id="article-calculator" className="text-lg font-semibold text-brand-900">
        Work out your BMI
      </h2>
      <form action="/bmi" method="get" className="mt-3 grid gap-3 sm:grid-cols-3">
        <input type="hidden" name="units" value="metric" />
        <Field id="calc-age" label="Age (years)">
          <input
            id="calc-age"
            name="age"
            type="number"
            inputMode="decimal"
            min={2}
            max={120}
            step="any"
            required
            className={inputClass()}
          />
        </Field>
        <Field id="calc-height" label="Height (cm)">
          <input
            id="calc-height"
            name="heightCm"
            type="number"
            inputMode="decimal"
            min={50}
            max={272}
            step="any"
            required
            className={inputClass()}
          />
        </Field>
        <Field id="calc-weight" label="Weight (kg)">
          <input
            id="calc-weight"
            name="weightKg"
            type="number"
            inputMode="decimal"
            min={2}
            max={650}
            step="any"
            required
            className={inputClass()}
          />
        </Field>
        <fieldset className="sm:col-span-3">
          <legend className="text-sm font-medium text-stone-800">Sex (needed under 20)</legend>
          <div className="mt-1 flex gap-4">
            {(["female", "male"] as const).map((option) => (
              <label key={option} className="flex items-center gap-2">
                <input type="radio" name="sex" value={option} className="h-4 w-4 accent-brand-600" />
                {option === "female" ? "Female" : "Male"}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-3">
          <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            Calculate BMI
          </button>
          <Link href="/bmi?units=us" className="text-sm text-brand-900 underline">
            Use feet, inches and pounds
          </Link>
        </div>
      </form>
    </section>
  );
}
