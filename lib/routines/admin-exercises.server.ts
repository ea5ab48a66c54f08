// Admin writes of exercises: create, edit, delete (only when no routine uses it). Each is one
// transaction with its audit entry. Input is the raw form, parsed by admin-schemas.
import "server-only";
import { recordAudit } from "@/lib/audit/record.server";
import type { Actor } from "@/lib/audit/types";
import { db } from "@/lib/db";
import { isRecordId } from "@/lib/validation/text";
import { exerciseInputSchema, pathFieldErrors } from "./admin-schemas";
import { exerciseColumns } from "./exercise-columns";
import {
  type CatalogDeleteResult,
  type CatalogWriteResult,
  isSlugTaken,
  isStillReferenced,
} from "./admin-write.server";

const SLUG_TAKEN = "Another exercise already uses this slug";

/** Parses and checks what needs the database: the slug is free, the variants exist and are not itself. */
async function checked(raw: unknown, id: string | null) {
  const parsed = exerciseInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false as const, fields: pathFieldErrors(parsed.error) };
  const input = parsed.data;
  const fields: Record<string, string> = {};
  const slugs = [input.slug, input.easierSlug, input.harderSlug].filter((slug): slug is string => slug !== null);
  const rows = await db().exercise.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const idOf = new Map(rows.map((row) => [row.slug, row.id]));
  const owner = idOf.get(input.slug);
  if (owner && owner !== id) fields.slug = SLUG_TAKEN;
  const variant = (field: "easierSlug" | "harderSlug") => {
    const slug = input[field];
    if (!slug) return null;
    const variantId = idOf.get(slug);
    if (!variantId) fields[field] = `No exercise with the slug ${slug}`;
    else if (variantId === id) fields[field] = "An exercise cannot be its own variant";
    return variantId ?? null;
  };
  const easierId = variant("easierSlug");
  const harderId = variant("harderSlug");
  if (Object.keys(fields).length) return { ok: false as const, fields };
  return { ok: true as const, input, easierId, harderId };
}

export async function createExercise(actor: Actor, raw: unknown): Promise<CatalogWriteResult> {
  const check = await checked(raw, null);
  if (!check.ok) return { ok: false, fields: check.fields };
  const { input, easierId, harderId } = check;
  try {
    return await db().$transaction(async (tx) => {
      const { id } = await tx.exercise.create({
        data: { ...exerciseColumns(input), easierId, harderId },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        actorEmail: actor.email,
        action: "exercise.create",
        targetType: "exercise",
        targetId: id,
        summary: `Created exercise “${input.name}”`,
        details: { slug: input.slug },
      });
      return { ok: true as const, id, slug: input.slug, revalidate: [] };
    });
  } catch (error) {
    if (isSlugTaken(error, "Exercise")) return { ok: false, fields: { slug: SLUG_TAKEN } };
    throw error;
  }
}

export async function updateExercise(actor: Actor, id: string, raw: unknown): Promise<CatalogWriteResult> {
  if (!isRecordId(id)) return null;
  const current = await db().exercise.findUnique({
    where: { id },
    select: { slug: true, routineSteps: { distinct: ["routineId"], select: { routine: { select: { slug: true } } } } },
  });
  if (!current) return null;
  const check = await checked(raw, id);
  if (!check.ok) return { ok: false, fields: check.fields };
  const { input, easierId, harderId } = check;
  try {
    await db().$transaction(async (tx) => {
      await tx.exercise.update({ where: { id }, data: { ...exerciseColumns(input), easierId, harderId } });
      await recordAudit(tx, {
        actorId: actor.id,
        actorEmail: actor.email,
        action: "exercise.update",
        targetType: "exercise",
        targetId: id,
        summary: `Edited exercise “${input.name}”`,
        details: { slug: input.slug, ...(current.slug !== input.slug && { fromSlug: current.slug }) },
      });
    });
  } catch (error) {
    if (isSlugTaken(error, "Exercise")) return { ok: false, fields: { slug: SLUG_TAKEN } };
    throw error;
  }
  // Every routine that shows this exercise changes with it.
  return { ok: true, id, slug: input.slug, revalidate: current.routineSteps.map((step) => step.routine.slug) };
}

/** Deletes an exercise no routine uses; otherwise says which routines to change first. */
export async function deleteExercise(actor: Actor, id: string): Promise<CatalogDeleteResult> {
  if (!isRecordId(id)) return null;
  const exercise = await db().exercise.findUnique({
    where: { id },
    select: {
      name: true,
      slug: true,
      routineSteps: { distinct: ["routineId"], select: { routine: { select: { name: true } } } },
    },
  });
  if (!exercise) return null;
  const usedBy = exercise.routineSteps.map((step) => step.routine.name);
  const inUse = {
    ok: false as const,
    message:
      `“${exercise.name}” is used by ${usedBy.length === 1 ? "a routine" : `${usedBy.length} routines`} ` +
      `(${usedBy.join(", ")}). Remove it from ${usedBy.length === 1 ? "that routine" : "those routines"} ` +
      `first, or unpublish them.`,
  };
  if (usedBy.length) return inUse;
  try {
    await db().$transaction(async (tx) => {
      await tx.exercise.delete({ where: { id } });
      await recordAudit(tx, {
        actorId: actor.id,
        actorEmail: actor.email,
        action: "exercise.delete",
        targetType: "exercise",
        targetId: id,
        summary: `Deleted exercise “${exercise.name}”`,
        details: { slug: exercise.slug },
      });
    });
  } catch (error) {
    if (isStillReferenced(error))
      return { ok: false, message: `“${exercise.name}” was just added to a routine; it cannot be deleted.` };
    throw error;
  }
  return { ok: true, revalidate: [] };
}
