import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Notice } from "@/components/admin/notice";
import { ExerciseForm } from "@/components/admin/routines/exercise-form";
import { exerciseFormValues } from "@/components/admin/routines/form-values";
import { pathWithQuery } from "@/lib/auth/return-path";
import { requireAdmin } from "@/lib/auth/session.server";
import { deleteExerciseAction, saveExerciseAction } from "@/lib/routines/admin-actions";
import { exerciseChoices, getAdminExercise } from "@/lib/routines/admin-queries.server";

export const metadata: Metadata = { title: "Edit exercise · Admin" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; notice?: string }> };

export default async function EditExercisePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  await requireAdmin(pathWithQuery(`/admin/exercises/${id}`, query));
  const [exercise, exercises] = await Promise.all([getAdminExercise(id), exerciseChoices()]);
  if (!exercise) notFound();
  const usedBy = exercise.routineSteps.map((step) => step.routine);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">Edit exercise</h1>
      {query.saved ? <Notice tone="success">Exercise saved. The routine pages are refreshed.</Notice> : null}
      {query.notice === "in_use" && usedBy.length ? (
        <Notice tone="error">This exercise is used by routines, so it was not deleted.</Notice>
      ) : null}
      <ExerciseForm
        key={exercise.updatedAt.toISOString()}
        action={saveExerciseAction.bind(null, exercise.id)}
        initial={exerciseFormValues(exercise)}
        exercises={exercises}
        isNew={false}
      />
      <section aria-labelledby="delete-heading" className="space-y-2 border-t border-stone-200 pt-4">
        <h2 id="delete-heading" className="text-lg font-semibold">
          Delete
        </h2>
        {usedBy.length ? (
          <p className="text-sm text-stone-700">
            Used by {usedBy.map((routine) => routine.name).join(", ")}. An exercise in use cannot be deleted: remove it
            from those routines first (or unpublish them).
          </p>
        ) : (
          <form action={deleteExerciseAction}>
            <input type="hidden" name="id" value={exercise.id} />
            <button
              type="submit"
              className="rounded-lg border border-red-300 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50"
            >
              Delete this exercise
            </button>
          </form>
        )}
      </section>
    </div>
  );
}
