"use server";
// Account-security server actions: change password, sign out of all devices. Thin: guard → parse →
// call the domain function → redirect or report.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { zodFieldErrors, type FormState } from "@/lib/forms/form-state";
import { signOut } from "./auth.server";
import { clientIp } from "./client-ip";
import { changePassword } from "./password-change.server";
import { changePasswordSchema } from "./password-schemas";
import { safeCallbackUrl } from "./redirects";
import { getCurrentSession } from "./session";
import { endAllSessions } from "./sessions.server";

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // Not requireUser: an account with a one-time password must be able to get here.
  const session = await getCurrentSession();
  if (!session) redirect("/sign-in?callbackUrl=%2Faccount");
  const parsed = changePasswordSchema.safeParse({ currentPassword: formData.get("currentPassword"), newPassword: formData.get("newPassword") });
  // Passwords are never sent back to refill the form.
  if (!parsed.success) return { status: "error", message: "Your password was not changed.", fields: zodFieldErrors(parsed.error) };
  const result = await changePassword({ userId: session.user.id, sessionId: session.sessionId, ...parsed.data, ip: clientIp(await headers()) });
  if (!result.ok) return { status: "error", message: result.message ?? "Your password was not changed.", fields: result.fields };
  const next = formData.get("callbackUrl");
  if (typeof next === "string" && next) redirect(safeCallbackUrl(next));
  return { status: "success", message: "Password changed. Every other device you were signed in on is signed out." };
}

export async function signOutEverywhereAction(): Promise<void> {
  const session = await getCurrentSession();
  if (session) await endAllSessions(session.user.id);
  await signOut({ redirectTo: "/sign-in?signedOut=everywhere" });
}
