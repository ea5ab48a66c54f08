"use server";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth/auth.server";
import { requireUser } from "@/lib/auth/session.server";
import { invalid, type FormState } from "@/lib/forms/form-state";
import { deleteAccount } from "./mutations.server";
import { deleteAccountSchema } from "./schemas";

export async function deleteAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/account");
  const parsed = deleteAccountSchema(user.email).safeParse({ confirm: formData.get("confirm") });
  if (!parsed.success) return invalid(parsed.error, formData, "Your account was not deleted.");
  await deleteAccount(user.id);
  await signOut({ redirect: false });
  redirect("/?account=deleted");
}
