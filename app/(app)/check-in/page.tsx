import type { Metadata } from "next";
import Link from "next/link";
import { CheckInForm } from "@/components/recommendations/check-in-form";
import { GuidanceNotice } from "@/components/routines/guidance-notice";
import { requireUser } from "@/lib/auth/session.server";
import { saveCheckInAction } from "@/lib/recommendations/actions";
import { getCheckIn } from "@/lib/recommendations/personal.server";
import { getProfile } from "@/lib/profile/queries.server";

export const metadata: Metadata = { title: "Check in" };

const LONG_DATE: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" };

export default async function CheckInPage() {
  const user = await requireUser("/check-in");
  const [profile, checkIn] = await Promise.all([getProfile(user.id), getCheckIn(user.id)]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">How is your back today?</h1>
        <p className="text-stone-700">
          A minute of questions so we can suggest routines that fit you and leave out anything that isn&apos;t safe. We
          remember your answers; update them whenever things change.
          {checkIn ? ` Last updated ${checkIn.updatedAt.toLocaleDateString("en-GB", LONG_DATE)}.` : ""}
        </p>
      </header>
      {profile?.birthDate ? null : (
        <p role="alert" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          Your profile has no birth date yet. The advice depends on your age:{" "}
          <Link href="/profile" className="font-semibold underline">
            add it to your profile
          </Link>{" "}
          first.
        </p>
      )}
      <CheckInForm
        action={saveCheckInAction}
        defaults={{
          painNow: checkIn ? String(checkIn.painNow) : "",
          painWeeks: checkIn?.painWeeks != null ? String(checkIn.painWeeks) : "",
          afterLifting: checkIn?.afterLifting ?? false,
          experience: checkIn?.experience ?? "",
          redFlags: checkIn?.redFlags ?? [],
          conditions: checkIn?.conditions ?? [],
        }}
      />
      <GuidanceNotice />
    </div>
  );
}
