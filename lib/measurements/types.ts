// The shapes the measurement domain hands to pages, components and the JSON API.
import type { BmiCategory } from "@/lib/bmi/types";

/** One logged measurement with what lib/bmi derives from it (at the person's age on that date). */
export type MeasurementView = {
  id: string;
  /** Calendar date, "YYYY-MM-DD". */
  measuredOn: string;
  weightKg: number;
  heightCm: number;
  waistCm: number | null;
  /** Full-precision BMI (kg/m²). */
  bmi: number;
  category: BmiCategory;
  categoryLabel: string;
  /** "child" (2 to under 20 on that date: judged by percentile) or "adult" (WHO class). */
  group: "adult" | "child";
  /** CDC BMI-for-age percentile for children, else null. */
  percentile: number | null;
  /** Age in months on that date (CDC agemos), or null when the profile has no birth date. */
  ageMonths: number | null;
  createdAt: string;
};

/** A page of the log, newest first; pass nextCursor back to get the following page. */
export type MeasurementPage = { items: MeasurementView[]; nextCursor: string | null };

/**
 * Outcome of a create or update: the saved entry, or the user's mistakes by field name. One entry
 * per day (ADR 0011): when the day already has another entry and replacing was not asked for,
 * `duplicate` is that entry (and fields.measuredOn says so); after a replace, `replaced` is the
 * entry as it was before.
 */
export type MeasurementMutationResult =
  | { ok: true; measurement: MeasurementView; replaced?: MeasurementView }
  | { ok: false; fields: Record<string, string>; duplicate?: MeasurementView };

/**
 * Whether a write may replace the entry already on its day: false (the default) refuses, true
 * replaces whatever is there (the API's ?replace=true), an id replaces only that entry (a form's
 * "Replace the entry of …" button, so a page that went stale never replaces something unseen).
 */
export type ReplaceChoice = boolean | string;

/** The stored fields of a deleted entry: enough to put it back exactly (undo). */
export type DeletedMeasurement = {
  id: string;
  measuredOn: string;
  weightKg: number;
  heightCm: number;
  waistCm: number | null;
  createdAt: string;
};

/** One data row of an import file, as the preview shows it (values normalised to metric). */
export type ImportPreviewRow = {
  /** Line of the file the row starts on (the header is line 1). */
  line: number;
  measuredOn?: string;
  weightKg?: number;
  /** From the file, or the profile height when the row has none. */
  heightCm?: number;
  waistCm?: number | null;
  /** Problems as plain sentences (the line is in `line`). A row with errors is not imported. */
  errors: string[];
  /** Same day and same weight (to 0.1 kg) as a saved entry or an earlier row: nothing to import. */
  duplicate: boolean;
  /**
   * One entry per day (ADR 0011): the day already has a saved entry, or an earlier row of the file
   * has it, with another weight. Such a row is skipped unless the person chooses to replace.
   */
  conflict: ImportConflict | null;
};

export type ImportConflict = {
  /** "saved": the log already has an entry that day; "file": an earlier row of the file has that day. */
  with: "saved" | "file";
  /** The earlier row's line, for "file". */
  line?: number;
  /** The other entry's (or row's) weight, kg. */
  weightKg: number;
};

/** Which conflicting rows replace what is on their day: all of them, or those lines. */
export type ImportChoice = { replaceAll: boolean; replaceLines: ReadonlySet<number> };

/**
 * What an import would do. validCount rows are new days and would be imported; errorCount have
 * errors; duplicateCount repeat what is there; conflictCount need a choice (skip or replace).
 * fileErrors (e.g. no header, too many rows) mean nothing can be imported and `rows` is empty.
 */
export type ImportPreview = {
  rows: ImportPreviewRow[];
  validCount: number;
  errorCount: number;
  duplicateCount: number;
  conflictCount: number;
  fileErrors: string[];
};

/** imported: rows saved (replaced ones included); replaced: saved entries they replaced. */
export type ImportCommitResult =
  { ok: true; imported: number; replaced: number; skipped: number } | { ok: false; fileErrors: string[] };
