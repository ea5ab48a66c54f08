"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signUpAction } from "@/lib/auth/actions";
import { idleState } from "@/lib/forms/form-state";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { EmailField, NewPasswordField } from "@/components/auth/credential-fields";

export function SignUpForm() {
  const [state, action] = useActionState(signUpAction, idleState);
  const errors = state.fields ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field id="name" label="Display name (optional)" error={errors.name}>
        <input
          id="name"
          name="name"
          autoComplete="nickname"
          defaultValue={state.values?.name}
          className={inputClass(errors.name)}
          {...describedBy("name", errors.name)}
        />
      </Field>
      <EmailField error={errors.email} defaultValue={state.values?.email} />
      <NewPasswordField name="password" label="Password" error={errors.password} />
      <FormMessage state={state} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SubmitButton pendingText="Creating your account…">Create account</SubmitButton>
        <Link href="/sign-in" className="text-sm font-medium text-brand-700 hover:underline">
          Already have an account? Sign in
        </Link>
      </div>
    </form>
  );
}
