import Link from "next/link";
import type { RoutineLink } from "@/lib/articles/types";

export function RoutineLinks({ routines }: { routines: RoutineLink[] }) {
  if (routines.length === 0) return null;
  return (
    <section aria-labelledby="article-routines" className="space-y-3">
      <h2 id="article-routines" className="text-xl font-semibold">
        Routines from this article
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {routines.map((routine) => (
          <li key={routine.slug}>
            <Link
              href={`/routines/${routine.slug}`}
              className={
                "flex h-full flex-col gap-1 rounded-xl border border-stone-200 bg-white p-4 shadow-sm " +
                "hover:border-brand-500"
              }
            >
              <span className="font-semibold text-stone-900">{routine.name}</span>
              <span className="text-sm text-stone-700">{routine.summary}</span>
              <span className="mt-auto pt-1 text-xs font-medium text-brand-900">{routine.minutes} min</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
