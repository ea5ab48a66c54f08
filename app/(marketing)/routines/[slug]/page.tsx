import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GuidanceNotice } from "@/components/routines/guidance-notice";
import { RoutineBadges } from "@/components/routines/routine-badges";
import { RoutineSteps } from "@/components/routines/routine-steps";
import { CONDITION_LABELS } from "@/lib/recommendations/rules";
import { orEmptyAtBuild } from "@/lib/articles/prerender.server";
import { getRoutineDetail, listRoutineSlugs } from "@/lib/routines/queries.server";

type Props = { params: Promise<{ slug: string }> };

// The same for every visitor: prerendered at build, refreshed within a minute of an admin's change on
// every instance (the admin action revalidates its own at once); a new slug renders on first visit.
export const revalidate = 60;

export async function generateStaticParams() {
  return orEmptyAtBuild([], async () => (await listRoutineSlugs()).map(({ slug }) => ({ slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const routine = await getRoutineDetail((await params).slug);
  if (!routine) return { title: "Routine not found" };
  return { title: routine.name, description: routine.goal, alternates: { canonical: `/routines/${routine.slug}` } };
}

export default async function RoutinePage({ params }: Props) {
  const routine = await getRoutineDetail((await params).slug);
  if (!routine) notFound();
  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/routines" className="text-brand-700 underline">
          All routines
        </Link>
      </nav>
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{routine.name}</h1>
        <p className="text-lg text-stone-800">{routine.goal}</p>
        <RoutineBadges
          kind={routine.kind}
          intensity={routine.intensity}
          minutes={routine.minutes}
          usesInversion={routine.usesInversion}
        />
        <p className="max-w-3xl text-stone-700">{routine.summary}</p>
        <p className="text-sm text-stone-700">
          <span className="font-medium">Suits:</span> {routine.suitableFor}
        </p>
        {routine.usesInversion ? (
          <p className="rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-900">
            <strong>This routine turns you upside down.</strong> Do not use it with{" "}
            {routine.contraindications.map((code) => CONDITION_LABELS[code]).join(", ")}; nor under 18, nor with a BMI
            of 40 or more. Start at a shallow angle for a minute, build up over weeks, and have someone with you the
            first times.
          </p>
        ) : routine.contraindications.length ? (
          <p className="rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950">
            Not suitable with: {routine.contraindications.map((code) => CONDITION_LABELS[code]).join(", ")}.
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <Link
            href={`/practice/${routine.slug}`}
            className="rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700"
          >
            Start a guided session
          </Link>
          <Link
            href="/check-in"
            className={
              "rounded-lg border border-stone-300 bg-white px-5 py-2.5 font-semibold text-stone-800 " +
              "hover:bg-stone-100"
            }
          >
            Is it right for me today?
          </Link>
        </div>
      </header>
      <GuidanceNotice />
      <section aria-labelledby="steps-heading" className="space-y-3">
        <h2 id="steps-heading" className="text-xl font-semibold">
          The {routine.steps.length} steps
        </h2>
        <RoutineSteps steps={routine.steps} />
      </section>
    </article>
  );
}
