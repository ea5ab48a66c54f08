// What the rules need to know about the person, worked out once per recommendation: the engine's
// input is generous (optional fields, a BMI with or without its group), the rules read this.
import type { BmiCategory } from "@/lib/bmi/types";
import type { Condition, Experience } from "@/lib/routines/types";
import { HIGHER_BMI_ADULT } from "./rules";
import type { EngineInput } from "./types";

export type Person = {
  age: number;
  bmi: number | null;
  /** Low-impact routines first (rules.ts: HIGHER_BMI_ADULT, or a child's obesity percentile). */
  higherBmi: boolean;
  painNow: number;
  painWeeks: number | null;
  afterLifting: boolean;
  experience: Experience | null;
  conditions: ReadonlySet<Condition>;
};

/** BMI categories at or above obesity: WHO classes for adults (or NICE's lowered ones), CDC's ≥ P95 for children. */
const HIGHER_CATEGORIES: ReadonlySet<BmiCategory> = new Set<BmiCategory>([
  "obese_class_1",
  "obese_class_2",
  "obese_class_3",
  "obesity",
  "severe_obesity",
]);

/**
 * "Higher BMI" for ranking. A known category decides (it already applies the right thresholds:
 * NICE's lowered adult ones, or CDC percentiles for children). Without one, the adult line of 30
 * applies only to adults: a child's BMI means nothing without the percentile for age and sex, so
 * under 20 with no category the BMI does not change the ranking at all.
 */
function isHigherBmi(input: EngineInput): boolean {
  if (input.bmi === null) return false;
  if (input.bmiCategory) return HIGHER_CATEGORIES.has(input.bmiCategory);
  const group = input.bmiGroup ?? (input.age >= 20 ? "adult" : "child");
  return group === "adult" && input.bmi >= HIGHER_BMI_ADULT;
}

/** Input the engine cannot reason about is a caller's bug (the schema refuses it), so it throws. */
function assertInput(input: EngineInput): void {
  const { age, bmi, checkIn } = input;
  if (!(Number.isFinite(age) && age >= 0)) throw new RangeError(`age must be a finite number of years, got ${age}`);
  if (bmi !== null && !(Number.isFinite(bmi) && bmi > 0))
    throw new RangeError(`bmi must be a positive number or null, got ${bmi}`);
  const pain = checkIn.painNow;
  if (!(Number.isInteger(pain) && pain >= 0 && pain <= 10))
    throw new RangeError(`painNow must be a whole number 0–10, got ${pain}`);
  const weeks = checkIn.painWeeks;
  if (weeks !== undefined && !(Number.isFinite(weeks) && weeks >= 0))
    throw new RangeError(`painWeeks must be ≥ 0, got ${weeks}`);
}

export function personFrom(input: EngineInput): Person {
  assertInput(input);
  const { checkIn } = input;
  return {
    age: input.age,
    bmi: input.bmi,
    higherBmi: isHigherBmi(input),
    painNow: checkIn.painNow,
    painWeeks: checkIn.painWeeks ?? null,
    afterLifting: checkIn.afterLifting === true,
    experience: checkIn.experience ?? null,
    conditions: new Set(checkIn.conditions),
  };
}
