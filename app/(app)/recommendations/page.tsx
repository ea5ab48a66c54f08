import type { Metadata } from "next";
import Link from "next/link";
import { ExcludedRoutines, RankedRoutines } from "@/components/recommendations/recommendation-list";
import { SafetyBanner } from "@/components/recommendations/safety-banner";
import { GuidanceNotice } from "@/components/routines/guidance-notice";
import { requireUser } from "@/lib/auth/session.server";
import { todayIn } from "@/lib/dates/calendar";
import { personalRecommendation } from "@/lib/recommendations/personal.server";

export const metadata: Metadata = { title: "Your routines today" };

export default async function RecommendationsPage() {
  const user = await requireUser("/recommendations");
  const result = await personalRecommendation(user.id, todayIn());
  if (result.status !== "ok") {
    return (
      <div className="mx-auto max-w-3xl space-y-4">
        <h1 className="text-2xl font-bold">Your routines today</h1>
        <p className="rounded-xl bg-white p-5 text-stone-800 shadow-sm">
          {result.status === "needs_birth_date" ? (
            <>
              Add your birth date to{" "}
              <Link href="/profile" className="font-semibold text-brand-700 underline">
                your profile
              </Link>
              , then{" "}
              <Link href="/check-in" className="font-semibold text-brand-700 underline">
                check in
              </Link>{" "}
              to get routines that fit you.
            </>
          ) : (
            <>
              <Link href="/check-in" className="font-semibold text-brand-700 underline">
                Check in
              </Link>{" "}
              (a minute of questions about your back today) to get routines that fit you.
            </>
          )}
        </p>
        <GuidanceNotice />
      </div>
    );
  }
  const { recommendation, checkIn } = result;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Your routines today</h1>
          <p className="text-sm text-stone-600">
            From your check-in: pain {checkIn.painNow}/10
            {checkIn.afterLifting ? ", after lifting" : ""}
            {checkIn.conditions.length
              ? `, ${checkIn.conditions.length} health condition${checkIn.conditions.length === 1 ? "" : "s"}`
              : ""}
            .
          </p>
        </div>
        <Link
          href="/check-in"
          className={
            "rounded-lg border border-stone-300 bg-white px-4 py-2 text-sm font-semibold text-stone-800 " +
            "hover:bg-stone-100"
          }
        >
          Update check-in
        </Link>
      </header>
      <SafetyBanner safety={recommendation.safety} />
      {recommendation.routines.length ? (
        <section aria-labelledby="ranked-heading" className="space-y-3">
          <h2 id="ranked-heading" className="text-xl font-semibold">
            Suggested for you, best first
          </h2>
          <RankedRoutines routines={recommendation.routines} />
        </section>
      ) : recommendation.safety.level === "emergency" || recommendation.safety.level === "urgent" ? null : (
        <p className="rounded-xl bg-white p-5 text-stone-800">
          No routine fits what you told us today. Rest, walk gently, and check in again tomorrow.
        </p>
      )}
      <ExcludedRoutines routines={recommendation.excluded} />
      <GuidanceNotice />
    </div>
  );
}
