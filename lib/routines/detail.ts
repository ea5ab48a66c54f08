// The shapes pages and the guided player read: a routine with its ordered steps, each step carrying
// its exercise and that exercise's easier and harder variants (so progression needs no extra query).
// Pure: built from database rows by lib/routines/queries.server.ts, and from the seed catalogue in tests.
import type { Condition, ExerciseKind, Illustration, Intensity, Prescription } from "./types";

export type ExerciseSummary = {
  slug: string;
  name: string;
  kind: ExerciseKind;
  intensity: Intensity;
  summary: string;
  steps: string[];
  equipment: string[];
  usesInversion: boolean;
  contraindications: Condition[];
  safetyNotes: string[];
  illustration: Illustration;
  prescription: Prescription;
};

export type RoutineStepDetail = {
  position: number;
  prescription: Prescription;
  note: string | null;
  exercise: ExerciseSummary;
  easier: ExerciseSummary | null;
  harder: ExerciseSummary | null;
};

export type RoutineCard = {
  slug: string;
  name: string;
  goal: string;
  summary: string;
  kind: ExerciseKind;
  intensity: Intensity;
  suitableFor: string;
  tags: string[];
  minutes: number;
  usesInversion: boolean;
  /** Union of its exercises' contraindications. */
  contraindications: Condition[];
  exerciseCount: number;
};

export type RoutineDetail = RoutineCard & { steps: RoutineStepDetail[] };

export type Progression = "easier" | "standard" | "harder";

/**
 * The exercise to do at a step for a progression: the easier or harder variant when there is one,
 * else the exercise itself. The routine's own prescription stays (the variant is the same slot).
 */
export function exerciseFor(step: RoutineStepDetail, progression: Progression): ExerciseSummary {
  if (progression === "easier" && step.easier) return step.easier;
  if (progression === "harder" && step.harder) return step.harder;
  return step.exercise;
}

/** "30 s hold", "10 reps × 2 sets, each side", "rest 15 s": how much to do, in words. */
export function describePrescription(p: Prescription): string {
  const work = p.holdSeconds !== null ? `${p.holdSeconds} s hold` : `${p.reps ?? 0} reps`;
  const sets = p.sets > 1 ? ` × ${p.sets} sets` : "";
  const side = p.perSide ? ", each side" : "";
  const rest = p.restSeconds > 0 ? `; rest ${p.restSeconds} s` : "";
  return `${work}${sets}${side}${rest}`;
}
