"use server";
// The check-in form's server action: parse (the one check-in schema, with the age and sex taken from
// the profile rather than typed again) → authorise → save → revalidate → show the recommendations.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session.server";
import { todayIn } from "@/lib/dates/calendar";
import { formValues, zodFieldErrors, type FormState } from "@/lib/forms/form-state";
import { getProfile } from "@/lib/profile/queries.server";
import { ageYears, saveCheckIn } from "./personal.server";
import { checkInFromFormData, checkInSchema } from "./schema";

export async function saveCheckInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/check-in");
  const profile = await getProfile(user.id);
  // Checkbox groups send repeated keys, which formValues folds to the last one: keep every ticked
  // code (comma-joined) so a refused form comes back with the same boxes ticked.
  const values = {
    ...formValues(formData),
    redFlags: formData
      .getAll("redFlags")
      .filter((v) => typeof v === "string")
      .join(","),
    conditions: formData
      .getAll("conditions")
      .filter((v) => typeof v === "string")
      .join(","),
  };
  if (!profile?.birthDate) {
    return {
      status: "error",
      message: "Add your birth date to your profile first: the advice depends on your age.",
      values,
    };
  }
  // Height and weight are left out: the recommendation reads the BMI of the latest logged entry.
  const parsed = checkInSchema.safeParse({
    ...checkInFromFormData(formData),
    heightCm: null,
    weightKg: null,
    age: ageYears(profile.birthDate, todayIn()),
    sex: profile.sex,
  });
  if (!parsed.success) {
    return {
      status: "error",
      message: "Please check the highlighted fields.",
      fields: zodFieldErrors(parsed.error),
      values,
    };
  }
  await saveCheckIn(user.id, parsed.data);
  revalidatePath("/dashboard");
  revalidatePath("/recommendations");
  redirect("/recommendations");
}
