// Puts the seed catalogue (lib/routines/catalog) into the database. Create-only: an exercise or
// routine that already exists is left exactly as it is, because admins may have edited it since and
// `npm start` seeds on every start. Variant links are filled in only where they are still empty.
import type { PrismaClient } from "@/generated/prisma/client";
import { EXERCISES, ROUTINES } from "./catalog";
import { exerciseColumns } from "./exercise-columns";
import { estimateMinutes, type ExerciseContent, type RoutineContent } from "./types";

function exerciseData(exercise: ExerciseContent) {
  return exerciseColumns({
    ...exercise,
    illustrationKey: exercise.illustration.key,
    illustrationAlt: exercise.illustration.alt,
  });
}

function routineData(routine: RoutineContent) {
  return {
    slug: routine.slug,
    name: routine.name,
    goal: routine.goal,
    summary: routine.summary,
    kind: routine.kind,
    intensity: routine.intensity,
    suitableFor: routine.suitableFor,
    tags: routine.tags,
    minutes: estimateMinutes(routine.steps),
  };
}

export type SeedCounts = { exercisesCreated: number; routinesCreated: number };

export async function seedRoutines(
  prisma: PrismaClient,
  catalogue: { exercises: ExerciseContent[]; routines: RoutineContent[] } = {
    exercises: EXERCISES,
    routines: ROUTINES,
  },
): Promise<SeedCounts> {
  return prisma.$transaction(
    async (tx) => {
      const existingExercises = new Set(
        (await tx.exercise.findMany({ select: { slug: true } })).map((row) => row.slug),
      );
      const newExercises = catalogue.exercises.filter((exercise) => !existingExercises.has(exercise.slug));
      if (newExercises.length) await tx.exercise.createMany({ data: newExercises.map(exerciseData) });

      const ids = new Map(
        (await tx.exercise.findMany({ select: { id: true, slug: true } })).map((row) => [row.slug, row.id]),
      );
      for (const exercise of newExercises) {
        const easierId = exercise.easierSlug ? ids.get(exercise.easierSlug) : undefined;
        const harderId = exercise.harderSlug ? ids.get(exercise.harderSlug) : undefined;
        if (easierId || harderId) {
          await tx.exercise.update({
            where: { slug: exercise.slug },
            data: { easierId: easierId ?? null, harderId: harderId ?? null },
          });
        }
      }

      const existingRoutines = new Set((await tx.routine.findMany({ select: { slug: true } })).map((row) => row.slug));
      let routinesCreated = 0;
      for (const routine of catalogue.routines) {
        if (existingRoutines.has(routine.slug)) continue;
        // A routine whose exercise was renamed or removed by an admin is skipped rather than half-made.
        if (!routine.steps.every((step) => ids.has(step.exerciseSlug))) continue;
        await tx.routine.create({
          data: {
            ...routineData(routine),
            steps: {
              create: routine.steps.map((step, index) => ({
                position: index + 1,
                exerciseId: ids.get(step.exerciseSlug)!,
                holdSeconds: step.prescription.holdSeconds,
                reps: step.prescription.reps,
                sets: step.prescription.sets,
                perSide: step.prescription.perSide,
                restSeconds: step.prescription.restSeconds,
                note: step.note,
              })),
            },
          },
        });
        routinesCreated += 1;
      }
      return { exercisesCreated: newExercises.length, routinesCreated };
    },
    { timeout: 30_000 },
  );
}
