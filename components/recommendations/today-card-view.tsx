"use client";

// "Today's routine" drawn from what ./today-card picked on the server. A client component without
// state: its markup is in the HTML once, where a server component's would also be in the React
// payload (ADR 0024, third-pass addendum).
import Link from "next/link";
import type { ComponentProps } from "react";
import { RoutineBadges } from "@/components/routines/routine-badges";

export type TodayCardData =
  /** No recommendation yet: the way to one (a check-in, or the birth date first). */
  | { kind: "ask"; href: string; label: string }
  /** Urgent or emergency advice instead of a routine (or no routine fits). */
  | { kind: "safety"; level: string; message: string }
  | {
      kind: "routine";
      slug: string;
      name: string;
      facts: ComponentProps<typeof RoutineBadges>;
      reasons: string[];
      /** Routine-level safety advice shown under the reasons. */
      note: string | null;
    };

// `card` and `btn` are app/globals.css's short classes (issue 10).
const FRAME = "card space-y-3 sm:p-5";

export function TodayCardView({ card }: { card: TodayCardData }) {
  const heading = (
    <h2 id="today-heading" className="card-title text-stone-600">
      Today&apos;s routine
    </h2>
  );
  if (card.kind === "ask") {
    return (
      <section aria-labelledby="today-heading" className={FRAME}>
        {heading}
        <p className="text-sm text-stone-700">
          Tell us how your back is today and we&apos;ll suggest a decompression, stretching or core routine that fits
          you.
        </p>
        <Link href={card.href} className="btn inline-block text-sm">
          {card.label}
        </Link>
      </section>
    );
  }
  if (card.kind === "safety") {
    return (
      <section
        aria-labelledby="today-heading"
        className={`${FRAME} border-red-200 bg-red-50`}
        data-safety-level={card.level}
      >
        {heading}
        <p className="text-sm font-medium text-red-950">{card.message}</p>
        <Link href="/check-in" className="text-sm font-semibold text-red-900 underline">
          Update your check-in
        </Link>
      </section>
    );
  }
  return (
    <section aria-labelledby="today-heading" className={FRAME}>
      {heading}
      <div className="space-y-2">
        <p className="text-xl font-semibold text-brand-900">
          <Link href={`/routines/${card.slug}`} className="hover:underline">
            {card.name}
          </Link>
        </p>
        <RoutineBadges {...card.facts} />
      </div>
      <ul className="list-disc space-y-1 pl-5 text-sm text-stone-800">
        {card.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {card.note ? <p className="text-sm text-sky-900">{card.note}</p> : null}
      <div className="flex flex-wrap gap-3 text-sm">
        <Link href={`/practice/${card.slug}`} className="btn">
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
