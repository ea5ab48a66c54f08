"use client";

import { PAIN_RANGE } from "@/lib/routines/session-fields";

/** Words for the ends and middle of the 0–10 scale, so the number means the same to everyone. */
export function painWords(value: number): string {
  if (value === 0) return "no pain";
  if (value <= 3) return "mild";
  if (value <= 6) return "moderate";
  if (value <= 9) return "severe";
  return "worst imaginable";
}

/**
 * Pain on the 0–10 scale as a slider with its value shown large: the arrow keys, Home/End and a
 * thumb all work, and screen readers hear "3 out of 10, mild" rather than a bare number.
 */
export function PainInput({
  id,
  name,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  name: string;
  label: string;
  value: number;
  onChange: (value: number) => void;
  error?: string;
}) {
  const text = `${value} out of 10, ${painWords(value)}`;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <label htmlFor={id} className="font-medium text-stone-900">
          {label}
        </label>
        <output
          htmlFor={id}
          aria-hidden="true"
          className="whitespace-nowrap text-2xl font-bold tabular-nums text-stone-900"
        >
          {value}
          <span className="text-sm font-normal text-stone-500">/10 · {painWords(value)}</span>
        </output>
      </div>
      <input
        id={id}
        name={name}
        type="range"
        min={PAIN_RANGE.min}
        max={PAIN_RANGE.max}
        step={1}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        aria-valuetext={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-scale`}
        className="h-10 w-full cursor-pointer accent-brand-600"
      />
      <p id={`${id}-scale`} className="flex justify-between text-xs text-stone-500">
        <span>0 = no pain</span>
        <span>10 = worst imaginable</span>
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
