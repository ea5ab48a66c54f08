import type { Metadata } from "next";
import { RoutineForm } from "@/components/admin/routines/routine-form";
import { requireAdmin } from "@/lib/auth/session.server";
import { saveRoutineAction } from "@/lib/routines/admin-actions";
import { exerciseChoices } from "@/lib/routines/admin-queries.server";

export const metadata: Metadata = { title: "New routine · Admin" };

export default async function NewRoutinePage() {
  await requireAdmin("/admin/routines/new");
  const exercises = await exerciseChoices();
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">New routine</h1>
      <RoutineForm
        action={saveRoutineAction.bind(null, null)}
        initial={{ published: "on" }}
        exercises={exercises}
        isNew
      />
    </div>
  );
}
