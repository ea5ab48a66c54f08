"use server";
// Server actions for the measurement forms: thin on purpose (authorise → call → revalidate).
// Parsing and validation happen in the domain functions, with the same schemas as the JSON API.
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { commitImport, previewImport } from "./import";
import { createMeasurement, deleteMeasurement, updateMeasurement } from "./mutations";
import type { ImportPreview } from "./types";

const CHECK_FIELDS = "Please check the highlighted fields.";

export async function createMeasurementAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/dashboard/entries/new");
  const result = await createMeasurement(user.id, Object.fromEntries(formData));
  if (!result.ok) return { status: "error", message: CHECK_FIELDS, fields: result.fields, values: formValues(formData) };
  revalidatePath("/dashboard");
  redirect(`/dashboard?saved=${result.measurement.id}`);
}

export async function updateMeasurementAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(`/dashboard/entries/${id}/edit`);
  const result = await updateMeasurement(user.id, id, Object.fromEntries(formData));
  if (result === null) notFound(); // not this person's entry (or gone): same as missing
  if (!result.ok) return { status: "error", message: CHECK_FIELDS, fields: result.fields, values: formValues(formData) };
  revalidatePath("/dashboard");
  redirect(`/dashboard?saved=${id}`);
}

export async function deleteMeasurementAction(formData: FormData): Promise<void> {
  const id = String(formData.get("id") ?? "");
  const user = await requireUser("/dashboard");
  if (!(await deleteMeasurement(user.id, id))) notFound();
  revalidatePath("/dashboard");
  redirect("/dashboard?deleted=1");
}

export type ImportState = {
  status: "idle" | "preview" | "error";
  csvText?: string;
  units?: string;
  preview?: ImportPreview;
  message?: string;
};

async function readCsv(formData: FormData): Promise<string> {
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) return file.text();
  const pasted = formData.get("csvText");
  return typeof pasted === "string" ? pasted : "";
}

/** Step 1: parse and check the file; nothing is written. */
export async function previewImportAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const user = await requireUser("/dashboard/import");
  const csvText = await readCsv(formData);
  const units = String(formData.get("units") ?? "metric");
  if (!csvText.trim()) return { status: "error", units, message: "Choose a CSV file or paste its contents." };
  const preview = await previewImport(user.id, csvText, units);
  return { status: "preview", csvText, units, preview };
}

/** Step 2: the person confirmed; the server parses the same text again and saves all valid rows at once. */
export async function commitImportAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const user = await requireUser("/dashboard/import");
  const csvText = String(formData.get("csvText") ?? "");
  const units = String(formData.get("units") ?? "metric");
  let result;
  try {
    result = await commitImport(user.id, csvText, units);
  } catch (error) {
    // The transaction rolled back: nothing was saved. Say so instead of showing an error page.
    console.error("CSV import failed", error);
    return { status: "error", csvText, units, message: "The import failed and nothing was saved. Please try again." };
  }
  if (!result.ok) return { status: "error", csvText, units, message: result.fileErrors.join(" ") };
  revalidatePath("/dashboard");
  redirect(`/dashboard?imported=${result.imported}`);
}
