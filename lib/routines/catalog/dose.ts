// Small builders for prescriptions and the safety sentences every entry shares, so the catalogue
// reads as content rather than as object noise, and the invariant "exactly one of holdSeconds / reps"
// holds by construction.
import type { Prescription, RoutineStepContent } from "../types";

type DoseOptions = { perSide?: boolean; rest?: number };

/** A timed hold (or a timed bout of continuous movement such as walking or breathing). */
export function hold(seconds: number, sets: number, { perSide = false, rest = 15 }: DoseOptions = {}): Prescription {
  return { holdSeconds: seconds, reps: null, sets, perSide, restSeconds: rest };
}

/** Counted repetitions. */
export function reps(count: number, sets: number, { perSide = false, rest = 30 }: DoseOptions = {}): Prescription {
  return { holdSeconds: null, reps: count, sets, perSide, restSeconds: rest };
}

/** A routine step; the dose may differ from the exercise's default, as it is one part of a session. */
export function step(exerciseSlug: string, prescription: Prescription, note: string | null = null): RoutineStepContent {
  return { exerciseSlug, prescription, note };
}

/** The one rule that applies to everything we suggest: nerve symptoms and dizziness end the session. */
export const STOP_RULE = "Stop if pain shoots down a leg, or you feel dizzy or numb.";

/** For moves done flat on the back, which are fine early in pregnancy but not for long spells later. */
export const SUPINE_PREGNANCY_NOTE =
  "Pregnant and past the first trimester? Keep time flat on your back short, and check with your midwife or doctor.";
