"use client";

import type { Progression } from "@/lib/routines/detail";
import type { ProgressionSuggestion } from "@/lib/routines/progression";
import { PROGRESSION_DESCRIPTIONS, PROGRESSION_LABELS, PROGRESSIONS } from "@/lib/routines/session-fields";
import { formatDuration, type SessionPlan } from "@/lib/routines/session-plan";
import { KeyboardHelp } from "./player-controls";
import { PainInput } from "./pain-input";

/** Before the first exercise: pain now, which level to do (suggested, and why), and what is ahead. */
export function PlayerSetup({
  painBefore,
  onPainChange,
  progression,
  onProgressionChange,
  suggestion,
  hasVariants,
  plan,
  onStart,
}: {
  painBefore: number;
  onPainChange: (value: number) => void;
  progression: Progression;
  onProgressionChange: (value: Progression) => void;
  suggestion: ProgressionSuggestion;
  hasVariants: boolean;
  plan: SessionPlan;
  onStart: () => void;
}) {
  const exercises = [
    ...new Map(plan.phases.filter((p) => p.kind !== "rest").map((p) => [p.stepIndex, p.exercise.name])).values(),
  ];
  return (
    <section
      aria-labelledby="setup-heading"
      className="space-y-6 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id="setup-heading" className="text-xl font-bold text-stone-900">
        Before you start
      </h2>

      <PainInput
        id="pain-before"
        name="painBefore"
        label="How much does your back hurt right now?"
        value={painBefore}
        onChange={onPainChange}
      />

      {hasVariants ? (
        <fieldset className="space-y-3">
          <legend className="font-medium text-stone-900">Level</legend>
          <p className="text-sm text-stone-700">
            <span className="font-semibold">
              Suggested: {PROGRESSION_LABELS[suggestion.progression].toLowerCase()}.
            </span>{" "}
            {suggestion.reason ?? "Nothing in your history of this routine calls for a change, so do it as written."}
          </p>
          <div className="grid gap-2 sm:grid-cols-3">
            {PROGRESSIONS.map((option) => (
              <label
                key={option}
                className={
                  "flex min-h-12 cursor-pointer items-start gap-3 rounded-xl border border-stone-300 " +
                  "bg-white p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 " +
                  "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 " +
                  "has-[:focus-visible]:outline-brand-600"
                }
              >
                <input
                  type="radio"
                  name="progression-choice"
                  value={option}
                  checked={progression === option}
                  onChange={() => onProgressionChange(option)}
                  className="mt-1 h-5 w-5 accent-brand-600"
                />
                <span className="text-sm">
                  <span className="block font-semibold text-stone-900">
                    {PROGRESSION_LABELS[option]}
                    {option === suggestion.progression ? (
                      <span className="ml-2 rounded-full bg-brand-100 px-2 py-0.5 text-xs font-medium text-brand-900">
                        suggested
                      </span>
                    ) : null}
                  </span>
                  <span className="text-stone-600">{PROGRESSION_DESCRIPTIONS[option]}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <p className="text-sm text-stone-700">
          This routine has no easier or harder variants, so everyone does it as written.
        </p>
      )}

      <div className="space-y-2">
        <h3 className="font-medium text-stone-900">
          {plan.exerciseCount} {plan.exerciseCount === 1 ? "exercise" : "exercises"}, about{" "}
          {formatDuration(plan.totalSeconds)}
        </h3>
        <ol className="list-decimal space-y-0.5 pl-5 text-sm text-stone-700">
          {exercises.map((name, index) => (
            <li key={index}>{name}</li>
          ))}
        </ol>
      </div>

      <KeyboardHelp />

      <button
        type="button"
        onClick={onStart}
        className={
          "min-h-12 w-full rounded-xl bg-brand-600 px-6 py-3 text-lg font-semibold text-white shadow-sm " +
          "hover:bg-brand-700 sm:w-auto"
        }
      >
        Start session
      </button>
    </section>
  );
}
