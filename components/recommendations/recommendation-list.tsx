import Link from "next/link";
import { RoutineBadges } from "@/components/routines/routine-badges";
import type { ExcludedRoutine, RankedRoutine } from "@/lib/recommendations/types";

const PROGRESSION_TEXT = {
  easier: "Easier variants suggested",
  standard: null,
  harder: "Harder variants suggested",
} as const;

export function RankedRoutines({ routines }: { routines: RankedRoutine[] }) {
  return (
    <ol className="space-y-3">
      {routines.map((routine, index) => (
        <li key={routine.slug} className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="space-y-2">
              <h3 className="text-lg font-semibold">
                <span className="mr-2 text-stone-500">{index + 1}.</span>
                <Link href={`/routines/${routine.slug}`} className="text-brand-900 hover:underline">
                  {routine.name}
                </Link>
              </h3>
              <RoutineBadges
                kind={routine.kind}
                intensity={routine.intensity}
                minutes={routine.minutes}
                usesInversion={routine.usesInversion}
              />
            </div>
            <Link
              href={`/practice/${routine.slug}`}
              className={
                "rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm " + "hover:bg-brand-700"
              }
              aria-label={`Start ${routine.name}`}
            >
              Start
            </Link>
          </div>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-stone-800">
            {routine.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          {PROGRESSION_TEXT[routine.progression] ? (
            <p className="mt-2 text-sm font-medium text-brand-800">{PROGRESSION_TEXT[routine.progression]}</p>
          ) : null}
          <p className="sr-only">Score {routine.score}</p>
        </li>
      ))}
    </ol>
  );
}

/** Why each other routine is not offered: nothing is hidden without a reason. */
export function ExcludedRoutines({ routines }: { routines: ExcludedRoutine[] }) {
  if (!routines.length) return null;
  return (
    <details className="rounded-2xl border border-stone-200 bg-white p-5">
      <summary className="cursor-pointer font-semibold">Not offered today ({routines.length}) and why</summary>
      <ul className="mt-3 space-y-2 text-sm">
        {routines.map((routine) => (
          <li key={routine.slug}>
            <Link href={`/routines/${routine.slug}`} className="font-medium text-stone-900 underline">
              {routine.name}
            </Link>
            : {routine.reasons.join("; ")}.
          </li>
        ))}
      </ul>
    </details>
  );
}
