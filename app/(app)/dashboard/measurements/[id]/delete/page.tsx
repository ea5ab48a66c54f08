import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireUser } from "@/lib/auth/session.server";
import { formatDate, formatWeight } from "@/lib/dashboard/format";
import { deleteMeasurementAction } from "@/lib/measurements/actions";
import { getMeasurement } from "@/lib/measurements/queries.server";
import { UNDO_WINDOW_MS } from "@/lib/measurements/undo-token";
import { getProfile } from "@/lib/profile/queries.server";

export const metadata: Metadata = { title: "Delete a measurement" };

// A page of its own, so deleting asks for confirmation with or without JavaScript.
export default async function DeleteMeasurementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/dashboard/measurements/${encodeURIComponent(id)}/delete`);
  const [measurement, profile] = await Promise.all([getMeasurement(user.id, id), getProfile(user.id)]);
  if (!measurement || !profile) notFound();
  const undoMinutes = UNDO_WINDOW_MS / 60_000;
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">Delete this measurement?</h1>
      <div className="space-y-4 rounded-2xl border border-red-200 bg-white p-5 shadow-sm">
        <p>
          The measurement of <strong>{formatDate(measurement.measuredOn)}</strong>:{" "}
          {formatWeight(measurement.weightKg, profile.units)}, BMI {measurement.bmi.toFixed(1)} (
          {measurement.categoryLabel.toLowerCase()}). You can undo this on the dashboard for {undoMinutes} minutes
          afterwards.
        </p>
        <form action={deleteMeasurementAction} className="flex flex-wrap items-center gap-4">
          <input type="hidden" name="id" value={measurement.id} />
          <SubmitButton variant="danger" pendingText="Deleting…">
            Delete measurement
          </SubmitButton>
          <Link href="/dashboard" className="text-sm font-medium text-stone-600 hover:underline">
            Keep it
          </Link>
        </form>
      </div>
    </div>
  );
}
