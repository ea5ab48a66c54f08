import Link from "next/link";
import { RoutineBadges } from "@/components/routines/routine-badges";
import type { PersonalRecommendation } from "@/lib/recommendations/personal.server";

/** The dashboard's "Today's routine": the top recommendation and why, or the doctor advice instead. */
export function TodayRoutineCard({ result }: { result: PersonalRecommendation }) {
  const frame = "space-y-3 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm";
  const heading = (
    <h2 id="today-heading" className="text-sm font-medium uppercase tracking-wide text-stone-600">
      Today&apos;s routine
    </h2>
  );
  if (result.status !== "ok") {
    return (
      <section aria-labelledby="today-heading" className={frame}>
        {heading}
        <p className="text-sm text-stone-700">
          Tell us how your back is today and we&apos;ll suggest a decompression, stretching or core routine that fits
          you.
        </p>
        <Link
          href={result.status === "needs_birth_date" ? "/profile" : "/check-in"}
          className="inline-block rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
        >
          {result.status === "needs_birth_date" ? "Add your birth date" : "Check in"}
        </Link>
      </section>
    );
  }
  const { safety, routines } = result.recommendation;
  const top = routines[0];
  if (safety.level === "emergency" || safety.level === "urgent" || !top) {
    return (
      <section
        aria-labelledby="today-heading"
        className={`${frame} border-red-200 bg-red-50`}
        data-safety-level={safety.level}
      >
        {heading}
        <p className="text-sm font-medium text-red-950">{safety.message}</p>
        <Link href="/check-in" className="text-sm font-semibold text-red-900 underline">
          Update your check-in
        </Link>
      </section>
    );
  }
  return (
    <section aria-labelledby="today-heading" className={frame}>
      {heading}
      <div className="space-y-2">
        <p className="text-xl font-semibold text-brand-900">
          <Link href={`/routines/${top.slug}`} className="hover:underline">
            {top.name}
          </Link>
        </p>
        <RoutineBadges
          kind={top.kind}
          intensity={top.intensity}
          minutes={top.minutes}
          usesInversion={top.usesInversion}
        />
      </div>
      <ul className="list-disc space-y-1 pl-5 text-sm text-stone-800">
        {top.reasons.slice(0, 3).map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {safety.level === "routine" ? <p className="text-sm text-sky-900">{safety.message}</p> : null}
      <div className="flex flex-wrap gap-3 text-sm">
        <Link
          href={`/practice/${top.slug}`}
          className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        >
          Start now
        </Link>
        <Link
          href="/recommendations"
          className="rounded-lg border border-stone-300 px-4 py-2 font-semibold text-stone-800 hover:bg-stone-100"
        >
          All recommendations
        </Link>
        <Link href="/check-in" className="px-1 py-2 font-medium text-brand-700 underline">
          Update check-in
        </Link>
      </div>
      <p className="text-xs text-stone-600">General guidance, not medical advice.</p>
    </section>
  );
}
