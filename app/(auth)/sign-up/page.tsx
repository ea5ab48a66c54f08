import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { enabledOAuthProviders } from "@/lib/auth/providers";
import { getCurrentUser } from "@/lib/auth/session.server";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/dashboard");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Create your account</h1>
        <p className="mt-1 text-sm text-stone-600">Free. Your measurements are yours: export or delete them at any time.</p>
      </div>
      <OAuthButtons providers={enabledOAuthProviders()} callbackUrl="/profile?welcome=1" />
      <SignUpForm />
    </div>
  );
}
