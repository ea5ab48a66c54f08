import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/admin/local-time";
import { Notice } from "@/components/admin/notice";
import { pathWithQuery } from "@/lib/auth/return-path";
import { requireAdmin } from "@/lib/auth/session.server";
import { listAdminRoutines } from "@/lib/routines/admin-queries.server";
import { INTENSITY_LABELS, KIND_LABELS } from "@/lib/routines/labels";

export const metadata: Metadata = { title: "Routines · Admin" };

export default async function AdminRoutinesPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const query = await searchParams;
  await requireAdmin(pathWithQuery("/admin/routines", query));
  const routines = await listAdminRoutines();
  const { deleted } = query;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Routines</h1>
        <Link
          href="/admin/routines/new"
          className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        >
          New routine
        </Link>
      </div>
      {deleted ? <Notice tone="success">Routine deleted.</Notice> : null}
      {routines.length === 0 ? (
        <p className="text-stone-600">No routines yet.</p>
      ) : (
        <div
          className="overflow-x-auto rounded-2xl border border-stone-200 bg-white p-4"
          tabIndex={0}
          role="region"
          aria-label="Routines"
        >
          <table className="w-full min-w-[40rem] text-left text-sm">
            <thead className="text-stone-500">
              <tr>
                <th className="py-2 pr-3 font-medium">Name</th>
                <th className="py-2 pr-3 font-medium">Kind</th>
                <th className="py-2 pr-3 font-medium">Steps</th>
                <th className="py-2 pr-3 font-medium">Minutes</th>
                <th className="py-2 pr-3 font-medium">Published</th>
                <th className="py-2 pr-3 font-medium">Updated</th>
              </tr>
            </thead>
            <tbody>
              {routines.map((routine) => (
                <tr key={routine.id} className="border-t border-stone-100">
                  <td className="py-2 pr-3">
                    <Link href={`/admin/routines/${routine.id}`} className="font-medium text-brand-800 hover:underline">
                      {routine.name}
                    </Link>
                  </td>
                  <td className="py-2 pr-3">
                    {KIND_LABELS[routine.kind]}, {INTENSITY_LABELS[routine.intensity].toLowerCase()}
                  </td>
                  <td className="py-2 pr-3 tabular-nums">{routine._count.steps}</td>
                  <td className="py-2 pr-3 tabular-nums">{routine.minutes}</td>
                  <td className="py-2 pr-3">{routine.published ? "Yes" : "No (hidden)"}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">
                    <LocalTime iso={routine.updatedAt.toISOString()} />
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
