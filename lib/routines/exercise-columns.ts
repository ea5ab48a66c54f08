// The Exercise row's columns from an exercise as the catalogue and the admin form describe it: one
// mapping, so a new field cannot be seeded one way and saved by an admin another.
import type { ExerciseInput } from "./admin-schemas";

type ExerciseFields = Omit<ExerciseInput, "easierSlug" | "harderSlug">;

export function exerciseColumns(exercise: ExerciseFields) {
  const { prescription: p } = exercise;
  return {
    slug: exercise.slug,
    name: exercise.name,
    kind: exercise.kind,
    intensity: exercise.intensity,
    summary: exercise.summary,
    steps: exercise.steps,
    holdSeconds: p.holdSeconds,
    reps: p.reps,
    sets: p.sets,
    perSide: p.perSide,
    restSeconds: p.restSeconds,
    equipment: exercise.equipment,
    usesInversion: exercise.usesInversion,
    contraindications: exercise.contraindications,
    safetyNotes: exercise.safetyNotes,
    illustrationKey: exercise.illustrationKey,
    illustrationAlt: exercise.illustrationAlt,
  };
}
