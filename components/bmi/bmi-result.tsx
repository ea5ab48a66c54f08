import { formatBmiValue } from "@/lib/bmi/format";
import type { BmiResult, PublicBmiResult } from "@/lib/bmi/types";
import { kgToLb } from "@/lib/bmi/units";
import type { ReactNode } from "react";
import { routinesHrefForBmi } from "@/lib/routines/fit";
import { BmiScale } from "./bmi-scale";
import { categoryStyle } from "./category-style";
import { ShareLink } from "./share-link";

function ordinal(value: number): string {
  const text = String(value);
  const whole = Math.trunc(value);
  if (!Number.isInteger(value)) return `${text}th`;
  const suffix =
    whole % 100 >= 11 && whole % 100 <= 13
      ? "th"
      : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[whole % 10] ?? "th");
  return `${text}${suffix}`;
}

function weight(kg: number, units: "metric" | "us"): string {
  return units === "us" ? `${kgToLb(kg).toFixed(0)} lb` : `${kg.toFixed(1)} kg`;
}

export function BmiResultView({
  result,
  details,
  units,
  save,
}: {
  result: PublicBmiResult;
  details: BmiResult;
  units: "metric" | "us";
  /** "Save to my log" or "Sign in to save", decided by the page (it knows who is signed in). */
  save?: ReactNode;
}) {
  const style = categoryStyle(result.category);
  const stats: { label: string; value: string; note?: string }[] = [];
  if (result.percentile !== null) {
    const extendedMethod = details.group === "child" && details.method === "extended";
    stats.push({
      label: "BMI-for-age percentile",
      value: ordinal(result.percentile),
      note: `z-score ${result.zScore?.toFixed(2)}${extendedMethod ? " (CDC extended method)" : ""}`,
    });
  }
  if (result.percentOfP95 !== null)
    stats.push({
      label: "Percent of the 95th percentile",
      value: `${result.percentOfP95}%`,
      note: "120% or more is severe obesity",
    });
  if (result.healthyWeightKg) {
    stats.push({
      label: result.group === "child" ? "Healthy weight for this height and age" : "Healthy weight for your height",
      value: `${weight(result.healthyWeightKg.min, units)} – ${weight(result.healthyWeightKg.max, units)}`,
    });
  }
  // Adults only (null for children): it is read against the adult healthy limit.
  if (result.bmiPrime !== null) {
    const adjusted = details.group === "adult" && details.background === "adjusted";
    stats.push({
      label: "BMI Prime",
      value: result.bmiPrime.toFixed(2),
      note: adjusted
        ? "BMI ÷ 25; with the NICE thresholds the healthy range ends at 0.92"
        : "BMI ÷ 25; 1.00 is the top of the healthy range",
    });
  }
  stats.push({ label: "Ponderal index", value: `${result.ponderalIndex} kg/m³` });
  if (result.waistToHeightRatio !== null && details.waist) {
    stats.push({
      label: "Waist-to-height ratio",
      value: result.waistToHeightRatio.toFixed(2),
      note: details.waist.riskLabel,
    });
  }

  return (
    <section
      id="result"
      aria-labelledby="result-heading"
      className="space-y-6 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
      tabIndex={-1}
    >
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id="result-heading" className="text-sm font-medium uppercase tracking-wide text-stone-600">
            Your result
          </h2>
          <p className="mt-1 flex items-baseline gap-3">
            <span className="text-5xl font-bold tabular-nums text-stone-900" data-testid="bmi-value">
              {formatBmiValue(result.bmi)}
            </span>
            <span className="text-sm text-stone-600">kg/m²</span>
          </p>
        </div>
        <p
          className={`rounded-full px-4 py-1.5 text-sm font-semibold ring-1 ${style.badge}`}
          data-testid="bmi-category"
        >
          {result.categoryLabel}
        </p>
      </div>

      <BmiScale bands={details.bands} bmi={details.bmi} categoryLabel={result.categoryLabel} />

      {Object.keys(result.ignored).length > 0 ? (
        <ul
          className="space-y-1 rounded-xl border border-stone-200 bg-stone-50 p-3 text-sm text-stone-700"
          data-testid="bmi-ignored"
        >
          {Object.entries(result.ignored).map(([key, message]) => (
            <li key={key}>{message}</li>
          ))}
        </ul>
      ) : null}

      <dl className="grid gap-3 sm:grid-cols-2">
        {stats.map((stat) => (
          <div key={stat.label} className="rounded-xl bg-stone-50 p-3">
            <dt className="text-xs font-medium text-stone-600">{stat.label}</dt>
            <dd className="text-lg font-semibold tabular-nums text-stone-900">{stat.value}</dd>
            {stat.note ? <dd className="text-xs text-stone-600">{stat.note}</dd> : null}
          </div>
        ))}
      </dl>

      <div className="space-y-2 text-stone-700">
        <p data-testid="bmi-explanation">{result.explanation}</p>
        <p className="text-sm text-stone-600">Reference: {result.reference}. This is guidance, not a diagnosis.</p>
      </div>

      <p className="rounded-xl bg-brand-50 p-3 text-sm text-brand-900">
        {/* A plain link: a filtered catalogue is a server rewrite the client router would not follow (ADR 0023). */}
        <a href={routinesHrefForBmi(result.category)} className="font-semibold underline">
          Back-care routines that suit this result
        </a>{" "}
        — decompression, stretching and core work
        {routinesHrefForBmi(result.category).includes("low_impact") ? ", low-impact first" : ""}.
      </p>

      {save}

      <ShareLink />
    </section>
  );
}
