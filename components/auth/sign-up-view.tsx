import { enabledOAuthProviders } from "@/lib/auth/providers";
import { OAuthButtons } from "./oauth-buttons";
import { SignUpForm } from "./sign-up-form";

/**
 * The sign-up page, for both of its routes (ADR 0026): prerendered at /sign-up, and rendered per
 * request (app/(auth)/sign-up/per-request) for a visitor with a session cookie, to send them on.
 */
export function SignUpView() {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Create your account</h1>
        <p className="mt-1 text-sm text-stone-600">
          Free. Your measurements are yours: export or delete them at any time.
        </p>
      </div>
      <OAuthButtons providers={enabledOAuthProviders()} callbackUrl="/profile?welcome=1" />
      <SignUpForm />
    </div>
  );
}
