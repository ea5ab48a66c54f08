import type { ReactNode } from "react";

/** A labelled input with its hint and inline error, wired up for screen readers. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
  className = "",
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-stone-800">
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Text inputs. Focus is the site's focus outline (2 px brand green, offset: globals.css) plus a
 * darker border, clearly visible on white; the old faint ring on a removed outline was not.
 */
export function inputClass(error?: string): string {
  return `w-full rounded-lg border bg-white px-3 py-2 text-base shadow-sm ${
    error ? "border-red-600 focus-visible:outline-red-700" : "border-stone-400 focus:border-brand-700"
  }`;
}

/** aria attributes that tie an input to its hint or error. */
export function describedBy(id: string, error?: string, hint?: boolean) {
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  } as const;
}
