import type { Metadata } from "next";
import { ExerciseForm } from "@/components/admin/routines/exercise-form";
import { requireAdmin } from "@/lib/auth/session.server";
import { saveExerciseAction } from "@/lib/routines/admin-actions";
import { exerciseChoices } from "@/lib/routines/admin-queries.server";

export const metadata: Metadata = { title: "New exercise · Admin" };

export default async function NewExercisePage() {
  await requireAdmin("/admin/exercises/new");
  const exercises = await exerciseChoices();
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">New exercise</h1>
      <ExerciseForm
        action={saveExerciseAction.bind(null, null)}
        initial={{ sets: "1", restSeconds: "0" }}
        exercises={exercises}
        isNew
      />
    </div>
  );
}
