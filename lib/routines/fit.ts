// Which slice of the routine catalogue a BMI result points to (pure). Higher BMI → low-impact routines
// first, the same rule the recommendation engine ranks by (ADR 0008); other results see them all.
import type { BmiCategory } from "@/lib/bmi/types";

const HIGHER: ReadonlySet<BmiCategory> = new Set<BmiCategory>([
  "obese_class_1",
  "obese_class_2",
  "obese_class_3",
  "obesity",
  "severe_obesity",
]);

export function routinesHrefForBmi(category: BmiCategory): string {
  return HIGHER.has(category) ? "/routines?tag=low_impact" : "/routines";
}
