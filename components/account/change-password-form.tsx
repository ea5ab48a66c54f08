"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/lib/auth/password-actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/constants";
import { idleState } from "@/lib/forms/form-state";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/** On the account page, and (with `callbackUrl`, to go on afterwards) on the forced change-password page. */
export function ChangePasswordForm({
  callbackUrl,
  currentLabel = "Current password",
}: {
  callbackUrl?: string;
  currentLabel?: string;
}) {
  const [state, action] = useActionState(changePasswordAction, idleState);
  const errors = state.fields ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Field id="currentPassword" label={currentLabel} error={errors.currentPassword}>
        <input
          id="currentPassword"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass(errors.currentPassword)}
          {...describedBy("currentPassword", errors.currentPassword)}
        />
      </Field>
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
      <SubmitButton pendingText="Changing…">Change password</SubmitButton>
    </form>
  );
}
