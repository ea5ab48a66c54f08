// The routine catalogue's page body, shared by the prerendered /routines (no filter) and the
// per-request filtered view (/routines?kind=…, rewritten to app/(marketing)/routines-filtered by
// next.config.js), so both render exactly the same markup.
import Link from "next/link";
import { GuidanceNotice } from "@/components/routines/guidance-notice";
import { RoutineCard } from "@/components/routines/routine-card";
import { RoutineFilters } from "@/components/routines/routine-filters";
import { TAG_LABELS } from "@/lib/routines/labels";
import type { RoutineTag } from "@/lib/routines/routine-tags";
import type { RoutineCard as RoutineCardData } from "@/lib/routines/detail";
import type { ExerciseKind, Intensity } from "@/lib/routines/types";

export type ActiveFilters = { kind?: ExerciseKind; intensity?: Intensity; tag?: RoutineTag };

export function RoutineCatalogue({ active, routines }: { active: ActiveFilters; routines: RoutineCardData[] }) {
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">Back-care routines</h1>
        <p className="max-w-3xl text-stone-700">
          Short routines for people who lift: decompression after heavy days, stretching for tight hips and desk backs,
          and core work that helps you brace. Each lists its exercises, timings and who it suits.{" "}
          <Link href="/check-in" className="font-medium text-brand-700 underline">
            Check in
          </Link>{" "}
          to get the ones that fit you today.
        </p>
        <GuidanceNotice />
      </header>
      <RoutineFilters active={active} />
      {active.tag ? (
        <p className="text-sm text-stone-700">
          Showing routines tagged <strong>{TAG_LABELS[active.tag]}</strong>.{" "}
          <Link href="/routines" className="font-medium text-brand-700 underline">
            Show all
          </Link>
        </p>
      ) : null}
      <p className="text-sm text-stone-600" role="status">
        {routines.length === 1 ? "1 routine" : `${routines.length} routines`}
      </p>
      {routines.length ? (
        <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {routines.map((routine) => (
            <li key={routine.slug}>
              <RoutineCard routine={routine} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-xl bg-white p-6 text-stone-700">
          No routine matches these filters.{" "}
          <Link href="/routines" className="font-medium text-brand-700 underline">
            Show all routines
          </Link>
          .
        </p>
      )}
    </div>
  );
}
