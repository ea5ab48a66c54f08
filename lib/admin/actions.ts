"use server";
// Server actions of the admin's people page: parse → authorise → call → revalidate.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth/session.server";
import { changeRole } from "./roles.server";

/** Grants or removes the admin role, then returns to the same search with what happened. */
export async function setRoleAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin("/admin/users");
  const role = formData.get("role");
  const result = await changeRole(admin, { userId: formData.get("userId"), role });
  revalidatePath("/admin", "layout");
  const back = new URLSearchParams();
  const q = formData.get("q");
  if (typeof q === "string" && q.trim()) back.set("q", q.trim());
  // A code, not the message: the page maps it to its own text, so a link cannot put words on it.
  back.set("notice", result.ok ? (role === "ADMIN" ? "granted" : "removed") : result.code);
  redirect(`/admin/users?${back.toString()}`);
}
