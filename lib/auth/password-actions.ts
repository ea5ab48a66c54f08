"use server";
// Account-security server actions: change password, sign out of all devices, forgot password and
// reset it with the emailed link. Thin: guard → parse → call the domain function → redirect or report.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { formValues, invalid, zodFieldErrors, type FormState } from "@/lib/forms/form-state";
import { signOut } from "./auth.server";
import { clientIp } from "./client-ip";
import { linkOrigin } from "./link-origin";
import { changePassword } from "./password-change.server";
import { requestPasswordReset, resetPassword } from "./password-reset.server";
import { changePasswordSchema, forgotPasswordSchema, resetPasswordSchema } from "./password-schemas";
import { formatRetry } from "./rate-limit.server";
import { safeCallbackUrl } from "./redirects";
import { getCurrentSession } from "./session.server";
import { endAllSessions } from "./sessions.server";

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // Not requireUser: an account with a one-time password must be able to get here.
  const session = await getCurrentSession();
  if (!session) redirect("/sign-in?callbackUrl=%2Faccount");
  const parsed = changePasswordSchema.safeParse({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
  });
  // Passwords are never sent back to refill the form.
  if (!parsed.success)
    return { status: "error", message: "Your password was not changed.", fields: zodFieldErrors(parsed.error) };
  const result = await changePassword({
    userId: session.user.id,
    sessionId: session.sessionId,
    ...parsed.data,
    ip: clientIp(await headers()),
  });
  if (!result.ok)
    return { status: "error", message: result.message ?? "Your password was not changed.", fields: result.fields };
  const next = formData.get("callbackUrl");
  if (typeof next === "string" && next) redirect(safeCallbackUrl(next));
  return { status: "success", message: "Password changed. Every other device you were signed in on is signed out." };
}

export async function signOutEverywhereAction(): Promise<void> {
  const session = await getCurrentSession();
  if (session) await endAllSessions(session.user.id);
  await signOut({ redirectTo: "/sign-in?signedOut=everywhere" });
}

/** The one answer to "forgot password", whether or not an account has that email. */
const RESET_REQUESTED =
  "If an account uses that email, we have sent it a link to choose a new password. The link works for 30 minutes.";

export async function forgotPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = forgotPasswordSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return invalid(parsed.error, formData);
  const requestHeaders = await headers();
  let origin: string;
  try {
    origin = linkOrigin(requestHeaders);
  } catch (error) {
    // A deployment without SITE_URL: say so in the log, and still answer as always.
    console.error(error);
    return { status: "success", message: RESET_REQUESTED };
  }
  // The mail (and the look-up of the account) happens after the answer is sent: same answer, same time.
  const outcome = await requestPasswordReset(
    { email: parsed.data.email, ip: clientIp(requestHeaders), origin },
    (task) =>
      after(() => task().catch((error: unknown) => console.error("Sending a password-reset mail failed:", error))),
  );
  if (!outcome.ok) return { status: "error", message: formatRetry(outcome.retryAt), values: formValues(formData) };
  return { status: "success", message: RESET_REQUESTED };
}

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = resetPasswordSchema.safeParse({
    token: formData.get("token"),
    newPassword: formData.get("newPassword"),
  });
  if (!parsed.success) {
    const fields = zodFieldErrors(parsed.error);
    return { status: "error", message: fields.token ?? "Your password was not changed.", fields };
  }
  const result = await resetPassword(parsed.data.token, parsed.data.newPassword);
  if (!result.ok) return { status: "error", message: "This link has expired or was already used. Ask for a new one." };
  redirect("/sign-in?reset=done");
}
