"use server";
// Server actions for the measurement forms: thin on purpose (authorise → call → revalidate).
// Parsing and validation happen in the domain functions, with the same schemas as the JSON API.
// Every write ends on the dashboard with what happened in the URL (?saved=, ?updated=, ?replaced=,
// ?deleted=, ?restored=), which the dashboard turns into an announced message and a highlighted row.
import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session.server";
import { kgToStLb } from "@/lib/bmi/units";
import { formatDate, formatNumber, formatWeight } from "@/lib/dashboard/format";
import { env } from "@/lib/env";
import { formValues } from "@/lib/forms/form-state";
import { isRecordId } from "@/lib/validation/text";
import type { MeasurementFormState } from "./form-state";
import { commitImport, previewImport } from "./import.server";
import { createMeasurement, deleteMeasurement, restoreMeasurement, updateMeasurement } from "./mutations.server";
import type { ImportChoice, ImportPreview, MeasurementMutationResult, MeasurementView } from "./types";
import { UNDO_COOKIE, UNDO_WINDOW_MS, readUndoToken, signUndoToken } from "./undo-token";

const CHECK_FIELDS = "Please check the highlighted fields.";

/** "82.4 kg", "181.7 lb" or "12 st 13.7 lb": the weight of a measurement in the units of the form. */
function weightText(kg: number, units: FormDataEntryValue | null): string {
  if (units === "uk") {
    const { st, lb } = kgToStLb(kg, 1);
    return `${st} st ${formatNumber(lb, 1)} lb`;
  }
  return formatWeight(kg, units === "us" ? "us" : "metric");
}

/** The form's answer to a refused write; with the entry already on that day, the Replace offer. */
function refused(result: Extract<MeasurementMutationResult, { ok: false }>, formData: FormData): MeasurementFormState {
  const values = formValues(formData);
  delete values.replace;
  const existing: MeasurementView | undefined = result.duplicate;
  if (!existing) return { status: "error", message: CHECK_FIELDS, fields: result.fields, values };
  return {
    status: "error",
    fields: result.fields,
    values,
    duplicate: {
      id: existing.id,
      measuredOn: existing.measuredOn,
      dateLabel: formatDate(existing.measuredOn),
      summary: weightText(existing.weightKg, formData.get("units")),
    },
  };
}

/** The id the "Replace the measurement of …" button sent: only that entry may be replaced. */
function replaceChoice(formData: FormData): string | false {
  const value = formData.get("replace");
  return typeof value === "string" && value !== "" ? value : false;
}

export async function createMeasurementAction(
  _previous: MeasurementFormState,
  formData: FormData,
): Promise<MeasurementFormState> {
  const user = await requireUser("/dashboard/measurements/new");
  const result = await createMeasurement(user.id, Object.fromEntries(formData), replaceChoice(formData));
  if (!result.ok) return refused(result, formData);
  revalidatePath("/dashboard");
  redirect(`/dashboard?${result.replaced ? "replaced" : "saved"}=${encodeURIComponent(result.measurement.id)}#status`);
}

export async function updateMeasurementAction(
  id: string,
  _previous: MeasurementFormState,
  formData: FormData,
): Promise<MeasurementFormState> {
  // A bound argument comes back from the client: anything not shaped like an id is simply not found.
  if (!isRecordId(id)) notFound();
  const user = await requireUser(`/dashboard/measurements/${encodeURIComponent(id)}/edit`);
  const result = await updateMeasurement(user.id, id, Object.fromEntries(formData), replaceChoice(formData));
  if (result === null) notFound(); // not this person's entry (or gone): same as missing
  if (!result.ok) return refused(result, formData);
  revalidatePath("/dashboard");
  redirect(`/dashboard?updated=${encodeURIComponent(id)}#status`);
}

/** The Secure flag follows the page's own scheme, as Auth.js's cookies do (plain http locally). */
async function secureCookies(): Promise<boolean> {
  const origin = (await headers()).get("origin");
  return origin !== null ? origin.startsWith("https:") : process.env.NODE_ENV === "production";
}

export async function deleteMeasurementAction(formData: FormData): Promise<void> {
  const id = String(formData.get("id") ?? "");
  const user = await requireUser("/dashboard");
  const deleted = await deleteMeasurement(user.id, id);
  if (!deleted) notFound();
  const secret = env().AUTH_SECRET;
  if (secret) {
    (await cookies()).set(UNDO_COOKIE, signUndoToken(user.id, deleted, secret), {
      httpOnly: true,
      sameSite: "lax",
      secure: await secureCookies(),
      path: "/dashboard",
      maxAge: UNDO_WINDOW_MS / 1000,
    });
  }
  revalidatePath("/dashboard");
  redirect(`/dashboard?deleted=${encodeURIComponent(deleted.id)}#status`);
}

/** "Undo" after a delete: the entry comes back from the signed cookie, for its own user only. */
export async function restoreMeasurementAction(): Promise<void> {
  const user = await requireUser("/dashboard");
  const jar = await cookies();
  const secret = env().AUTH_SECRET;
  const entry = secret ? readUndoToken(jar.get(UNDO_COOKIE)?.value, user.id, secret) : null;
  jar.delete({ name: UNDO_COOKIE, path: "/dashboard" });
  if (!entry) redirect("/dashboard?undo=expired#status");
  const result = await restoreMeasurement(user.id, entry);
  revalidatePath("/dashboard");
  if (!result.ok)
    redirect(result.reason === "day_taken" ? `/dashboard?undo=day_taken&day=${entry.measuredOn}#status` : "/dashboard");
  redirect(`/dashboard?restored=${encodeURIComponent(result.measurement.id)}#status`);
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

/** The rows ticked "Replace" (replaceLine=<line>), or all of them with the "replace all" button. */
function importChoice(formData: FormData): ImportChoice {
  const lines = formData
    .getAll("replaceLine")
    .map((value) => Number(value))
    .filter((line) => Number.isInteger(line) && line > 0);
  return { replaceAll: formData.get("replaceAll") === "1", replaceLines: new Set(lines) };
}

/** Step 2: the person confirmed; the server parses the same text again and saves all valid rows at once. */
export async function commitImportAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const user = await requireUser("/dashboard/import");
  const csvText = String(formData.get("csvText") ?? "");
  const units = String(formData.get("units") ?? "metric");
  let result;
  try {
    result = await commitImport(user.id, csvText, units, importChoice(formData));
  } catch (error) {
    // The transaction rolled back: nothing was saved. Say so instead of showing an error page.
    console.error("CSV import failed", error);
    return { status: "error", csvText, units, message: "The import failed and nothing was saved. Please try again." };
  }
  if (!result.ok) return { status: "error", csvText, units, message: result.fileErrors.join(" ") };
  revalidatePath("/dashboard");
  redirect(
    `/dashboard?imported=${result.imported}${result.replaced > 0 ? `&replacedCount=${result.replaced}` : ""}#status`,
  );
}
