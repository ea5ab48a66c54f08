"use client";

import { useActionState } from "react";
import { resetPasswordAction } from "@/lib/auth/password-actions";
import { idleState } from "@/lib/forms/form-state";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { NewPasswordField } from "@/components/auth/credential-fields";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, idleState);
  const errors = state.fields ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <NewPasswordField name="newPassword" label="New password" error={errors.newPassword} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Saving…">Set new password</SubmitButton>
    </form>
  );
}
