// From the content catalogue (routines made of exercise steps) to what the engine reads: a routine
// is as risky as its riskiest exercise, so inversion and contraindications are unions over its steps.
import { CONDITIONS, estimateMinutes, type ExerciseContent, type RoutineContent } from "@/lib/routines/types";
import type { EngineRoutine } from "./types";

/** @throws Error when a step names an exercise that is not in `exercises` (a catalogue bug). */
export function toEngineRoutine(
  routine: RoutineContent,
  exercises: ReadonlyMap<string, ExerciseContent>,
): EngineRoutine {
  const used = routine.steps.map((step) => {
    const exercise = exercises.get(step.exerciseSlug);
    if (!exercise) throw new Error(`Routine "${routine.slug}" uses unknown exercise "${step.exerciseSlug}"`);
    return exercise;
  });
  const contraindications = new Set(used.flatMap((exercise) => exercise.contraindications));
  return {
    slug: routine.slug,
    name: routine.name,
    kind: routine.kind,
    intensity: routine.intensity,
    tags: [...routine.tags],
    minutes: estimateMinutes(routine.steps),
    usesInversion: used.some((exercise) => exercise.usesInversion),
    contraindications: CONDITIONS.filter((condition) => contraindications.has(condition)),
  };
}

export function toEngineCatalogue(
  routines: readonly RoutineContent[],
  exercises: readonly ExerciseContent[],
): EngineRoutine[] {
  const bySlug = new Map(exercises.map((exercise) => [exercise.slug, exercise]));
  return routines.map((routine) => toEngineRoutine(routine, bySlug));
}
