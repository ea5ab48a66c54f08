// The vocabulary of back-care content: exercises, routines and the health codes that gate them.
// Pure types and constants (no Next, React or Prisma), shared by the seed catalogue, the database
// layer, the recommendation engine and the pages. The string values are also the Prisma enum values
// and the JSON API's codes, so they never change meaning once published.

export const EXERCISE_KINDS = ["decompression", "stretching", "core", "strength", "mobility"] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

export const INTENSITIES = ["gentle", "moderate", "hard"] as const;
export type Intensity = (typeof INTENSITIES)[number];

/** Health conditions a person can report; each exercise lists the ones it must never be used with. */
export const CONDITIONS = [
  "high_blood_pressure",
  "glaucoma",
  "pregnancy",
  "heart_disease",
  "stroke",
  "osteoporosis",
  "hernia",
  "blood_thinners",
  "ear_infection",
] as const;
export type Condition = (typeof CONDITIONS)[number];

/** Red-flag symptoms (NICE NG59, NHS): any of these means a doctor, not exercise. */
export const RED_FLAGS = [
  "bladder_bowel",
  "saddle_numbness",
  "leg_weakness",
  "trauma",
  "fever",
  "weight_loss",
  "cancer_history",
  "night_pain",
] as const;
export type RedFlag = (typeof RED_FLAGS)[number];

export const EXPERIENCE_LEVELS = ["beginner", "intermediate", "advanced"] as const;
export type Experience = (typeof EXPERIENCE_LEVELS)[number];

/**
 * How much of an exercise to do. Exactly one of holdSeconds / reps is set. `perSide` doubles the work
 * (left then right). Times are whole seconds.
 */
export type Prescription = {
  holdSeconds: number | null;
  reps: number | null;
  sets: number;
  perSide: boolean;
  restSeconds: number;
};

/** The illustration registry key (components/routines/illustrations) and its text alternative. */
export type Illustration = { key: string; alt: string };

export type ExerciseContent = {
  slug: string;
  name: string;
  kind: ExerciseKind;
  intensity: Intensity;
  /** One or two sentences: what it is and what it does for the back. */
  summary: string;
  /** Ordered, imperative steps a person can follow without a picture. */
  steps: string[];
  /** The default dose when the exercise is done on its own. */
  prescription: Prescription;
  equipment: string[];
  usesInversion: boolean;
  /** Conditions this exercise must never be recommended with. */
  contraindications: Condition[];
  safetyNotes: string[];
  /** Slugs of the easier and harder variants (other exercises in the catalogue), when there are any. */
  easierSlug: string | null;
  harderSlug: string | null;
  illustration: Illustration;
};

export type RoutineStepContent = { exerciseSlug: string; prescription: Prescription; note: string | null };

export type RoutineContent = {
  slug: string;
  name: string;
  /** What it is for, in one sentence ("Ease spinal pressure after squats and deadlifts"). */
  goal: string;
  summary: string;
  /** The main kind; a mixed routine takes the kind of most of its work. */
  kind: ExerciseKind;
  intensity: Intensity;
  /** Who it suits, in plain words. */
  suitableFor: string;
  /** Tags the engine matches on, e.g. "after_lifting", "desk", "painful_day", "beginner", "low_impact". */
  tags: string[];
  steps: RoutineStepContent[];
};

/** Seconds a step takes: work (holds or reps at ~3 s each), both sides, and the rests between sets. */
export function stepSeconds(p: Prescription): number {
  const work = p.holdSeconds ?? (p.reps ?? 0) * 3;
  const sides = p.perSide ? 2 : 1;
  return p.sets * sides * work + Math.max(0, p.sets * sides - 1) * p.restSeconds;
}

/** Estimated whole minutes of a routine, with ~15 s to change position between exercises. */
export function estimateMinutes(steps: { prescription: Prescription }[]): number {
  const seconds = steps.reduce((sum, step) => sum + stepSeconds(step.prescription) + 15, 0);
  return Math.max(1, Math.round(seconds / 60));
}
