// Small RoutineDetail builders for the player's and the session pages' tests, independent of the
// seed catalogue so a content edit never changes what those tests mean.
import type { ExerciseSummary, RoutineDetail, RoutineStepDetail } from "./detail";
import type { Prescription } from "./types";

export function makeExercise(slug: string, overrides: Partial<ExerciseSummary> = {}): ExerciseSummary {
  return {
    slug,
    name: slug.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase()),
    kind: "stretching",
    intensity: "gentle",
    summary: `What ${slug} does.`,
    steps: [`Get into position for ${slug}.`, "Breathe slowly."],
    equipment: [],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Stop if pain shoots down a leg, or you feel dizzy or numb."],
    illustration: { key: "childs-pose", alt: `A person doing ${slug}.` },
    prescription: hold(30, 1),
    ...overrides,
  };
}

export function hold(seconds: number, sets: number, { perSide = false, rest = 15 } = {}): Prescription {
  return { holdSeconds: seconds, reps: null, sets, perSide, restSeconds: rest };
}

export function reps(count: number, sets: number, { perSide = false, rest = 30 } = {}): Prescription {
  return { holdSeconds: null, reps: count, sets, perSide, restSeconds: rest };
}

export function makeStep(
  position: number,
  exercise: ExerciseSummary,
  prescription: Prescription,
  extra: Partial<RoutineStepDetail> = {},
): RoutineStepDetail {
  return { position, prescription, note: null, exercise, easier: null, harder: null, ...extra };
}

/** Three steps: a per-side hold in 2 sets, reps in 2 sets (with easier/harder variants), one hold. */
export function makeRoutine(overrides: Partial<RoutineDetail> = {}): RoutineDetail {
  const steps = overrides.steps ?? [
    makeStep(1, makeExercise("knee-to-chest"), hold(20, 2, { perSide: true, rest: 10 })),
    makeStep(2, makeExercise("bird-dog", { kind: "core" }), reps(8, 2, { rest: 30 }), {
      note: "Slow and steady.",
      easier: makeExercise("bird-dog-arms-only", { kind: "core" }),
      harder: makeExercise("bird-dog-hold", { kind: "core" }),
    }),
    makeStep(3, makeExercise("childs-pose"), hold(45, 1, { rest: 0 })),
  ];
  return {
    slug: "test-routine",
    name: "Test routine",
    goal: "Test the player",
    summary: "A routine for tests.",
    kind: "stretching",
    intensity: "gentle",
    suitableFor: "Tests",
    tags: [],
    minutes: 5,
    usesInversion: false,
    contraindications: [],
    exerciseCount: steps.length,
    ...overrides,
    steps,
  };
}
