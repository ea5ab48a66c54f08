import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { isResetTokenUsable } from "@/lib/auth/password-reset.server";
import { resetTokenSchema } from "@/lib/auth/password-schemas";

export const metadata: Metadata = { title: "Choose a new password" };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const parsed = resetTokenSchema.safeParse(token);
  const usable = parsed.success && (await isResetTokenUsable(parsed.data));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Choose a new password</h1>
      {usable ? (
        <>
          <p className="text-sm text-stone-600">
            This signs you out on every device; then sign in with the new password.
          </p>
          <ResetPasswordForm token={parsed.data} />
        </>
      ) : (
        <div className="space-y-3">
          <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
            This link has expired or was already used.
          </p>
          <Link href="/forgot-password" className="font-medium text-brand-700 hover:underline">
            Ask for a new link
          </Link>
        </div>
      )}
    </div>
  );
}
