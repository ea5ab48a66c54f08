import { enabledOAuthProviders } from "@/lib/auth/providers";
import { OAuthButtons } from "./oauth-buttons";
import { SignInForm } from "./sign-in-form";

const NOTICES = {
  everywhere: "You are signed out on every device.",
  done: "Your password is changed and every device was signed out. Sign in with the new one.",
} as const;

/** What the sign-in page says about how the visitor got here (only the per-request twin has a query). */
export type SignInQuery = { error?: string; signedOut?: string; reset?: string };

/**
 * The sign-in page, for both of its routes (ADR 0026): prerendered at /sign-in with no query, and
 * rendered per request (app/(auth)/sign-in/per-request) for a session cookie or a notice in the query.
 */
export function SignInView({ query = {} }: { query?: SignInQuery }) {
  const { error, signedOut, reset } = query;
  const notice = signedOut === "everywhere" ? NOTICES.everywhere : reset === "done" ? NOTICES.done : null;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Sign in</h1>
        <p className="mt-1 text-sm text-stone-600">Track your BMI over time and get routines that fit you.</p>
      </div>
      {notice ? (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {notice}
        </p>
      ) : null}
      {error && error !== "CredentialsSignin" ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          That sign-in did not work. Please try again.
        </p>
      ) : null}
      <OAuthButtons providers={enabledOAuthProviders()} />
      <SignInForm />
    </div>
  );
}
