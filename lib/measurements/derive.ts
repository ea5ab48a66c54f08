/**
 * From a stored measurement and the person's profile to what the app shows: BMI and its
 * interpretation at the person's age on the date of the measurement. Pure: no Next or Prisma.
 */
import { classifyBmi } from "@/lib/bmi/classify";
import { ADULT_AGE_MONTHS, MIN_AGE_MONTHS } from "@/lib/bmi/constants";
import type { Background, Sex } from "@/lib/bmi/types";
import { DAYS_PER_MONTH, addDays, ageInMonths } from "@/lib/dates/calendar";
import { parseIsoDate, toIsoDate } from "./dates";
import type { MeasurementView } from "./types";

const MS_PER_DAY = 86_400_000;

/**
 * Exact age in months on a date, as CDC's SAS program computes agemos: whole days between the two
 * calendar dates / 30.4375. The dashboard's percentile curves use the same function, so curves and
 * entries switch categories on the same day.
 */
export { ageInMonths };

/**
 * The first date on which someone born on `birthDate` is 24 agemos old: birth + 731 days. BMI-for-
 * age starts at 24.0 months, and 24 × 30.4375 = 730.5 days, so in a span without 29 February the
 * calendar 2nd birthday (730 days) is still 23.98 months and is not yet assessable.
 */
export function earliestEntryDate(birthDate: string): string {
  return addDays(birthDate, Math.ceil(MIN_AGE_MONTHS * DAYS_PER_MONTH));
}

/**
 * The rule that no entry may be dated before age 2 (BMI is not used for younger children, and
 * before birth there is nothing to log). Null when the date is fine or the birth date is unknown.
 */
export function ageRuleProblem(birthDate: string | null, measuredOn: string): string | null {
  if (birthDate === null) return null;
  if (measuredOn < birthDate) return "This date is before your date of birth";
  const earliest = earliestEntryDate(birthDate);
  if (measuredOn < earliest) {
    return `BMI is used from age 2, so measurements can start on ${earliest}`;
  }
  return null;
}

/** The birth date rowAgeInMonths read last (a list derives many rows of one person). */
let lastBirth: { text: string; day: number } | null = null;

/**
 * ageInMonths for a row, without re-reading the same birth date for every row of a list and
 * without building Date objects (Next.js wraps the Date constructor on the server, which makes
 * each one slow): a `date` column arrives as UTC midnight, whose day number is its time / 1 day,
 * or as its "YYYY-MM-DD" text (getSeries). Same result as ageInMonths(birthDate, toIsoDate(measuredOn)),
 * including its RangeErrors.
 */
function rowAgeInMonths(birthDate: string, measuredOn: Date | string): number {
  if (lastBirth?.text !== birthDate) {
    const day = parseIsoDate(birthDate);
    if (day === null) return ageInMonths(birthDate, toIsoDate(measuredOn)); // throws
    lastBirth = { text: birthDate, day };
  }
  const day = typeof measuredOn === "string" ? parseIsoDate(measuredOn) : Math.floor(measuredOn.getTime() / MS_PER_DAY);
  if (day === null) return ageInMonths(birthDate, toIsoDate(measuredOn)); // throws
  return (day - lastBirth.day) / DAYS_PER_MONTH;
}

/** A stored row as the database returns it (or as plain strings). */
export type MeasurementRow = {
  id: string;
  measuredOn: Date | string;
  weightKg: number;
  heightCm: number;
  waistCm: number | null;
  createdAt: Date | string;
};

/** What derivation needs from the profile: read once per request, not per row. */
export type DerivationProfile = { birthDate: string | null; sex: Sex | null; background: Background };

/** Labels for rows the engine cannot judge (see deriveMeasurement). */
export const NOT_ASSESSED_LABELS = {
  noSex: "Not assessed: add your sex to your profile to see the percentile",
  under2: "Not assessed: BMI is not used for children under 2",
} as const;

/**
 * The view of one row.
 *
 * - No birth date on the profile: treated as an adult (WHO classes, with the profile's NICE
 *   setting), ageMonths null. The app asks adults for little, so this is the common case.
 * - 20 years and over on that date: WHO class (or NICE lower thresholds), percentile null.
 * - 2 to under 20 with sex on the profile: CDC percentile and its category.
 * - Cases the engine cannot judge — a child whose profile has no sex (the CDC curves differ by
 *   sex), or a date before 24 months (only possible once the birth date is edited after logging) —
 *   never throw and are never passed off as adults. They come back as group "child" with
 *   percentile null, a categoryLabel that says "Not assessed" and why, and, because the contract
 *   needs a category, the WHO adult class of the BMI as a placeholder. `isAssessed(view)` (./view)
 *   tells them apart; pages must not colour or advise from `category` when it is false.
 */
export function deriveMeasurement(row: MeasurementRow, profile: DerivationProfile): MeasurementView {
  const measuredOn = toIsoDate(row.measuredOn);
  const ageMonths = profile.birthDate === null ? null : rowAgeInMonths(profile.birthDate, row.measuredOn);
  const { heightCm, weightKg } = row;

  // classifyBmi, not computeBmi: a row shows BMI, category and percentile only, and the dashboard
  // derives thousands of rows per request; the calculator's explanation, bands and healthy-weight
  // range would be built for each and thrown away. Both give identical answers (lib/bmi tests).
  let judged: Pick<MeasurementView, "bmi" | "category" | "categoryLabel" | "group" | "percentile">;
  if (ageMonths === null || ageMonths >= ADULT_AGE_MONTHS) {
    const result = classifyBmi({
      heightCm,
      weightKg,
      ageMonths: ageMonths ?? ADULT_AGE_MONTHS,
      background: profile.background,
    });
    judged = {
      bmi: result.bmi,
      category: result.category,
      categoryLabel: result.categoryLabel,
      group: "adult",
      percentile: null,
    };
  } else if (ageMonths >= MIN_AGE_MONTHS && profile.sex !== null) {
    const result = classifyBmi({ heightCm, weightKg, ageMonths, sex: profile.sex, background: profile.background });
    judged = {
      bmi: result.bmi,
      category: result.category,
      categoryLabel: result.categoryLabel,
      group: "child",
      percentile: result.percentile,
    };
  } else {
    // Not assessable: the BMI itself is still a fact worth showing; its judgement is not.
    const placeholder = classifyBmi({ heightCm, weightKg, ageMonths: ADULT_AGE_MONTHS, background: "default" });
    const categoryLabel = ageMonths < MIN_AGE_MONTHS ? NOT_ASSESSED_LABELS.under2 : NOT_ASSESSED_LABELS.noSex;
    judged = { bmi: placeholder.bmi, category: placeholder.category, categoryLabel, group: "child", percentile: null };
  }
  // One object literal, no spreads: V8 builds `{ ...base, more }` through a slow generic path,
  // which cost several microseconds per row (most of the dashboard's derivation time). Keys in
  // the order they always had, so JSON output is unchanged.
  return {
    id: row.id,
    measuredOn,
    weightKg,
    heightCm,
    waistCm: row.waistCm,
    ageMonths,
    createdAt: typeof row.createdAt === "string" ? row.createdAt : row.createdAt.toISOString(),
    bmi: judged.bmi,
    category: judged.category,
    categoryLabel: judged.categoryLabel,
    group: judged.group,
    percentile: judged.percentile,
  };
}

export { isAssessed } from "./view";
