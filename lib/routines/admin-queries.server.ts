// Admin reads of the routine catalogue: every exercise and routine, published or not, with what uses
// them (so the pages can say why one cannot be deleted). Callers must have passed requireAdmin().
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isRecordId } from "@/lib/validation/text";

export async function listAdminExercises() {
  return db().exercise.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      intensity: true,
      updatedAt: true,
      _count: { select: { routineSteps: true } },
    },
  });
}

/** For selects (variants, routine steps): every exercise by name. */
export async function exerciseChoices() {
  return db().exercise.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } });
}

const exerciseSelect = {
  id: true,
  updatedAt: true,
  slug: true,
  name: true,
  kind: true,
  intensity: true,
  summary: true,
  steps: true,
  holdSeconds: true,
  reps: true,
  sets: true,
  perSide: true,
  restSeconds: true,
  equipment: true,
  usesInversion: true,
  contraindications: true,
  safetyNotes: true,
  illustrationKey: true,
  illustrationAlt: true,
  easier: { select: { slug: true } },
  harder: { select: { slug: true } },
  routineSteps: { distinct: ["routineId"], select: { routine: { select: { id: true, name: true } } } },
} satisfies Prisma.ExerciseSelect;

export type AdminExercise = Prisma.ExerciseGetPayload<{ select: typeof exerciseSelect }>;

export async function getAdminExercise(id: string): Promise<AdminExercise | null> {
  if (!isRecordId(id)) return null; // from the URL: a NUL or a huge string is not one of ours
  return db().exercise.findUnique({ where: { id }, select: exerciseSelect });
}

export async function listAdminRoutines() {
  return db().routine.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      intensity: true,
      minutes: true,
      published: true,
      updatedAt: true,
      _count: { select: { steps: true, sessions: true, articles: true } },
    },
  });
}

const routineSelect = {
  id: true,
  updatedAt: true,
  slug: true,
  name: true,
  goal: true,
  summary: true,
  kind: true,
  intensity: true,
  suitableFor: true,
  tags: true,
  minutes: true,
  published: true,
  steps: {
    orderBy: { position: "asc" },
    select: {
      holdSeconds: true,
      reps: true,
      sets: true,
      perSide: true,
      restSeconds: true,
      note: true,
      exercise: { select: { slug: true } },
    },
  },
  _count: { select: { sessions: true, articles: true } },
} satisfies Prisma.RoutineSelect;

export type AdminRoutine = Prisma.RoutineGetPayload<{ select: typeof routineSelect }>;

export async function getAdminRoutine(id: string): Promise<AdminRoutine | null> {
  if (!isRecordId(id)) return null;
  return db().routine.findUnique({ where: { id }, select: routineSelect });
}
