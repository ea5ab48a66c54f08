import type { FormState } from "@/lib/forms/form-state";

/** The form-level outcome, announced to screen readers. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return <div role="status" aria-live="polite" />;
  const style = state.status === "success" ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800";
  return (
    <p role={state.status === "error" ? "alert" : "status"} className={`rounded-lg px-3 py-2 text-sm ${style}`}>
      {state.message}
    </p>
  );
}
