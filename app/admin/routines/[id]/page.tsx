import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/admin/notice";
import { routineFormValues } from "@/components/admin/routines/form-values";
import { RoutineForm } from "@/components/admin/routines/routine-form";
import { pathWithQuery } from "@/lib/auth/return-path";
import { requireAdmin } from "@/lib/auth/session.server";
import { deleteRoutineAction, saveRoutineAction } from "@/lib/routines/admin-actions";
import { exerciseChoices, getAdminRoutine } from "@/lib/routines/admin-queries.server";

export const metadata: Metadata = { title: "Edit routine · Admin" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; notice?: string }> };

export default async function EditRoutinePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  await requireAdmin(pathWithQuery(`/admin/routines/${id}`, query));
  const [routine, exercises] = await Promise.all([getAdminRoutine(id), exerciseChoices()]);
  if (!routine) notFound();
  const { sessions, articles } = routine._count;
  const inUse = sessions > 0 || articles > 0;
  return (
    <div className="max-w-4xl space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Edit routine</h1>
        {routine.published ? (
          <Link href={`/routines/${routine.slug}`} className="text-sm font-medium text-brand-700 hover:underline">
            View the public page
          </Link>
        ) : null}
      </div>
      {query.saved ? (
        <Notice tone="success">Routine saved ({routine.minutes} minutes). The public pages are refreshed.</Notice>
      ) : null}
      {query.notice === "in_use" && inUse ? (
        <Notice tone="error">This routine is in use, so it was not deleted. Unpublish it instead.</Notice>
      ) : null}
      <RoutineForm
        key={routine.updatedAt.toISOString()}
        action={saveRoutineAction.bind(null, routine.id)}
        initial={routineFormValues(routine)}
        exercises={exercises}
        isNew={false}
      />
      <section aria-labelledby="delete-heading" className="space-y-2 border-t border-stone-200 pt-4">
        <h2 id="delete-heading" className="text-lg font-semibold">
          Delete
        </h2>
        {inUse ? (
          <p className="text-sm text-stone-700">
            In use by {sessions} guided session{sessions === 1 ? "" : "s"} and {articles} article
            {articles === 1 ? "" : "s"}, so it cannot be deleted (people&apos;s history and articles point to it). To
            take it off the site, untick “Published” above and save.
          </p>
        ) : (
          <form action={deleteRoutineAction}>
            <input type="hidden" name="id" value={routine.id} />
            <button
              type="submit"
              className="rounded-lg border border-red-300 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50"
            >
              Delete this routine
            </button>
          </form>
        )}
      </section>
    </div>
  );
}
