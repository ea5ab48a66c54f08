"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/lib/auth/password-actions";
import { idleState } from "@/lib/forms/form-state";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { NewPasswordField } from "@/components/auth/credential-fields";

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
      <NewPasswordField name="newPassword" label="New password" error={errors.newPassword} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Changing…">Change password</SubmitButton>
    </form>
  );
}
