"use client";

import Link from "next/link";
import { useActionState } from "react";
import { forgotPasswordAction } from "@/lib/auth/password-actions";
import { idleState } from "@/lib/forms/form-state";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function ForgotPasswordForm() {
  const [state, action] = useActionState(forgotPasswordAction, idleState);
  const errors = state.fields ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field id="email" label="Email" error={errors.email}>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.values?.email}
          className={inputClass(errors.email)}
          {...describedBy("email", errors.email)}
        />
      </Field>
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
