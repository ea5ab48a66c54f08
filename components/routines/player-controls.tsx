"use client";

import type { Ref } from "react";

const secondary =
  "min-h-12 rounded-xl border border-stone-300 bg-white px-2 py-3 font-semibold sm:px-4 text-stone-800 " +
  "shadow-sm hover:border-brand-500 hover:text-brand-700";

/** The shortcuts, written out where people see them (and where screen readers read them). */
export function KeyboardHelp() {
  return (
    <div className="rounded-xl bg-stone-50 px-4 py-3 text-sm text-stone-700">
      <h3 className="font-medium text-stone-900">Keyboard</h3>
      <ul className="mt-1 grid gap-x-6 gap-y-1 sm:grid-cols-3">
        <li>
          <kbd className="rounded border border-stone-300 bg-white px-1.5 font-mono text-xs">Space</kbd> start or pause
        </li>
        <li>
          <kbd className="rounded border border-stone-300 bg-white px-1.5 font-mono text-xs">→</kbd> or{" "}
          <kbd className="rounded border border-stone-300 bg-white px-1.5 font-mono text-xs">N</kbd> next, skip or done
        </li>
        <li>
          <kbd className="rounded border border-stone-300 bg-white px-1.5 font-mono text-xs">←</kbd> or{" "}
          <kbd className="rounded border border-stone-300 bg-white px-1.5 font-mono text-xs">P</kbd> back
        </li>
      </ul>
    </div>
  );
}

/** "0:45", "1:30": minutes and seconds, the way a clock shows them. */
export function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** The countdown as text: role="timer" is not read out on every change; the live region speaks instead. */
export function Countdown({ seconds, running, rest }: { seconds: number; running: boolean; rest: boolean }) {
  return (
    <div className="flex flex-col items-center gap-1">
      <p
        role="timer"
        aria-label={`${seconds} ${seconds === 1 ? "second" : "seconds"} left${running ? "" : ", paused"}`}
        className={`text-7xl font-bold tabular-nums sm:text-8xl ${rest ? "text-sky-800" : "text-brand-700"}`}
      >
        {clock(seconds)}
      </p>
      <p aria-hidden="true" className="text-sm font-medium text-stone-500">
        {running ? (rest ? "resting" : "holding") : "paused"}
      </p>
    </div>
  );
}

/**
 * Back, the main button (Start / Pause / Done) and Skip, always in this order and always present,
 * so focus never falls off a button that disappears between phases.
 */
export function PlayerControls({
  primaryLabel,
  onPrimary,
  onBack,
  onNext,
  nextLabel,
  primaryRef,
}: {
  primaryLabel: string;
  onPrimary: () => void;
  onBack: () => void;
  onNext: () => void;
  nextLabel: string;
  primaryRef: Ref<HTMLButtonElement>;
}) {
  return (
    <div className="grid grid-cols-[1fr_1.6fr_1fr] gap-2 sm:grid-cols-[1fr_2fr_1fr] sm:gap-3">
      {/* Never disabled: at the first phase Back restarts it, and a disabled button would drop focus. */}
      <button type="button" onClick={onBack} aria-keyshortcuts="ArrowLeft P" className={secondary}>
        <span aria-hidden="true" className="hidden sm:inline">
          ←{" "}
        </span>
        Back
      </button>
      <button
        ref={primaryRef}
        type="button"
        onClick={onPrimary}
        aria-keyshortcuts={primaryLabel === "Done" ? "ArrowRight N" : "Space"}
        className={
          "min-h-12 rounded-xl bg-brand-600 px-4 py-3 text-lg font-semibold text-white shadow-sm " +
          "hover:bg-brand-700"
        }
      >
        {primaryLabel}
      </button>
      <button type="button" onClick={onNext} aria-keyshortcuts="ArrowRight N" className={secondary}>
        {nextLabel}
        <span aria-hidden="true" className="hidden sm:inline">
          {" "}
          →
        </span>
      </button>
    </div>
  );
}

/** "End session" with an inline confirmation (no window.confirm: it works the same everywhere). */
export function EndSession({
  confirming,
  onAsk,
  onCancel,
  onConfirm,
}: {
  confirming: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  if (!confirming) {
    return (
      <button
        type="button"
        onClick={onAsk}
        className="min-h-12 rounded-xl px-4 py-2 text-sm font-semibold text-red-800 underline-offset-2 hover:underline"
      >
        End session
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-labelledby="end-question"
      className="space-y-3 rounded-xl border border-red-200 bg-red-50 p-4"
    >
      <p id="end-question" className="text-sm text-red-950">
        End the session now? You can still rate it and save what you did.
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={onConfirm}
          className="min-h-12 rounded-xl bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800"
        >
          Yes, end it
        </button>
        {/* Focused first: the safe choice for a stray Enter. */}
        <button type="button" autoFocus onClick={onCancel} className={secondary}>
          Keep going
        </button>
      </div>
    </div>
  );
}
