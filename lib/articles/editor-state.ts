// What the article editor's server action answers with, and the words of a save conflict. Pure, so
// the client component can word the conflict in the admin's own time zone.
import type { FormState } from "@/lib/forms/form-state";
import type { AdminArticle } from "./admin-types";

export type SaveConflict = { version: number; savedAt: string; savedBy: string | null };

export type ArticleFormState = FormState & { conflict?: SaveConflict };

/** "14:05": hours and minutes of an instant, in a time zone (the admin's in the browser; UTC on the server). */
export function clockTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(
    new Date(iso),
  );
}

export function conflictMessage(conflict: SaveConflict, time: string): string {
  const by = conflict.savedBy ? ` The latest save is by ${conflict.savedBy}.` : "";
  return (
    `Someone else saved this article at ${time} (version ${conflict.version}). Your text is kept below; ` +
    `copy what you need, then reload.${by}`
  );
}

/** The refused save's state: the admin's text stays in the form (values), nothing was written. */
export function conflictState(current: Pick<AdminArticle, "version" | "updatedAt" | "lastSavedBy">): ArticleFormState {
  const conflict: SaveConflict = {
    version: current.version,
    savedAt: current.updatedAt.toISOString(),
    savedBy: current.lastSavedBy,
  };
  return { status: "error", message: conflictMessage(conflict, `${clockTime(conflict.savedAt, "UTC")} UTC`), conflict };
}
