import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Forgot your password?</h1>
        <p className="mt-1 text-sm text-stone-600">
          Enter the email you sign in with. We&apos;ll send a link to choose a new password; it works once, for 30
          minutes.
        </p>
      </div>
      <ForgotPasswordForm />
    </div>
  );
}
