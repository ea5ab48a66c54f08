"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signUpAction } from "@/lib/auth/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/constants";
import { idleState } from "@/lib/forms/form-state";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

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
      <Field
        id="password"
        label="Password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong one.`}
        error={errors.password}
      >
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          className={inputClass(errors.password)}
          {...describedBy("password", errors.password, true)}
        />
      </Field>
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
