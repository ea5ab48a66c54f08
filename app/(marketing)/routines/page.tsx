import type { Metadata } from "next";
import Link from "next/link";
import { GuidanceNotice } from "@/components/routines/guidance-notice";
import { RoutineCard } from "@/components/routines/routine-card";
import { RoutineFilters } from "@/components/routines/routine-filters";
import { TAG_LABELS, pickOne } from "@/lib/routines/labels";
import { listRoutineCards } from "@/lib/routines/queries.server";
import { ROUTINE_TAGS } from "@/lib/routines/routine-tags";
import { EXERCISE_KINDS, INTENSITIES } from "@/lib/routines/types";

export const metadata: Metadata = {
  title: "Back-care routines",
  description: "Decompression, stretching, core and strength routines for lifters, each with steps, timings and safety notes.",
  alternates: { canonical: "/routines" },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RoutinesPage({ searchParams }: Props) {
  const params = await searchParams;
  const active = {
    kind: pickOne(EXERCISE_KINDS, params.kind),
    intensity: pickOne(INTENSITIES, params.intensity),
    tag: pickOne(ROUTINE_TAGS, params.tag),
  };
  const routines = await listRoutineCards(active);
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">Back-care routines</h1>
        <p className="max-w-3xl text-stone-700">
          Short routines for people who lift: decompression after heavy days, stretching for tight hips and desk backs, and
          core work that helps you brace. Each lists its exercises, timings and who it suits.{" "}
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
          No routine matches these filters. <Link href="/routines" className="font-medium text-brand-700 underline">Show all routines</Link>.
        </p>
      )}
    </div>
  );
}
