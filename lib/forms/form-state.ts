// The state every server-action form returns: field errors under the field's name, a form-level
// message, and the values to put back so nothing the person typed is lost.
import type { z } from "zod";

export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fields?: Record<string, string>;
  values?: Record<string, string>;
};

export const idleState: FormState = { status: "idle" };

/**
 * First message per field, keyed by the field the person typed into (issues without a path go
 * under "form"), ready to show inline. Structural, so any zod error (or the like) fits.
 */
export function zodFieldErrors(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "form";
    fields[key] ??= issue.message;
  }
  return fields;
}

/** Text values of a submitted form (files and passwords excluded), to refill it after an error. */
export function formValues(formData: FormData, omit: string[] = ["password"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

export function invalid(
  error: z.ZodError,
  formData: FormData,
  message = "Please check the highlighted fields.",
): FormState {
  return { status: "error", message, fields: zodFieldErrors(error), values: formValues(formData) };
}
