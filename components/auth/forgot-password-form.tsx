"use client";

import Link from "next/link";
import { useActionState } from "react";
import { forgotPasswordAction } from "@/lib/auth/password-actions";
import { idleState } from "@/lib/forms/form-state";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { EmailField } from "@/components/auth/credential-fields";

export function ForgotPasswordForm() {
  const [state, action] = useActionState(forgotPasswordAction, idleState);
  const errors = state.fields ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <EmailField error={errors.email} defaultValue={state.values?.email} />
      <FormMessage state={state} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SubmitButton pendingText="Sending…">Send me a reset link</SubmitButton>
        <Link href="/sign-in" className="text-sm font-medium text-brand-700 hover:underline">
          Back to sign in
        </Link>
      </div>
    </form>
  );
}
