"use client";

import type { ReactNode } from "react";
import { describePrescription } from "@/lib/routines/detail";
import type { PlayerPhase } from "@/lib/routines/session-plan";

/**
 * One phase: where we are ("Exercise 3 of 7"), what to do, and the picture. A rest shows the exercise
 * that comes next, so the person can get into position while it runs.
 */
export function PlayerPhaseView({
  phase,
  exerciseCount,
  illustration,
  timer,
  controls,
}: {
  phase: PlayerPhase;
  exerciseCount: number;
  illustration: ReactNode;
  /** The countdown, or the rep count for self-paced work. */
  timer: ReactNode;
  /** Back / Start-Pause-Done / Skip: right under the timer, in reach on a phone without scrolling. */
  controls: ReactNode;
}) {
  const exercise = phase.exercise;
  const rest = phase.kind === "rest";
  return (
    <div className="space-y-4">
      <div className="space-y-2">
        <p className="text-sm font-medium text-stone-600">
          Exercise {phase.stepIndex + 1} of {exerciseCount}
          {phase.label ? <span className="text-stone-500"> · {phase.label}</span> : null}
        </p>
        <ProgressSegments current={phase.stepIndex} count={exerciseCount} />
      </div>

      <div className={`rounded-2xl p-4 sm:p-6 ${rest ? "bg-sky-50" : "bg-brand-50"}`}>
        {rest ? (
          <p className="text-sm font-semibold uppercase tracking-wide text-sky-900">
            {phase.reason === "next-exercise" ? "Rest, then the next exercise" : "Rest"}
          </p>
        ) : null}
        <h2 id="phase-heading" tabIndex={-1} className="text-2xl font-bold text-stone-900 sm:text-3xl">
          {rest ? <span className="text-stone-600">Next: </span> : null}
          {exercise.name}
        </h2>
        <p className="mt-1 font-medium text-stone-800">{describePrescription(phase.prescription)}</p>
        <div className="mt-4">{timer}</div>
      </div>

      {controls}

      <div className="grid gap-4 sm:grid-cols-[14rem_1fr]">
        <div className={`mx-auto w-48 sm:w-full ${rest ? "text-sky-800 opacity-80" : "text-brand-700"}`}>
          {illustration}
        </div>
        <div className="space-y-3">
          {phase.note ? (
            <p className="rounded-lg bg-stone-50 px-3 py-2 text-sm italic text-stone-800">{phase.note}</p>
          ) : null}
          <ol className="list-decimal space-y-1 pl-5 text-stone-800">
            {exercise.steps.map((instruction, index) => (
              <li key={index}>{instruction}</li>
            ))}
          </ol>
          {exercise.safetyNotes.length ? (
            <details className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950">
              <summary className="min-h-8 cursor-pointer font-medium">Safety notes</summary>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {exercise.safetyNotes.map((note, index) => (
                  <li key={index}>{note}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** One bar per exercise: done, current, to come. Decorative: the text above says the same. */
function ProgressSegments({ current, count }: { current: number; count: number }) {
  return (
    <div aria-hidden="true" className="flex gap-1">
      {Array.from({ length: count }, (_, i) => (
        <span
          key={i}
          className={
            `h-1.5 flex-1 rounded-full motion-safe:transition-colors ` +
            `${i < current ? "bg-brand-600" : i === current ? "bg-brand-500" : "bg-stone-200"}`
          }
        />
      ))}
    </div>
  );
}

/** Stand-in until a drawing is passed for an exercise: its text alternative, so nothing is lost. */
export function IllustrationFallback({ alt }: { alt: string }) {
  return (
    <div
      role="img"
      aria-label={alt}
      className={
        "flex aspect-[16/10] items-center justify-center rounded-xl border border-dashed border-current " +
        "p-3 text-center text-xs"
      }
    >
      {alt}
    </div>
  );
}
