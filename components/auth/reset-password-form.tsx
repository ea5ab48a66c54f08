"use client";

import { useActionState } from "react";
import { resetPasswordAction } from "@/lib/auth/password-actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/constants";
import { idleState } from "@/lib/forms/form-state";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, idleState);
  const errors = state.fields ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <Field
        id="newPassword"
        label="New password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong one.`}
        error={errors.newPassword}
      >
        <input
          id="newPassword"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          className={inputClass(errors.newPassword)}
          {...describedBy("newPassword", errors.newPassword, true)}
        />
      </Field>
      <FormMessage state={state} />
      <SubmitButton pendingText="Saving…">Set new password</SubmitButton>
    </form>
  );
}
