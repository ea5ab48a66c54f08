// /routines with a filter (?kind=, ?intensity=, ?tag=): next.config.js rewrites those requests here,
// so the unfiltered catalogue at /routines can be prerendered while a filter is applied per request.
// Plain links and no JavaScript, as before; the address the visitor sees stays /routines?….
import type { Metadata } from "next";
import { RoutineCatalogue } from "@/components/routines/routine-catalogue";
import { pickOne } from "@/lib/routines/labels";
import { listRoutineCards } from "@/lib/routines/queries.server";
import { ROUTINE_TAGS } from "@/lib/routines/routine-tags";
import { EXERCISE_KINDS, INTENSITIES } from "@/lib/routines/types";

export const metadata: Metadata = {
  title: "Back-care routines",
  description:
    "Decompression, stretching, core and strength routines for lifters, each with steps, timings and safety notes.",
  alternates: { canonical: "/routines" },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FilteredRoutinesPage({ searchParams }: Props) {
  const params = await searchParams;
  const active = {
    kind: pickOne(EXERCISE_KINDS, params.kind),
    intensity: pickOne(INTENSITIES, params.intensity),
    tag: pickOne(ROUTINE_TAGS, params.tag),
  };
  return <RoutineCatalogue active={active} routines={await listRoutineCards(active)} />;
}
