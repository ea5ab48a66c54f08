// The public API's path: a validated check-in (with height and weight instead of a stored BMI)
// straight to a recommendation. The BMI is computed by lib/bmi so the app has one BMI, never two.
import { classifyBmi } from "@/lib/bmi/classify";
import type { BmiCategory } from "@/lib/bmi/types";
import { recommend } from "./engine";
import type { CheckInInput } from "./schema";
import type { EngineRoutine, Recommendation, SessionRecord } from "./types";

type BmiContext = { bmi: number | null; bmiGroup: "adult" | "child" | null; bmiCategory: BmiCategory | null };

/** lib/bmi reads adults (20+) by WHO class; younger people by CDC percentile, which needs sex. */
const ADULT_AGE_YEARS = 20;

/**
 * BMI from the check-in's height and weight, when both are there. Adults get their WHO category.
 * A child's category needs sex (CDC percentiles are by sex); without it the group is "child" and
 * the category unknown, so BMI does not change the ranking (see person.ts), while the BMI ≥ 40
 * inversion exclusion still applies to the number itself.
 */
export function bmiFromCheckIn(checkIn: CheckInInput): BmiContext {
  const { heightCm, weightKg, age, sex } = checkIn;
  if (heightCm === undefined || weightKg === undefined) return { bmi: null, bmiGroup: null, bmiCategory: null };
  if (age < ADULT_AGE_YEARS && sex === undefined) {
    const heightM = heightCm / 100;
    return { bmi: weightKg / (heightM * heightM), bmiGroup: "child", bmiCategory: null };
  }
  // Years × 12, as lib/bmi's schema converts them. The check-in does not ask about family
  // background, so the WHO (default) adult thresholds apply.
  const result = classifyBmi({ heightCm, weightKg, ageMonths: age * 12, sex, background: "default" });
  return { bmi: result.bmi, bmiGroup: result.group, bmiCategory: result.category };
}

/**
 * What POST /api/v1/recommendations answers. `today` ("YYYY-MM-DD") turns on the "done today /
 * yesterday" rule; history is the person's sessions, newest first (empty for the anonymous API).
 */
export function recommendFromCheckIn(
  checkIn: CheckInInput,
  catalogue: readonly EngineRoutine[],
  history: readonly SessionRecord[] = [],
  today?: string,
): Recommendation {
  return recommend({
    age: checkIn.age,
    ...bmiFromCheckIn(checkIn),
    checkIn,
    history,
    catalogue,
    ...(today !== undefined && { today }),
  });
}
