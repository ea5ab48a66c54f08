import { signOutEverywhereAction } from "@/lib/auth/password-actions";
import { SubmitButton } from "@/components/ui/submit-button";

/** Ends every session of the account, this one included (a lost phone, a shared computer). */
export function SignOutEverywhereForm() {
  return (
    <form action={signOutEverywhereAction}>
      <SubmitButton pendingText="Signing out…">Sign out of all devices</SubmitButton>
    </form>
  );
}
