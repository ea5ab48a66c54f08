"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session.server";
import { formValues, invalid, type FormState } from "@/lib/forms/form-state";
import { updateProfile } from "./mutations.server";
import { profileSchema } from "./schemas";

export async function updateProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = profileSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const user = await requireUser("/profile");
  await updateProfile(user.id, parsed.data);
  revalidatePath("/dashboard", "layout");
  revalidatePath("/profile");
  return { status: "success", message: "Profile saved.", values: formValues(formData) };
}
