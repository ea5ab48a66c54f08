/** Rounding and number wording shared by the public result and the explanation text. */

/** Rounds half away from zero to `decimals` places; never returns -0. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return rounded + 0; // turns -0 into 0
}

/**
 * BMI is shown and returned to 2 decimals, as the NHS and CDC calculators show it (180 cm, 65 kg
 * is "20.06", not "20.1"). Only the display is rounded: categories are decided on the full value.
 */
export const BMI_DECIMALS = 2;

export function roundBmi(bmi: number): number {
  return round(bmi, BMI_DECIMALS);
}

/** "20.06": the BMI as the calculator, the explanation and the API show it. */
export function formatBmiValue(bmi: number): string {
  return roundBmi(bmi).toFixed(BMI_DECIMALS);
}

/** Lowest and highest percentiles the public result shows (see roundPercentile). */
export const MIN_SHOWN_PERCENTILE = 0.1;
export const MAX_SHOWN_PERCENTILE = 99.99;

/**
 * Percentile for display: 1 decimal, or 2 from the 99th up where the extended method spreads
 * children out. Kept within [0.1, 99.99] so rounding never shows the impossible 0th or 100th.
 */
export function roundPercentile(percentile: number): number {
  if (percentile >= 99) return Math.min(round(percentile, 2), MAX_SHOWN_PERCENTILE);
  return Math.max(round(percentile, 1), MIN_SHOWN_PERCENTILE);
}

/** "92.2nd", "99.77th", "85.0th", "0.1st": the suffix follows the last digits as written. */
export function ordinal(text: string): string {
  const lastTwo = text.replace(/\D/g, "").slice(-2).padStart(2, "0");
  const last = lastTwo[1];
  if (lastTwo[0] === "1") return `${text}th`;
  if (last === "1") return `${text}st`;
  if (last === "2") return `${text}nd`;
  if (last === "3") return `${text}rd`;
  return `${text}th`;
}

/** The displayed percentile as a phrase: "the 92.2nd percentile", "above the 99.99th percentile". */
export function percentilePhrase(percentile: number): string {
  const shown = roundPercentile(percentile);
  const text = shown.toFixed(percentile >= 99 ? 2 : 1);
  if (shown === MAX_SHOWN_PERCENTILE && round(percentile, 2) > MAX_SHOWN_PERCENTILE) {
    return `above the ${ordinal(text)} percentile`;
  }
  if (shown === MIN_SHOWN_PERCENTILE && round(percentile, 1) < MIN_SHOWN_PERCENTILE) {
    return `below the ${ordinal(text)} percentile`;
  }
  return `at the ${ordinal(text)} percentile`;
}

/** "9 years 6 months", "2 years", "1 year 1 month" from an agemos. */
export function ageWords(ageMonths: number): string {
  const years = Math.floor(ageMonths / 12);
  const months = Math.floor(ageMonths - years * 12);
  const y = `${years} year${years === 1 ? "" : "s"}`;
  return months === 0 ? y : `${y} ${months} month${months === 1 ? "" : "s"}`;
}
