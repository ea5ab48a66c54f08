// Saved exercises and routines as the flat string values their admin forms start from.
import type { AdminExercise, AdminRoutine } from "@/lib/routines/admin-queries.server";

const num = (value: number | null) => (value === null ? "" : String(value));
const check = (value: boolean) => (value ? "on" : "");

export function exerciseFormValues(exercise: AdminExercise): Record<string, string> {
  return {
    name: exercise.name,
    slug: exercise.slug,
    kind: exercise.kind,
    intensity: exercise.intensity,
    summary: exercise.summary,
    steps: exercise.steps.join("\n"),
    holdSeconds: num(exercise.holdSeconds),
    reps: num(exercise.reps),
    sets: String(exercise.sets),
    perSide: check(exercise.perSide),
    restSeconds: String(exercise.restSeconds),
    equipment: exercise.equipment.join(", "),
    usesInversion: check(exercise.usesInversion),
    contraindications: exercise.contraindications.join(","),
    safetyNotes: exercise.safetyNotes.join("\n"),
    easierSlug: exercise.easier?.slug ?? "",
    harderSlug: exercise.harder?.slug ?? "",
    illustrationKey: exercise.illustrationKey,
    illustrationAlt: exercise.illustrationAlt,
  };
}

export function routineFormValues(routine: AdminRoutine): Record<string, string> {
  const values: Record<string, string> = {
    name: routine.name,
    slug: routine.slug,
    goal: routine.goal,
    summary: routine.summary,
    kind: routine.kind,
    intensity: routine.intensity,
    suitableFor: routine.suitableFor,
    tags: routine.tags.join(","),
    published: check(routine.published),
  };
  routine.steps.forEach((step, index) => {
    values[`steps.${index}.exerciseSlug`] = step.exercise.slug;
    values[`steps.${index}.holdSeconds`] = num(step.holdSeconds);
    values[`steps.${index}.reps`] = num(step.reps);
    values[`steps.${index}.sets`] = String(step.sets);
    values[`steps.${index}.perSide`] = check(step.perSide);
    values[`steps.${index}.restSeconds`] = String(step.restSeconds);
    values[`steps.${index}.note`] = step.note ?? "";
  });
  return values;
}

/** How many step rows the values hold (the form adds spare rows after them). */
export function stepRowCount(values: Record<string, string>): number {
  let rows = 0;
  for (const key of Object.keys(values)) {
    const match = /^steps\.(\d+)\./.exec(key);
    if (match) rows = Math.max(rows, Number(match[1]) + 1);
  }
  return rows;
}
