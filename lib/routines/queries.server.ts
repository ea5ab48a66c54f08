// Public reads of the routine catalogue: the same for every visitor, so pages built from them can be
// prerendered. Only published routines are listed; every routine is read with its steps in one query.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { ExerciseSummary, RoutineCard, RoutineDetail } from "./detail";
import type { RoutineTag } from "./routine-tags";
import { CONDITIONS, type Condition, type ExerciseKind, type Intensity } from "./types";

const exerciseSelect = {
  slug: true,
  name: true,
  kind: true,
  intensity: true,
  summary: true,
  steps: true,
  equipment: true,
  usesInversion: true,
  contraindications: true,
  safetyNotes: true,
  illustrationKey: true,
  illustrationAlt: true,
  holdSeconds: true,
  reps: true,
  sets: true,
  perSide: true,
  restSeconds: true,
} satisfies Prisma.ExerciseSelect;

type ExerciseRow = Prisma.ExerciseGetPayload<{ select: typeof exerciseSelect }>;

const routineInclude = {
  steps: {
    orderBy: { position: "asc" },
    include: {
      exercise: { select: { ...exerciseSelect, easier: { select: exerciseSelect }, harder: { select: exerciseSelect } } },
    },
  },
} satisfies Prisma.RoutineInclude;

type RoutineRow = Prisma.RoutineGetPayload<{ include: typeof routineInclude }>;

const KNOWN_CONDITIONS = new Set<string>(CONDITIONS);

function conditions(values: string[]): Condition[] {
  return values.filter((value): value is Condition => KNOWN_CONDITIONS.has(value));
}

function toExercise(row: ExerciseRow): ExerciseSummary {
  return {
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    intensity: row.intensity,
    summary: row.summary,
    steps: row.steps,
    equipment: row.equipment,
    usesInversion: row.usesInversion,
    contraindications: conditions(row.contraindications),
    safetyNotes: row.safetyNotes,
    illustration: { key: row.illustrationKey, alt: row.illustrationAlt },
    prescription: { holdSeconds: row.holdSeconds, reps: row.reps, sets: row.sets, perSide: row.perSide, restSeconds: row.restSeconds },
  };
}

function toDetail(row: RoutineRow): RoutineDetail {
  const steps = row.steps.map((step) => ({
    position: step.position,
    prescription: { holdSeconds: step.holdSeconds, reps: step.reps, sets: step.sets, perSide: step.perSide, restSeconds: step.restSeconds },
    note: step.note,
    exercise: toExercise(step.exercise),
    easier: step.exercise.easier ? toExercise(step.exercise.easier) : null,
    harder: step.exercise.harder ? toExercise(step.exercise.harder) : null,
  }));
  // A variant can be swapped in by progression, so its risks count for the routine too.
  const all = steps.flatMap((step) => [step.exercise, ...(step.easier ? [step.easier] : []), ...(step.harder ? [step.harder] : [])]);
  return {
    slug: row.slug,
    name: row.name,
    goal: row.goal,
    summary: row.summary,
    kind: row.kind,
    intensity: row.intensity,
    suitableFor: row.suitableFor,
    tags: row.tags,
    minutes: row.minutes,
    usesInversion: all.some((exercise) => exercise.usesInversion),
    contraindications: CONDITIONS.filter((condition) => all.some((exercise) => exercise.contraindications.includes(condition))),
    exerciseCount: steps.length,
    steps,
  };
}

export type RoutineFilter = { kind?: ExerciseKind; intensity?: Intensity; tag?: RoutineTag };

/** Published routines with their steps, by name. The catalogue is small (tens), so one query. */
export async function listRoutineDetails(filter: RoutineFilter = {}): Promise<RoutineDetail[]> {
  const rows = await db().routine.findMany({
    where: { published: true, kind: filter.kind, intensity: filter.intensity, ...(filter.tag && { tags: { has: filter.tag } }) },
    orderBy: { name: "asc" },
    include: routineInclude,
  });
  return rows.map(toDetail);
}

export async function listRoutineCards(filter: RoutineFilter = {}): Promise<RoutineCard[]> {
  return (await listRoutineDetails(filter)).map(({ steps: _steps, ...card }) => card);
}

export async function getRoutineDetail(slug: string): Promise<RoutineDetail | null> {
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) return null;
  const row = await db().routine.findFirst({ where: { slug, published: true }, include: routineInclude });
  return row ? toDetail(row) : null;
}

/** Slugs for generateStaticParams and the sitemap. */
export async function listRoutineSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db().routine.findMany({ where: { published: true }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
}
