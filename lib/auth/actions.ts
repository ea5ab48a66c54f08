"use server";
// Sign-up, sign-in and sign-out server actions: parse → rate-limit → call → redirect.
import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { idleState, invalid, formValues, type FormState } from "@/lib/forms/form-state";
import { signIn, signOut } from "./auth.server";
import { clientIp } from "./client-ip";
import { formatRetry, minutesUntil, reserveAttempt, signUpRules } from "./rate-limit.server";
import { safeCallbackUrl } from "./redirects";
import { submittedCallback } from "./referer-callback";
import { signInSchema, signUpSchema } from "./schemas";
import { signInRetryAt } from "./sign-in.server";
import { EmailTakenError, createUserWithPassword } from "./users.server";

const WRONG_CREDENTIALS = "Email or password is incorrect.";

async function requestIp(): Promise<string | undefined> {
  return clientIp(await headers());
}

/**
 * Where to go after signing in: the form's callbackUrl, or (posted without JavaScript from the
 * prerendered page, which cannot fill it) the sign-in address's own, from the Referer. Either is
 * input, checked by the one same-origin rule.
 */
async function callbackTarget(formData: FormData): Promise<string> {
  return safeCallbackUrl(submittedCallback(formData.get("callbackUrl"), (await headers()).get("referer")));
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return invalid(parsed.error, formData);
  const values = formValues(formData);
  // The rate limits are applied in Auth.js's authorize step (lib/auth/sign-in.server.ts), which every
  // credentials sign-in goes through; here only the "when to retry" message is worked out.
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: await callbackTarget(formData) });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      const until = await signInRetryAt(parsed.data.email, await requestIp());
      return { status: "error", message: until ? formatRetry(until) : WRONG_CREDENTIALS, values };
    }
    if (error instanceof AuthError) return { status: "error", message: WRONG_CREDENTIALS, values };
    throw error; // the success redirect
  }
  return idleState;
}

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = signUpSchema.safeParse({
    name: formData.get("name"),
    email: formData.get("email"),
    password: formData.get("password"),
  });
  if (!parsed.success) return invalid(parsed.error, formData);
  const values = formValues(formData);
  const reservation = await reserveAttempt("sign_up", signUpRules(parsed.data.email, await requestIp()));
  if (!reservation.ok) return { status: "error", message: formatRetry(reservation.retryAt), values };
  try {
    await createUserWithPassword(parsed.data);
  } catch (error) {
    if (error instanceof EmailTakenError) return { status: "error", fields: { email: error.message }, values };
    throw error;
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: "/profile?welcome=1",
    });
  } catch (error) {
    // The account exists; only signing in is held back (this address used up its sign-in attempts).
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      const until = await signInRetryAt(parsed.data.email, await requestIp());
      const wait = until ? minutesUntil(until) : "a few minutes";
      return {
        status: "success",
        message:
          `Your account is ready, but there were too many sign-in attempts from your network. Sign in in ` + `${wait}.`,
        values,
      };
    }
    throw error; // the success redirect
  }
  return idleState;
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

export async function oauthSignInAction(formData: FormData): Promise<void> {
  const provider = formData.get("provider");
  if (provider !== "github" && provider !== "google") return;
  await signIn(provider, { redirectTo: await callbackTarget(formData) });
}
