/**
 * The plain-language paragraph and the source line for a result. Numbers are rounded exactly as
 * in the public result so the text never disagrees with the figures shown next to it.
 */
import { ADULT_HEALTHY_BMI_MIN, adultHealthyBmiMax } from "./adult";
import { ageWords, formatBmiValue, percentilePhrase, round } from "./format";
import type { AdultBmiResult, AdultCategory, BmiBand, ChildBmiResult, ChildCategory, WaistResult } from "./types";
import { kgToLb } from "./units";

type Draft<T> = Omit<T, "explanation" | "reference">;

export const NICE_BACKGROUNDS =
  "South Asian, Chinese, other Asian, Middle Eastern, Black African or African-Caribbean family background";

const CHILD_RANGE: Readonly<Record<ChildCategory, string>> = {
  underweight: "below the 5th percentile",
  healthy_weight: "the 5th to under the 85th percentile",
  overweight: "the 85th to under the 95th percentile",
  obesity: "at or above the 95th percentile",
  severe_obesity: "at or above 120% of the 95th percentile, or a BMI of 35 or more",
};

/** "Obese class I" → "obese class I" (a plain toLowerCase would give "class i"). */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function adultRange(category: AdultCategory, bands: readonly BmiBand[]): string {
  const index = bands.findIndex((b) => b.code === category);
  const band = bands[index];
  if (band === undefined) return "";
  // The outer bands' display limits are not real limits, so word them as open-ended.
  if (index === 0) return `under ${band.to}`;
  if (index === bands.length - 1) return `${band.from} or more`;
  return `${band.from} to under ${band.to}`;
}

function weightRange(range: { min: number; max: number } | null): string {
  if (range === null) return "";
  const one = (n: number) => round(n, 1).toFixed(1);
  const kg = `${one(range.min)} to ${one(range.max)} kg`;
  const lb = `${one(kgToLb(range.min))} to ${one(kgToLb(range.max))} lb`;
  return `${kg} (${lb})`;
}

function waistSentence(waist: WaistResult | null): string {
  if (waist === null) return "";
  return (
    ` A waist-to-height ratio of ${round(waist.waistToHeightRatio, 2).toFixed(2)} means ` +
    `${lowerFirst(waist.riskLabel)} (NICE advises keeping your waist to less than half your height).`
  );
}

const WAIST_SOURCE = "; waist-to-height ratio bands from NICE NG246";

export function adultReference(r: Draft<AdultBmiResult>): string {
  const base =
    r.background === "adjusted"
      ? `WHO adult BMI classification with NICE thresholds for people of ${NICE_BACKGROUNDS} (NICE NG246: ` +
        `overweight from 23, obesity from 27.5)`
      : "WHO adult BMI classification";
  return base + (r.waist ? WAIST_SOURCE : "");
}

export function explainAdult(r: Draft<AdultBmiResult>): string {
  const scheme =
    r.background === "adjusted"
      ? `the WHO adult classification with NICE's lower thresholds for people of ${NICE_BACKGROUNDS}`
      : "the WHO adult classification";
  const healthy = `${ADULT_HEALTHY_BMI_MIN} to under ${adultHealthyBmiMax(r.background)}`;
  return (
    `A BMI of ${formatBmiValue(r.bmi)} is in the ${lowerFirst(r.categoryLabel)} range ` +
    `(${adultRange(r.category, r.bands)}) of ${scheme}. ` +
    `For this height, a healthy weight (BMI ${healthy}) is about ${weightRange(r.healthyWeightKg)}.` +
    waistSentence(r.waist) +
    " BMI is a screening measure: it does not tell fat from muscle, so read it together with other" +
    " measures such as waist size, and ask a health professional about what it means for you."
  );
}

export function childReference(r: Draft<ChildBmiResult>): string {
  const base =
    r.method === "extended"
      ? "CDC 2000 BMI-for-age growth charts with the CDC 2022 extended BMI-for-age method"
      : "CDC 2000 BMI-for-age growth charts";
  return base + (r.waist ? WAIST_SOURCE : "");
}

export function explainChild(r: Draft<ChildBmiResult>): string {
  const who = `${r.sex === "male" ? "a boy" : "a girl"} aged ${ageWords(r.input.ageMonths)}`;
  const extended =
    r.method === "extended"
      ? ` This BMI is ${round(r.percentOfP95, 1).toFixed(1)}% of the 95th percentile; at this level CDC's` +
        " extended method is used, which describes very high BMIs more accurately than the original charts."
      : "";
  return (
    `For ${who}, a BMI of ${formatBmiValue(r.bmi)} is ${percentilePhrase(r.percentile)} ` +
    `(z-score ${round(r.zScore, 2).toFixed(2)}) on the CDC BMI-for-age growth charts, ` +
    `which is in the ${lowerFirst(r.categoryLabel)} range (${CHILD_RANGE[r.category]}).` +
    extended +
    ` For this height and age, a healthy weight (5th to under the 85th percentile) is about ` +
    `${weightRange(r.healthyWeightKg)}.` +
    waistSentence(r.waist) +
    " Children's BMI is compared with children of the same age and sex because body fat changes as" +
    " they grow; a health professional can look at growth over time."
  );
}
