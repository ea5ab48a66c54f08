import Link from "next/link";
import type { RoutineCard as Card } from "@/lib/routines/detail";
import { RoutineBadges } from "./routine-badges";

export function RoutineCard({ routine, headingLevel = 2 }: { routine: Card; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex h-full flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
      <Heading className="text-lg font-semibold text-brand-900">
        <Link href={`/routines/${routine.slug}`} className="hover:underline">
          {routine.name}
        </Link>
      </Heading>
      <RoutineBadges
        kind={routine.kind}
        intensity={routine.intensity}
        minutes={routine.minutes}
        usesInversion={routine.usesInversion}
      />
      <p className="text-sm text-stone-700">{routine.goal}</p>
      <p className="mt-auto text-xs text-stone-600">
        {routine.exerciseCount} exercises · Suits: {routine.suitableFor}
      </p>
    </article>
  );
}
