"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signInAction } from "@/lib/auth/actions";
import { idleState } from "@/lib/forms/form-state";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { EmailField } from "@/components/auth/credential-fields";
import { CallbackUrlField, SignUpLink } from "./callback-url";

export function SignInForm() {
  const [state, action] = useActionState(signInAction, idleState);
  const errors = state.fields ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <CallbackUrlField />
      <EmailField error={errors.email} defaultValue={state.values?.email} />
      <Field id="password" label="Password" error={errors.password}>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass(errors.password)}
          {...describedBy("password", errors.password)}
        />
      </Field>
      <p className="-mt-2 text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 hover:underline">
          Forgot your password?
        </Link>
      </p>
      <FormMessage state={state} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
        <SignUpLink className="text-sm font-medium text-brand-700 hover:underline">
          New here? Create an account
        </SignUpLink>
      </div>
    </form>
  );
}
