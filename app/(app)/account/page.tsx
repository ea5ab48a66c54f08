import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { requireUser } from "@/lib/auth/session.server";
import { hasPassword } from "@/lib/auth/users.server";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">Your account</h1>

      <section
        aria-labelledby="export-heading"
        className="space-y-3 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
      >
        <h2 id="export-heading" className="text-lg font-semibold">
          Export your data
        </h2>
        <p className="text-sm text-stone-600">Everything we hold about you: your profile and every measurement.</p>
        <div className="flex flex-wrap gap-3">
          <a
            href="/api/v1/account/export?format=json"
            download
            className="rounded-lg border border-stone-300 px-4 py-2 font-medium hover:bg-stone-50"
          >
            Download JSON
          </a>
          <a
            href="/api/v1/account/export?format=csv"
            download
            className="rounded-lg border border-stone-300 px-4 py-2 font-medium hover:bg-stone-50"
          >
            Download measurements as CSV
          </a>
        </div>
      </section>

      <section
        aria-labelledby="password-heading"
        className="space-y-3 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
      >
        <h2 id="password-heading" className="text-lg font-semibold">
          Password
        </h2>
        {(await hasPassword(user.id)) ? (
          <>
            <p className="text-sm text-stone-600">Changing it signs you out on every other device.</p>
            <ChangePasswordForm />
          </>
        ) : (
          <p className="text-sm text-stone-600">
            You sign in with GitHub or Google, so there is no password to change here.
          </p>
        )}
      </section>

      <section
        aria-labelledby="sessions-heading"
        className="space-y-3 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
      >
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Signed-in devices
        </h2>
        <p className="text-sm text-stone-600">
          Lost a phone, or signed in on a computer that isn&apos;t yours? This signs you out everywhere, here too.
        </p>
        <SignOutEverywhereForm />
      </section>

      <section
        aria-labelledby="delete-heading"
        className="space-y-3 rounded-2xl border border-red-200 bg-white p-5 shadow-sm sm:p-6"
      >
        <h2 id="delete-heading" className="text-lg font-semibold text-red-800">
          Delete your account
        </h2>
        <p className="text-sm text-stone-600">
          This removes your profile, every measurement and your sign-in details at once. It cannot be undone: export
          your data first if you want to keep it.
        </p>
        <DeleteAccountForm email={user.email} />
      </section>
    </div>
  );
}
