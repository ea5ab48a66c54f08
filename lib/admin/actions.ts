"use server";
import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/auth/session";
import { changeRole, setRoleSchema } from "./roles";

export async function setRoleAction(formData: FormData): Promise<void> {
  await requireAdmin();
  const parsed = setRoleSchema.safeParse({ userId: formData.get("userId"), role: formData.get("role") });
  if (!parsed.success) return;
  await changeRole(parsed.data);
  revalidatePath("/admin");
}
