// The measurement form's state: the app's FormState plus, when the date already has an entry, that
// entry, so the form can offer "Replace the entry of <date>" (one entry per day, ADR 0011).
import type { FormState } from "@/lib/forms/form-state";

export type DuplicateDay = {
  /** The entry on that day: the Replace button sends it back, so only that entry is replaced. */
  id: string;
  measuredOn: string;
  /** "21 Nov 2026". */
  dateLabel: string;
  /** What it holds, in the person's units: "82.4 kg". */
  summary: string;
};

export type MeasurementFormState = FormState & { duplicate?: DuplicateDay };
