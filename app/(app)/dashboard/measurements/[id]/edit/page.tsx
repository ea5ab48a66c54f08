import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MeasurementForm } from "@/components/measurements/measurement-form";
import { measurementFormValues, requestedUnits } from "@/components/measurements/form-values";
import { pathWithQuery } from "@/lib/auth/return-path";
import { requireUser } from "@/lib/auth/session.server";
import { updateMeasurementAction } from "@/lib/measurements/actions";
import { getMeasurement } from "@/lib/measurements/queries.server";
import { getProfile } from "@/lib/profile/queries.server";

export const metadata: Metadata = { title: "Edit a measurement" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditMeasurementPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const user = await requireUser(pathWithQuery(`/dashboard/measurements/${encodeURIComponent(id)}/edit`, query));
  const [measurement, profile] = await Promise.all([getMeasurement(user.id, id), getProfile(user.id)]);
  if (!measurement || !profile) notFound(); // another person's id looks exactly like a missing one
  const units = requestedUnits(query.units, profile.units);
  const here = `/dashboard/measurements/${encodeURIComponent(measurement.id)}/edit`;
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">Edit measurement</h1>
      <div className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6">
        <MeasurementForm
          action={updateMeasurementAction.bind(null, measurement.id)}
          mode="edit"
          units={units}
          initialValues={measurementFormValues(measurement, units)}
          switchUnitsHref={{ metric: `${here}?units=metric`, us: `${here}?units=us`, uk: `${here}?units=uk` }}
        />
      </div>
    </div>
  );
}
