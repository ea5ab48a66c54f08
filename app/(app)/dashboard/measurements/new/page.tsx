import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeasurementForm } from "@/components/measurements/measurement-form";
import { measurementFormValues, requestedUnits } from "@/components/measurements/form-values";
import { pathWithQuery } from "@/lib/auth/return-path";
import { requireUser } from "@/lib/auth/session.server";
import { createMeasurementAction } from "@/lib/measurements/actions";
import { getProfile } from "@/lib/profile/queries.server";

export const metadata: Metadata = { title: "Log a measurement" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewMeasurementPage({ searchParams }: Props) {
  const params = await searchParams;
  const user = await requireUser(pathWithQuery("/dashboard/measurements/new", params));
  const profile = await getProfile(user.id);
  if (!profile) notFound();
  const units = requestedUnits(params.units, profile.units);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">Log a measurement</h1>
      {!profile.birthDate ? (
        <p className="rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-950">
          Add your birth date in your{" "}
          <Link href="/profile" className="font-medium underline">
            profile
          </Link>{" "}
          first: your age on the day decides whether adult categories or children&apos;s percentiles apply.
        </p>
      ) : null}
      <div className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6">
        <MeasurementForm
          action={createMeasurementAction}
          mode="create"
          units={units}
          initialValues={measurementFormValues({ measuredOn: today, heightCm: profile.heightCm }, units)}
          switchUnitsHref={{
            metric: "/dashboard/measurements/new?units=metric",
            us: "/dashboard/measurements/new?units=us",
            uk: "/dashboard/measurements/new?units=uk",
          }}
        />
      </div>
    </div>
  );
}
