// Admin writes of routines: create, edit (fields and ordered steps, with `minutes` recomputed from
// the steps), delete (only when nothing uses it: guided sessions keep their routine, and articles
// link to it; unpublish instead). Each is one transaction with its audit entry.
import "server-only";
import { recordAudit } from "@/lib/audit/record.server";
import type { Actor } from "@/lib/audit/types";
import { db } from "@/lib/db";
import { isRecordId } from "@/lib/validation/text";
import { pathFieldErrors, type RoutineInput, routineInputSchema } from "./admin-schemas";
import {
  type CatalogDeleteResult,
  type CatalogWriteResult,
  isSlugTaken,
  isStillReferenced,
} from "./admin-write.server";
import { estimateMinutes, type Prescription } from "./types";

const SLUG_TAKEN = "Another routine already uses this slug";

type Step = { exerciseId: string; prescription: Prescription; note: string | null };

/** Parses, checks the slug and the steps' exercises, and fills an empty dose with the exercise's own. */
async function checked(raw: unknown, id: string | null) {
  const parsed = routineInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false as const, fields: pathFieldErrors(parsed.error) };
  const input = parsed.data;
  const [owner, exercises] = await Promise.all([
    db().routine.findUnique({ where: { slug: input.slug }, select: { id: true } }),
    db().exercise.findMany({
      where: { slug: { in: input.steps.map((step) => step.exerciseSlug) } },
      select: { id: true, slug: true, holdSeconds: true, reps: true },
    }),
  ]);
  const fields: Record<string, string> = {};
  if (owner && owner.id !== id) fields.slug = SLUG_TAKEN;
  const bySlug = new Map(exercises.map((exercise) => [exercise.slug, exercise]));
  const steps: Step[] = [];
  for (const step of input.steps) {
    const exercise = bySlug.get(step.exerciseSlug);
    if (!exercise) {
      fields[`steps.${step.row}.exerciseSlug`] = `No exercise with the slug ${step.exerciseSlug}`;
      continue;
    }
    const ownDose = step.holdSeconds === null && step.reps === null;
    steps.push({
      exerciseId: exercise.id,
      prescription: {
        holdSeconds: ownDose ? exercise.holdSeconds : step.holdSeconds,
        reps: ownDose ? exercise.reps : step.reps,
        sets: step.sets,
        perSide: step.perSide,
        restSeconds: step.restSeconds,
      },
      note: step.note,
    });
  }
  if (Object.keys(fields).length) return { ok: false as const, fields };
  return { ok: true as const, input, steps };
}

function columns(input: RoutineInput, steps: Step[]) {
  return {
    slug: input.slug,
    name: input.name,
    goal: input.goal,
    summary: input.summary,
    kind: input.kind,
    intensity: input.intensity,
    suitableFor: input.suitableFor,
    tags: input.tags,
    published: input.published,
    minutes: estimateMinutes(steps),
  };
}

function stepRows(routineId: string, steps: Step[]) {
  return steps.map((step, index) => ({
    routineId,
    exerciseId: step.exerciseId,
    position: index + 1,
    ...step.prescription,
    note: step.note,
  }));
}

export async function createRoutine(actor: Actor, raw: unknown): Promise<CatalogWriteResult> {
  const check = await checked(raw, null);
  if (!check.ok) return { ok: false, fields: check.fields };
  const { input, steps } = check;
  try {
    return await db().$transaction(async (tx) => {
      const { id } = await tx.routine.create({ data: columns(input, steps), select: { id: true } });
      await tx.routineStep.createMany({ data: stepRows(id, steps) });
      await recordAudit(tx, {
        actorId: actor.id,
        actorEmail: actor.email,
        action: "routine.create",
        targetType: "routine",
        targetId: id,
        summary: `Created routine “${input.name}”${input.published ? "" : " (unpublished)"}`,
        details: { slug: input.slug, steps: steps.length, published: input.published },
      });
      return { ok: true as const, id, slug: input.slug, revalidate: [input.slug] };
    });
  } catch (error) {
    if (isSlugTaken(error, "Routine")) return { ok: false, fields: { slug: SLUG_TAKEN } };
    throw error;
  }
}

export async function updateRoutine(actor: Actor, id: string, raw: unknown): Promise<CatalogWriteResult> {
  if (!isRecordId(id)) return null;
  const current = await db().routine.findUnique({ where: { id }, select: { slug: true, published: true } });
  if (!current) return null;
  const check = await checked(raw, id);
  if (!check.ok) return { ok: false, fields: check.fields };
  const { input, steps } = check;
  try {
    await db().$transaction(async (tx) => {
      await tx.routine.update({ where: { id }, data: columns(input, steps) });
      // Positions are unique per routine: replace the steps rather than renumber them in place.
      await tx.routineStep.deleteMany({ where: { routineId: id } });
      await tx.routineStep.createMany({ data: stepRows(id, steps) });
      const published =
        current.published === input.published ? "" : input.published ? " and published it" : " and unpublished it";
      await recordAudit(tx, {
        actorId: actor.id,
        actorEmail: actor.email,
        action: "routine.update",
        targetType: "routine",
        targetId: id,
        summary: `Edited routine “${input.name}”${published}`,
        details: {
          slug: input.slug,
          ...(current.slug !== input.slug && { fromSlug: current.slug }),
          steps: steps.length,
          published: input.published,
        },
      });
    });
  } catch (error) {
    if (isSlugTaken(error, "Routine")) return { ok: false, fields: { slug: SLUG_TAKEN } };
    throw error;
  }
  return { ok: true, id, slug: input.slug, revalidate: [...new Set([current.slug, input.slug])] };
}

/**
 * Deletes a routine nothing uses. Guided sessions refer to their routine (history must stay whole)
 * and articles link to it, so a routine in use is unpublished instead, never deleted.
 */
export async function deleteRoutine(actor: Actor, id: string): Promise<CatalogDeleteResult> {
  if (!isRecordId(id)) return null;
  const routine = await db().routine.findUnique({
    where: { id },
    select: { name: true, slug: true, _count: { select: { sessions: true, articles: true } } },
  });
  if (!routine) return null;
  const uses = [
    routine._count.sessions
      ? `${routine._count.sessions} guided session${routine._count.sessions === 1 ? "" : "s"}`
      : null,
    routine._count.articles ? `${routine._count.articles} article${routine._count.articles === 1 ? "" : "s"}` : null,
  ].filter(Boolean);
  const inUse = {
    ok: false as const,
    message:
      `“${routine.name}” is in use (${uses.join(" and ")}), so it cannot be deleted. Unpublish it ` +
      `instead: untick “Published” and save.`,
  };
  if (uses.length) return inUse;
  try {
    await db().$transaction(async (tx) => {
      // Checked again inside the transaction: an article may have linked it a moment ago (that link
      // would otherwise be deleted with it, silently).
      if (await tx.articleRoutine.count({ where: { routineId: id } })) throw new RoutineInUse();
      await tx.routine.delete({ where: { id } });
      await recordAudit(tx, {
        actorId: actor.id,
        actorEmail: actor.email,
        action: "routine.delete",
        targetType: "routine",
        targetId: id,
        summary: `Deleted routine “${routine.name}”`,
        details: { slug: routine.slug },
      });
    });
  } catch (error) {
    if (error instanceof RoutineInUse || isStillReferenced(error))
      return { ok: false, message: `“${routine.name}” came into use a moment ago; unpublish it instead.` };
    throw error;
  }
  return { ok: true, revalidate: [routine.slug] };
}

class RoutineInUse extends Error {}
