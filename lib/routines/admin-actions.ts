"use server";
// Server actions of the admin's exercise and routine forms: authorise → read the form → call the
// domain → revalidate the public pages that show it → back to the form.
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { revalidateArticles } from "@/lib/articles/revalidate.server";
import { requireAdmin } from "@/lib/auth/session.server";
import type { FormState } from "@/lib/forms/form-state";
import { isRecordId } from "@/lib/validation/text";
import { exerciseFormInput, routineFormInput } from "./admin-schemas";
import { createExercise, deleteExercise, updateExercise } from "./admin-exercises.server";
import { createRoutine, deleteRoutine, updateRoutine } from "./admin-routines.server";
import { forgetEngineCatalogue } from "./queries.server";
import type { CatalogWriteResult } from "./admin-write.server";

const CHECK_FIELDS = "Please check the highlighted fields.";

/**
 * Everything the public sees of routines: the catalogue, the routine pages (an exercise edit shows
 * on every routine using it), the guided player and the articles that link routines.
 */
function revalidateRoutinePages(slugs: string[]): void {
  forgetEngineCatalogue(); // the recommendation engine's cached copy (ADR 0024)
  revalidatePath("/routines");
  for (const slug of new Set(slugs)) revalidatePath(`/routines/${slug}`);
  revalidatePath("/routines/[slug]", "page");
  revalidatePath("/practice/[slug]", "page");
  revalidateArticles([]);
  revalidatePath("/admin", "layout");
}

/** The submitted text to put back in the form; checkbox groups joined with commas. */
function submitted(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    values[key] = key in values && (key === "tags" || key === "contraindications") ? `${values[key]},${value}` : value;
  }
  return values;
}

function answer(result: CatalogWriteResult, formData: FormData, path: "exercises" | "routines"): FormState {
  if (result === null) notFound();
  if (!result.ok) return { status: "error", message: CHECK_FIELDS, fields: result.fields, values: submitted(formData) };
  revalidateRoutinePages(result.revalidate);
  redirect(`/admin/${path}/${result.id}?saved=1`);
}

export async function saveExerciseAction(
  id: string | null,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  if (id !== null && !isRecordId(id)) notFound(); // a NUL would be a query error (500)
  const admin = await requireAdmin(id ? `/admin/exercises/${id}` : "/admin/exercises/new");
  const raw = exerciseFormInput(formData);
  return answer(id ? await updateExercise(admin, id, raw) : await createExercise(admin, raw), formData, "exercises");
}

export async function saveRoutineAction(
  id: string | null,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  if (id !== null && !isRecordId(id)) notFound(); // a NUL would be a query error (500)
  const admin = await requireAdmin(id ? `/admin/routines/${id}` : "/admin/routines/new");
  const raw = routineFormInput(formData);
  return answer(id ? await updateRoutine(admin, id, raw) : await createRoutine(admin, raw), formData, "routines");
}

export async function deleteExerciseAction(formData: FormData): Promise<void> {
  const id = String(formData.get("id") ?? "");
  if (!isRecordId(id)) notFound();
  const admin = await requireAdmin(`/admin/exercises/${id}`);
  const result = await deleteExercise(admin, id);
  if (result === null) notFound();
  if (!result.ok) redirect(`/admin/exercises/${encodeURIComponent(id)}?notice=in_use`);
  revalidateRoutinePages(result.revalidate);
  redirect("/admin/exercises?deleted=1");
}

export async function deleteRoutineAction(formData: FormData): Promise<void> {
  const id = String(formData.get("id") ?? "");
  if (!isRecordId(id)) notFound();
  const admin = await requireAdmin(`/admin/routines/${id}`);
  const result = await deleteRoutine(admin, id);
  if (result === null) notFound();
  if (!result.ok) redirect(`/admin/routines/${encodeURIComponent(id)}?notice=in_use`);
  revalidateRoutinePages(result.revalidate);
  redirect("/admin/routines?deleted=1");
}
