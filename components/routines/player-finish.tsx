"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/forms/form-state";
import type { RecordSessionState } from "@/lib/routines/actions";
import type { Progression } from "@/lib/routines/detail";
import type { PlayerSummary } from "@/lib/routines/player-state";
import { DIFFICULTY_LABELS, SESSION_DIFFICULTIES } from "@/lib/routines/session-fields";
import { dayCount } from "@/lib/routines/streak";
import { PainInput } from "./pain-input";

export type RecordAction = (previous: RecordSessionState, formData: FormData) => Promise<RecordSessionState>;

/** The end: how hard it was and pain now, saved with the server action; then the confirmation. */
export function PlayerFinish({
  action,
  routineSlug,
  progression,
  painBefore,
  completedOn,
  summary,
}: {
  action: RecordAction;
  routineSlug: string;
  progression: Progression;
  painBefore: number;
  completedOn: string;
  summary: PlayerSummary;
}) {
  const [state, formAction] = useActionState(action, idleState as RecordSessionState);
  const [painAfter, setPainAfter] = useState(painBefore);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const saved = state.status === "success";
  const errors = state.fields ?? {};

  // Focus follows the change of screen (the player's buttons are gone), so keyboard and screen-reader
  // users land on the new heading instead of the top of the page.
  useEffect(() => {
    headingRef.current?.focus();
  }, [saved]);

  if (saved) {
    return (
      <section
        aria-labelledby="saved-heading"
        className="space-y-4 rounded-2xl border border-emerald-200 bg-emerald-50 p-5 sm:p-6"
      >
        <h2 id="saved-heading" ref={headingRef} tabIndex={-1} className="text-xl font-bold text-emerald-950">
          Session saved
        </h2>
        {state.streak ? (
          <p className="text-emerald-950">
            Your streak: <strong>{dayCount(state.streak.current)}</strong>
            {state.streak.longest > state.streak.current ? ` (longest ${dayCount(state.streak.longest)})` : ""}. Come
            back tomorrow to keep it going.
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <Link
            href="/dashboard"
            className="min-h-12 rounded-xl bg-brand-600 px-5 py-3 font-semibold text-white hover:bg-brand-700"
          >
            Go to your dashboard
          </Link>
          <Link
            href="/dashboard/sessions"
            className={
              "min-h-12 rounded-xl border border-stone-300 bg-white px-5 py-3 font-semibold " +
              "text-stone-800 hover:border-brand-500"
            }
          >
            Session history
          </Link>
        </div>
      </section>
    );
  }

  const partial = summary.endedEarly || summary.skipped > 0;
  return (
    <section
      aria-labelledby="finish-heading"
      className="space-y-5 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <div className="space-y-2">
        <h2 id="finish-heading" ref={headingRef} tabIndex={-1} className="text-xl font-bold text-stone-900">
          {summary.endedEarly ? "Session ended early" : "Session complete"}
        </h2>
        <p className={partial ? "rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950" : "text-sm text-stone-700"}>
          You did {summary.exercisesDone} of {summary.exerciseCount}{" "}
          {summary.exerciseCount === 1 ? "exercise" : "exercises"} ({summary.done} of {summary.total} sets
          {summary.skipped ? `, ${summary.skipped} skipped` : ""}).
          {summary.endedEarly
            ? " Ended early: it is still worth saving, and the rating helps pick your next level."
            : ""}
        </p>
      </div>

      <form action={formAction} noValidate className="space-y-5">
        <input type="hidden" name="routineSlug" value={routineSlug} />
        <input type="hidden" name="progression" value={progression} />
        <input type="hidden" name="painBefore" value={painBefore} />
        <input type="hidden" name="completedOn" value={completedOn} />

        <fieldset className="space-y-2" aria-describedby={errors.difficulty ? "difficulty-error" : undefined}>
          <legend className="font-medium text-stone-900">How hard was it?</legend>
          <div className="grid gap-2 sm:grid-cols-3">
            {SESSION_DIFFICULTIES.map((value) => (
              <label
                key={value}
                className={
                  "flex min-h-12 cursor-pointer items-center gap-3 rounded-xl border border-stone-300 " +
                  "px-4 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 " +
                  "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 " +
                  "has-[:focus-visible]:outline-brand-600"
                }
              >
                <input
                  type="radio"
                  name="difficulty"
                  value={value}
                  defaultChecked={state.values?.difficulty === value}
                  className="h-5 w-5 accent-brand-600"
                />
                <span className="font-medium">{DIFFICULTY_LABELS[value]}</span>
              </label>
            ))}
          </div>
          {errors.difficulty ? (
            <p id="difficulty-error" className="text-sm font-medium text-red-700">
              {/* The schema's message is written for API clients too; here the choice is right above. */}
              Choose one: easy, about right or hard.
            </p>
          ) : null}
        </fieldset>

        <PainInput
          id="pain-after"
          name="painAfter"
          label="How much does your back hurt now?"
          value={painAfter}
          onChange={setPainAfter}
          error={errors.painAfter}
        />

        {/* Fields the person cannot change here (routine, date, pain before) report under "form". */}
        {Object.entries(errors)
          .filter(([field]) => field !== "difficulty" && field !== "painAfter")
          .map(([field, message]) => (
            <p key={field} className="text-sm font-medium text-red-700">
              {message}
            </p>
          ))}
        <FormMessage state={state} />
        <SubmitButton pendingText="Saving…">Save session</SubmitButton>
      </form>
    </section>
  );
}
