"use client";

// "Save to my log" under a calculator result, for someone signed in. The result's own fields are
// sent (hidden), with today's date where the person is; a day that already has an entry gets the
// same "Replace the measurement of <date>" offer as the measurement form.
import Link from "next/link";
import { useActionState, useSyncExternalStore } from "react";
import { saveCalculatorResultAction, type SaveResultState } from "@/lib/measurements/calculator-actions";
import { SubmitButton } from "@/components/ui/submit-button";

const noSubscription = () => () => {};

function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export function SaveResult({ fields, note }: { fields: Record<string, string>; note?: string }) {
  const [state, action] = useActionState(saveCalculatorResultAction, { status: "idle" } as SaveResultState);
  // Controlled, so React's reset of the form after each action cannot blank it ("" in the server render).
  const today = useSyncExternalStore(noSubscription, localToday, () => "");
  return (
    <form
      action={action}
      className="space-y-2 rounded-xl border border-brand-600/30 bg-brand-50 p-3 text-sm text-brand-900"
      data-testid="save-result"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {/* Without JavaScript the server's date (UTC) is used. */}
      <input type="hidden" name="measuredOn" value={today} />
      {note ? <p>{note}</p> : null}
      {state.status === "success" ? (
        <p role="status">
          {state.message}{" "}
          <Link
            href={`/dashboard?saved=${encodeURIComponent(state.savedId ?? "")}#status`}
            className="font-semibold underline"
          >
            See it on your dashboard
          </Link>
        </p>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pendingText="Saving…">Save to my log</SubmitButton>
          <span>Adds this height and weight to your BMI log for today.</span>
        </div>
      )}
      {state.duplicate ? (
        <div role="alert" className="space-y-2">
          <p>
            You already logged {state.duplicate.summary} on {state.duplicate.dateLabel}. There is one measurement per
            day.
          </p>
          <button
            type="submit"
            name="replace"
            value={state.duplicate.id}
            className="rounded-lg bg-amber-800 px-4 py-2 font-semibold text-white hover:bg-amber-900"
          >
            Replace the measurement of {state.duplicate.dateLabel}
          </button>
        </div>
      ) : null}
      {state.status === "error" && state.message ? (
        <p role="alert" className="font-medium text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
