// The calculator's instant check in the browser: the one shared schema (lib/bmi/schema), run on the
// fields the form is about to send. The form loads this module with a dynamic import after the first
// input (ADR 0025), so zod is not part of the page's initial JavaScript; until it arrives, a submit
// simply goes to the server, which validates with the same schema and shows the same field errors.
import "@/lib/validation/zod-browser"; // before any schema parses: no eval probe under our CSP
import { bmiFieldErrors, bmiInputSchema } from "@/lib/bmi/schema";

/** The field errors (first message per field, keyed as the schema names them), or null when valid. */
export function bmiFormErrors(submitted: Record<string, string>): Record<string, string> | null {
  const parsed = bmiInputSchema.safeParse(submitted);
  return parsed.success ? null : bmiFieldErrors(parsed.error);
}
