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
      exercise: {
        select: { ...exerciseSelect, easier: { select: exerciseSelect }, harder: { select: exerciseSelect } },
      },
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
    prescription: {
      holdSeconds: row.holdSeconds,
      reps: row.reps,
      sets: row.sets,
      perSide: row.perSide,
      restSeconds: row.restSeconds,
    },
  };
}

function toDetail(row: RoutineRow): RoutineDetail {
  const steps = row.steps.map((step) => ({
    position: step.position,
    prescription: {
      holdSeconds: step.holdSeconds,
      reps: step.reps,
      sets: step.sets,
      perSide: step.perSide,
      restSeconds: step.restSeconds,
    },
    note: step.note,
    exercise: toExercise(step.exercise),
    easier: step.exercise.easier ? toExercise(step.exercise.easier) : null,
    harder: step.exercise.harder ? toExercise(step.exercise.harder) : null,
  }));
  // A variant can be swapped in by progression, so its risks count for the routine too.
  const all = steps.flatMap((step) => [
    step.exercise,
    ...(step.easier ? [step.easier] : []),
    ...(step.harder ? [step.harder] : []),
  ]);
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
    contraindications: CONDITIONS.filter((condition) =>
      all.some((exercise) => exercise.contraindications.includes(condition)),
    ),
    exerciseCount: steps.length,
    steps,
  };
}

export type RoutineFilter = { kind?: ExerciseKind; intensity?: Intensity; tag?: RoutineTag };

/** Published routines with their steps, by name. The catalogue is small (tens), so one query. */
export async function listRoutineDetails(filter: RoutineFilter = {}): Promise<RoutineDetail[]> {
  const rows = await db().routine.findMany({
    where: {
      published: true,
      kind: filter.kind,
      intensity: filter.intensity,
      ...(filter.tag && { tags: { has: filter.tag } }),
    },
    orderBy: { name: "asc" },
    include: routineInclude,
  });
  return rows.map(toDetail);
}

export async function listRoutineCards(filter: RoutineFilter = {}): Promise<RoutineCard[]> {
  return (await listRoutineDetails(filter)).map(({ steps: _steps, ...card }) => card);
}

type EngineCardRow = Omit<RoutineCard, "contraindications" | "kind" | "intensity"> & {
  kind: string;
  intensity: string;
  contraindications: string[];
};

/**
 * Every published routine as the recommendation engine sees it (a card: no steps), in ONE query:
 * listRoutineCards reads each step's exercise and its variants through nested includes (one query
 * per level) only to drop the steps again. The risks of a routine are those of its exercises and
 * of their easier and harder variants, as in toDetail; a test keeps the two equal.
 */
export async function readEngineCatalogue(): Promise<RoutineCard[]> {
  const rows = await db().$queryRaw<EngineCardRow[]>`
    SELECT r.slug, r.name, r.goal, r.summary, r.kind::text AS kind, r.intensity::text AS intensity,
           r."suitableFor", r.tags, r.minutes,
           count(DISTINCT st.id)::int AS "exerciseCount",
           coalesce(bool_or(x."usesInversion"), false) AS "usesInversion",
           coalesce(array_agg(DISTINCT c.code) FILTER (WHERE c.code IS NOT NULL), '{}') AS contraindications
    FROM "Routine" r
    LEFT JOIN "RoutineStep" st ON st."routineId" = r.id
    LEFT JOIN "Exercise" e ON e.id = st."exerciseId"
    LEFT JOIN LATERAL (VALUES (e.id), (e."easierId"), (e."harderId")) AS v(id) ON true
    LEFT JOIN "Exercise" x ON x.id = v.id
    LEFT JOIN LATERAL unnest(x.contraindications) AS c(code) ON true
    WHERE r.published
    GROUP BY r.id
    ORDER BY r.name`;
  return rows.map((row) => ({
    ...row,
    kind: row.kind as RoutineCard["kind"],
    intensity: row.intensity as RoutineCard["intensity"],
    contraindications: CONDITIONS.filter((condition) => row.contraindications.includes(condition)),
  }));
}

/**
 * How long an instance keeps the engine's catalogue. It is admin-edited content: an admin write
 * forgets it at once on the instance that made it (forgetEngineCatalogue, from the admin actions);
 * other instances pick the change up within this time, as the prerendered routine pages do
 * (revalidate = 60).
 */
export const ENGINE_CATALOGUE_TTL_MS = 60_000;

let cachedCatalogue: { until: number; value: Promise<RoutineCard[]> } | null = null;

/**
 * The engine's catalogue, cached per instance (ADR 0024): every signed-in dashboard and
 * recommendation asks for it, and it changes only when an admin edits a routine or an exercise.
 * A failed read is not kept, so the next request tries again.
 */
export function engineCatalogue(now = Date.now()): Promise<RoutineCard[]> {
  if (cachedCatalogue && cachedCatalogue.until > now) return cachedCatalogue.value;
  const value = readEngineCatalogue();
  const entry = { until: now + ENGINE_CATALOGUE_TTL_MS, value };
  cachedCatalogue = entry;
  value.catch(() => {
    if (cachedCatalogue === entry) cachedCatalogue = null;
  });
  return value;
}

/** Call after any admin write to routines or exercises (lib/routines/admin-actions.ts). */
export function forgetEngineCatalogue(): void {
  cachedCatalogue = null;
}

export async function getRoutineDetail(slug: string): Promise<RoutineDetail | null> {
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) return null;
  const row = await db().routine.findFirst({ where: { slug, published: true }, include: routineInclude });
  return row ? toDetail(row) : null;
}

/** Slugs for generateStaticParams and the sitemap. */
export async function listRoutineSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db().routine.findMany({
    where: { published: true },
    select: { slug: true, updatedAt: true },
    orderBy: { slug: "asc" },
  });
}
