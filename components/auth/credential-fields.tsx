// The email and new-password boxes that the sign-in, sign-up, forgot-password, reset-password and
// change-password forms share: one place for their autocomplete hints, length rule and wording.
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/constants";
import { Field, describedBy, inputClass } from "@/components/ui/field";

export function EmailField({ error, defaultValue }: { error?: string; defaultValue?: string }) {
  return (
    <Field id="email" label="Email" error={error}>
      <input
        id="email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={defaultValue}
        className={inputClass(error)}
        {...describedBy("email", error)}
      />
    </Field>
  );
}

/** A password being chosen: the browser may suggest one, and the length rule is said up front. */
export function NewPasswordField({ name, label, error }: { name: string; label: string; error?: string }) {
  return (
    <Field
      id={name}
      label={label}
      hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong one.`}
      error={error}
    >
      <input
        id={name}
        name={name}
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        className={inputClass(error)}
        {...describedBy(name, error, true)}
      />
    </Field>
  );
}
