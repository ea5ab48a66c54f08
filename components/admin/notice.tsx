import type { ReactNode } from "react";

/** The outcome of the last admin action, announced to screen readers; nothing when there is none. */
export function Notice({ tone, children }: { tone: "success" | "error"; children: ReactNode }) {
  const style = tone === "success" ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800";
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`rounded-lg px-3 py-2 text-sm ${style}`}>
      {children}
    </p>
  );
}
