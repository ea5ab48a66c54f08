"use server";
// "Save to my log" on a calculator result: the calculator's own fields (units, height, weight,
// waist) go through the measurement log's schema and domain function, exactly like the entry form,
// with the same one-entry-per-day rule and Replace offer.
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session.server";
import { formatDate } from "@/lib/dashboard/format";
import type { MeasurementFormState } from "./form-state";
import { createMeasurement } from "./mutations.server";

/** success carries the saved entry, for the "see it on your dashboard" link. */
export type SaveResultState = MeasurementFormState & { savedId?: string };

export async function saveCalculatorResultAction(
  _previous: SaveResultState,
  formData: FormData,
): Promise<SaveResultState> {
  // Not requireUser(): a redirect to sign in would throw away the result on screen.
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: "Sign in to save this result to your log." };
  const replace = formData.get("replace");
  const result = await createMeasurement(
    user.id,
    Object.fromEntries(formData),
    typeof replace === "string" && replace !== "" ? replace : false,
  );
  if (!result.ok) {
    const existing = result.duplicate;
    if (existing) {
      return {
        status: "error",
        duplicate: {
          id: existing.id,
          measuredOn: existing.measuredOn,
          dateLabel: formatDate(existing.measuredOn),
          summary: `BMI ${existing.bmi.toFixed(1)}`,
        },
      };
    }
    // The calculator already checked these values; what is left is the log's own rules (the date,
    // a profile without a height when none was typed).
    return { status: "error", message: Object.values(result.fields).join(" ") || "This result could not be saved." };
  }
  revalidatePath("/dashboard");
  const verb = result.replaced ? "Replaced your measurement of" : "Saved to your log for";
  return {
    status: "success",
    message: `${verb} ${formatDate(result.measurement.measuredOn)}.`,
    savedId: result.measurement.id,
  };
}
