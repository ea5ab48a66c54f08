"use client";

// The dashboard's message after a save, edit, delete or import. It takes focus when it appears, so
// a screen reader reads it out (a live region that is already there on page load is not announced)
// and keyboard users start from it, next to its Undo button. Without JavaScript the redirect's
// #status fragment scrolls to it instead.
import { useEffect, useRef, type ReactNode } from "react";

const TONES = {
  success: "border-emerald-300 bg-emerald-50 text-emerald-950",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
} as const;

export function StatusNotice({
  tone,
  text,
  children,
}: {
  tone: keyof typeof TONES;
  text: string;
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [text]);
  return (
    <div
      id="status"
      ref={ref}
      tabIndex={-1}
      role="status"
      className={
        `flex flex-wrap items-center justify-between gap-3 rounded-xl border px-4 py-3 text-sm ` +
        `focus:outline-2 focus:outline-offset-2 focus:outline-brand-600 ${TONES[tone]}`
      }
    >
      <p>{text}</p>
      {children}
    </div>
  );
}
