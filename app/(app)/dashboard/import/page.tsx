import type { Metadata } from "next";
import { ImportForm } from "@/components/measurements/import-form";
import { requireUser } from "@/lib/auth/session.server";

export const metadata: Metadata = { title: "Import measurements" };

// No query string is read here: the import's steps are form posts, so the path is the whole address.
export default async function ImportPage() {
  await requireUser("/dashboard/import");
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">Import past measurements</h1>
      <p className="text-stone-700">
        Bring in measurements from a spreadsheet or another app. You will see every row checked before anything is
        saved; then all valid rows are saved together, or none are.
      </p>
      <div className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6">
        <ImportForm />
      </div>
    </div>
  );
}
