import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { safeCallbackUrl } from "@/lib/auth/redirects";
import { CHANGE_PASSWORD_PATH, requireSignedIn } from "@/lib/auth/session.server";

export const metadata: Metadata = { title: "Choose your password" };

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

// Where requireUser() sends an account that still has its one-time password (npm run admin:create).
// Every other page and the JSON API stay closed to it until the password is changed here.
export default async function ChangePasswordPage({ searchParams }: Props) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  const user = await requireSignedIn(`${CHANGE_PASSWORD_PATH}?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  // Nothing pending: the everyday form is on the account page.
  if (!user.mustChangePassword) redirect("/account");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Choose your own password</h1>
        <p className="mt-1 text-sm text-stone-600">
          You signed in with a one-time password. Replace it with one only you know before going on.
        </p>
      </div>
      <ChangePasswordForm callbackUrl={callbackUrl} currentLabel="One-time password" />
    </div>
  );
}
