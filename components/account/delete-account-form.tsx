"use client";

import { useActionState } from "react";
import { deleteAccountAction } from "@/lib/account/actions";
import { idleState } from "@/lib/forms/form-state";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function DeleteAccountForm({ email }: { email: string | null }) {
  const [state, action] = useActionState(deleteAccountAction, idleState);
  const error = state.fields?.confirm;
  return (
    <form action={action} className="space-y-3" noValidate>
      <Field
        id="confirm"
        label={
          email ? (
            <>
              Type <strong>{email}</strong> to confirm
            </>
          ) : (
            <>
              Type <strong>delete my account</strong> to confirm
            </>
          )
        }
        error={error}
      >
        <input
          id="confirm"
          name="confirm"
          autoComplete="off"
          className={inputClass(error)}
          {...describedBy("confirm", error)}
        />
      </Field>
      <FormMessage state={state} />
      <SubmitButton variant="danger" pendingText="Deleting…">
        Delete my account and all my data
      </SubmitButton>
    </form>
  );
}
