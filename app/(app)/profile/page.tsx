import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProfileForm } from "@/components/profile/profile-form";
import { pathWithQuery } from "@/lib/auth/return-path";
import { requireUser } from "@/lib/auth/session.server";
import { getProfile } from "@/lib/profile/queries.server";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const { welcome } = await searchParams;
  const user = await requireUser(pathWithQuery("/profile", { welcome }));
  const profile = await getProfile(user.id);
  if (!profile) notFound();
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">Your profile</h1>
      {welcome ? (
        <p className="rounded-lg bg-brand-50 px-4 py-3 text-sm text-brand-900">
          Welcome! Add your birth date, sex and height so every measurement is judged by the right reference.
        </p>
      ) : null}
      <div className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6">
        <ProfileForm profile={profile} />
      </div>
    </div>
  );
}
