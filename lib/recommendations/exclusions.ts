// Hard rules: why a routine must not be offered to this person today. Every reason that applies
// is listed (not just the first), so the person sees the whole picture. Sources in rules.ts.
import { CONDITIONS } from "@/lib/routines/types";
import type { Person } from "./person";
import {
  CONDITION_LABELS,
  HIGH_PAIN,
  INVERSION_CONTRAINDICATIONS,
  INVERSION_MAX_BMI,
  INVERSION_MIN_AGE,
  MODERATE_PAIN,
} from "./rules";
import type { EngineRoutine } from "./types";

export const PAIN_HIGH_REASON = `Your pain is ${HIGH_PAIN}/10 or more: gentle routines only today`;
export const PAIN_MODERATE_REASON = `Your pain is ${MODERATE_PAIN}–${HIGH_PAIN - 1}/10: no hard routines today`;
export const INVERSION_AGE_REASON = `Inversion is not suitable under ${INVERSION_MIN_AGE}`;
export const INVERSION_BMI_REASON = `Inversion is not suitable with a BMI of ${INVERSION_MAX_BMI} or more`;

export function inversionConditionReason(label: string): string {
  return `Inversion is not safe with ${label}`;
}

export function contraindicationReason(label: string): string {
  return `One of its exercises is not safe with ${label}`;
}

export function exclusionReasons(routine: EngineRoutine, person: Person): string[] {
  const reasons: string[] = [];
  // Conditions are walked in CONDITIONS order so the reasons read the same whatever order they came in.
  const inversionConditions = new Set(
    routine.usesInversion
      ? CONDITIONS.filter((c) => person.conditions.has(c) && INVERSION_CONTRAINDICATIONS.includes(c))
      : [],
  );

  // Inversion: head-down raises blood and eye pressure and loads the joints [NHS][SEEDS 000, 001].
  if (routine.usesInversion) {
    for (const condition of inversionConditions) reasons.push(inversionConditionReason(CONDITION_LABELS[condition]));
    if (person.age < INVERSION_MIN_AGE) reasons.push(INVERSION_AGE_REASON);
    if (person.bmi !== null && person.bmi >= INVERSION_MAX_BMI) reasons.push(INVERSION_BMI_REASON);
  }

  // Any exercise's own contraindication, inversion or not; a condition already named above is not repeated.
  const routineContraindications = new Set(routine.contraindications);
  for (const condition of CONDITIONS) {
    if (
      person.conditions.has(condition) &&
      routineContraindications.has(condition) &&
      !inversionConditions.has(condition)
    ) {
      reasons.push(contraindicationReason(CONDITION_LABELS[condition]));
    }
  }

  // Pain today: high pain → gentle only [SEEDS 002: rest the back, moving gently is good];
  // moderate pain → nothing hard (our call: a hard routine on a 4–6/10 day risks a flare, ADR 0008).
  if (person.painNow >= HIGH_PAIN && routine.intensity !== "gentle") reasons.push(PAIN_HIGH_REASON);
  else if (person.painNow >= MODERATE_PAIN && routine.intensity === "hard") reasons.push(PAIN_MODERATE_REASON);

  return reasons;
}
