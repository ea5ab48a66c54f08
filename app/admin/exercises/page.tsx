import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/admin/local-time";
import { Notice } from "@/components/admin/notice";
import { pathWithQuery } from "@/lib/auth/return-path";
import { requireAdmin } from "@/lib/auth/session.server";
import { listAdminExercises } from "@/lib/routines/admin-queries.server";
import { INTENSITY_LABELS, KIND_LABELS } from "@/lib/routines/labels";

export const metadata: Metadata = { title: "Exercises · Admin" };

export default async function AdminExercisesPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const query = await searchParams;
  await requireAdmin(pathWithQuery("/admin/exercises", query));
  const exercises = await listAdminExercises();
  const { deleted } = query;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Exercises</h1>
        <Link
          href="/admin/exercises/new"
          className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        >
          New exercise
        </Link>
      </div>
      {deleted ? <Notice tone="success">Exercise deleted.</Notice> : null}
      {exercises.length === 0 ? (
        <p className="text-stone-600">No exercises yet.</p>
      ) : (
        <div
          className="overflow-x-auto rounded-2xl border border-stone-200 bg-white p-4"
          tabIndex={0}
          role="region"
          aria-label="Exercises"
        >
          <table className="w-full min-w-[36rem] text-left text-sm">
            <thead className="text-stone-500">
              <tr>
                <th className="py-2 pr-3 font-medium">Name</th>
                <th className="py-2 pr-3 font-medium">Kind</th>
                <th className="py-2 pr-3 font-medium">Intensity</th>
                <th className="py-2 pr-3 font-medium">Used in</th>
                <th className="py-2 pr-3 font-medium">Updated</th>
              </tr>
            </thead>
            <tbody>
              {exercises.map((exercise) => (
                <tr key={exercise.id} className="border-t border-stone-100">
                  <td className="py-2 pr-3">
                    <Link
                      href={`/admin/exercises/${exercise.id}`}
                      className="font-medium text-brand-800 hover:underline"
                    >
                      {exercise.name}
                    </Link>
                  </td>
                  <td className="py-2 pr-3">{KIND_LABELS[exercise.kind]}</td>
                  <td className="py-2 pr-3">{INTENSITY_LABELS[exercise.intensity]}</td>
                  <td className="py-2 pr-3 tabular-nums">{exercise._count.routineSteps} steps</td>
                  <td className="py-2 pr-3 whitespace-nowrap">
                    <LocalTime iso={exercise.updatedAt.toISOString()} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
