import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { enabledOAuthProviders } from "@/lib/auth/providers";
import { safeCallbackUrl } from "@/lib/auth/redirects";
import { getCurrentUser } from "@/lib/auth/session.server";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string; signedOut?: string; reset?: string }> };

const NOTICES = {
  everywhere: "You are signed out on every device.",
  done: "Your password is changed and every device was signed out. Sign in with the new one.",
} as const;

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl: rawCallback, error, signedOut, reset } = await searchParams;
  const notice = signedOut === "everywhere" ? NOTICES.everywhere : reset === "done" ? NOTICES.done : null;
  const callbackUrl = safeCallbackUrl(rawCallback);
  if (await getCurrentUser()) redirect(callbackUrl);
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
      <OAuthButtons providers={enabledOAuthProviders()} callbackUrl={callbackUrl} />
      <SignInForm callbackUrl={callbackUrl} />
    </div>
  );
}
