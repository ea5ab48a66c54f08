/**
 * Reading an import file into rows the log can take, with the single-entry rules: the same ranges
 * and date rules as measurementInputSchema, no entry before age 2, height from the profile when a
 * row has none. Pure: the server module (import.ts) supplies the profile and the saved entries.
 *
 * Format: a header row naming the columns in any order and case — date (YYYY-MM-DD), weight,
 * optional height and waist — then one row per measurement. The units are chosen for the whole
 * file: metric (kg, cm) or US (lb, inches; height in total inches, e.g. 69 for 5 ft 9 in). The
 * names an export writes (weight_kg, height_in, …) are accepted when they match those units, so an
 * exported file imports back as duplicates. Other columns (bmi, category, notes) are ignored.
 *
 * One entry per day (ADR 0011): a row for a day that already has an entry (saved, or an earlier
 * row of the file) with the same weight is a duplicate and skipped; with another weight it is a
 * conflict, skipped unless the person chooses to replace (planImport).
 */
import { inToCm, lbToKg } from "@/lib/bmi/units";
import { type CsvRecord, parseCsv } from "./csv";
import { DATE_MESSAGES, measuredOnProblem } from "./dates";
import { ageRuleProblem } from "./derive";
import { FILE_TOO_LARGE, IMPORT_LIMITS } from "./import-limits";
import { MEASUREMENT_RANGES, parseDecimal } from "./schemas";
import type { ImportChoice, ImportPreview, ImportPreviewRow } from "./types";

export { IMPORT_LIMITS };

export type ImportUnits = "metric" | "us";

/** What the rules need from outside the file. */
export type ImportRules = {
  /** The latest date allowed (see latestAllowedDate). */
  latestDate: string;
  birthDate: string | null;
  profileHeightCm: number | null;
};

export type ParsedImport = { rows: ImportPreviewRow[]; fileErrors: string[] };

type Column = "date" | "weight" | "height" | "waist";

const HEADER_NAMES: Record<Column, { any: string[]; metric: string; us: string }> = {
  date: { any: ["date", "measured_on"], metric: "", us: "" },
  weight: { any: ["weight"], metric: "weight_kg", us: "weight_lb" },
  height: { any: ["height"], metric: "height_cm", us: "height_in" },
  waist: { any: ["waist"], metric: "waist_cm", us: "waist_in" },
};

const R = MEASUREMENT_RANGES;
const HEADER_EXAMPLE = "date,weight,height,waist";

/** Which field index holds each column, or file errors. */
function mapHeader(
  header: string[],
  units: ImportUnits,
): { columns: Partial<Record<Column, number>>; errors: string[] } {
  const columns: Partial<Record<Column, number>> = {};
  const errors: string[] = [];
  header.forEach((raw, index) => {
    const name = raw
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_");
    for (const column of Object.keys(HEADER_NAMES) as Column[]) {
      const names = HEADER_NAMES[column];
      const other = units === "us" ? names.metric : names.us;
      if (other && name === other) {
        errors.push(
          `The ${name} column is in ${units === "us" ? "metric" : "US"} units but you chose ` +
            `${units === "us" ? "US" : "metric"}: choose the matching units or rename the column to "${column}"`,
        );
      }
      if (!names.any.includes(name) && name !== (units === "us" ? names.us : names.metric)) continue;
      if (columns[column] !== undefined) errors.push(`The file has more than one ${column} column`);
      columns[column] = index;
    }
  });
  if (columns.date === undefined || columns.weight === undefined) {
    const hint =
      header.length === 1 && header[0]!.includes(";")
        ? " The file seems to use semicolons; save it as comma-separated CSV."
        : "";
    errors.push(
      `The first line must be a header with at least a date and a weight column, e.g. ${HEADER_EXAMPLE}.${hint}`,
    );
  }
  return { columns, errors };
}

function fileError(message: string): ParsedImport {
  return { rows: [], fileErrors: [message] };
}

/** Parses and checks every row; duplicates are marked later by markDuplicates. Writes nothing. */
export function parseImport(csvText: string, units: unknown, rules: ImportRules): ParsedImport {
  if (units !== "metric" && units !== "us") return fileError("Choose metric or US units for the file");
  if (new TextEncoder().encode(csvText).length > IMPORT_LIMITS.maxBytes) {
    return fileError(FILE_TOO_LARGE);
  }
  // One more than allowed, to tell "exactly at the limit" from "over it" without reading it all.
  const parsed = parseCsv(csvText, IMPORT_LIMITS.maxRows + 2);
  if (parsed.error) return fileError(parsed.error);
  const [header, ...data] = parsed.records;
  if (!header) return fileError(`The file is empty; the first line must be a header, e.g. ${HEADER_EXAMPLE}`);
  if (parsed.truncated || data.length > IMPORT_LIMITS.maxRows) {
    return fileError(
      `The file has more than ${IMPORT_LIMITS.maxRows.toLocaleString("en")} rows; split it into smaller files`,
    );
  }
  const { columns, errors } = mapHeader(header.fields, units);
  if (errors.length > 0) return { rows: [], fileErrors: errors };
  if (data.length === 0) return fileError("The file has a header but no rows under it");
  return { rows: data.map((record) => parseRow(record, header.fields.length, columns, units, rules)), fileErrors: [] };
}

function parseRow(
  record: CsvRecord,
  headerWidth: number,
  columns: Partial<Record<Column, number>>,
  units: ImportUnits,
  rules: ImportRules,
): ImportPreviewRow {
  const errors: string[] = [];
  // One sentence per problem; the preview shows the line number in its own column.
  const problem = (message: string) => {
    errors.push(`${message.charAt(0).toUpperCase()}${message.slice(1)}.`);
    return undefined;
  };
  const cell = (column: Column) => {
    const index = columns[column];
    return index === undefined ? "" : (record.fields[index] ?? "").trim();
  };
  // More values than columns usually means a decimal comma split a number ("70,5"): refuse the
  // row rather than read 70, and say only that, since every later value is shifted. Trailing
  // empty values (as some spreadsheets write) are harmless.
  const extra = record.fields.slice(headerWidth);
  if (extra.some((value) => value.trim() !== "")) {
    problem(
      `this row has ${record.fields.length} values but the header has ${headerWidth} columns (write decimals ` +
        `with a dot, 70.5, or put "70,5" in quotes)`,
    );
    return { line: record.line, errors, duplicate: false, conflict: null };
  }
  const number = (
    column: Column,
    range: { min: number; max: number; message: string },
    convert: (n: number) => number,
  ) => {
    const value = parseDecimal(cell(column));
    if (value === undefined) return undefined;
    if (value === "invalid") return problem(`${column} must be a number`);
    return value >= range.min && value <= range.max ? convert(value) : problem(range.message);
  };
  const same = (n: number) => n;
  const us = units === "us";

  let measuredOn: string | undefined;
  const dateText = cell("date");
  if (dateText === "") {
    problem("date is missing");
  } else {
    const dateProblem = measuredOnProblem(dateText, rules.latestDate);
    if (dateProblem === DATE_MESSAGES.format) problem("date must be written YYYY-MM-DD (e.g. 2024-03-31)");
    else if (dateProblem === DATE_MESSAGES.notReal) problem(`date ${dateText} is not a real date`);
    else if (dateProblem) problem(dateProblem);
    else measuredOn = dateText;
  }
  if (measuredOn !== undefined) {
    const ageProblem = ageRuleProblem(rules.birthDate, measuredOn);
    if (ageProblem) measuredOn = problem(ageProblem);
  }

  const weightKg =
    cell("weight") === ""
      ? problem("weight is missing")
      : us
        ? number("weight", R.weightLb, lbToKg)
        : number("weight", R.weightKg, same);
  const heightRange = us
    ? {
        ...R.heightTotalIn,
        message:
          `Height must be between ${R.heightTotalIn.min} and ${R.heightTotalIn.max} in (total inches: 69 ` +
          `for 5 ft 9 in)`,
      }
    : R.heightCm;
  let heightCm = number("height", heightRange, us ? inToCm : same);
  if (cell("height") === "") {
    heightCm = rules.profileHeightCm ?? problem("height is missing and your profile has no height");
  }
  const waistCm =
    cell("waist") === "" ? null : (number("waist", us ? R.waistIn : R.waistCm, us ? inToCm : same) ?? null);

  const row: ImportPreviewRow = { line: record.line, errors, duplicate: false, conflict: null, waistCm };
  if (measuredOn !== undefined) row.measuredOn = measuredOn;
  if (weightKg !== undefined) row.weightKg = weightKg;
  if (heightCm !== undefined) row.heightCm = heightCm;
  return row;
}

/** The dates the valid rows span (to fetch only the saved entries that can clash). */
export function importDateRange(rows: readonly ImportPreviewRow[]): { from: string; to: string } | null {
  let from: string | undefined;
  let to: string | undefined;
  for (const row of rows) {
    if (row.errors.length > 0 || row.measuredOn === undefined) continue;
    if (from === undefined || row.measuredOn < from) from = row.measuredOn;
    if (to === undefined || row.measuredOn > to) to = row.measuredOn;
  }
  return from !== undefined && to !== undefined ? { from, to } : null;
}

/**
 * Marks each valid row against what is already on its day: an earlier valid row of the file, else
 * a saved entry. The same weight (to 0.1 kg) is a duplicate; another weight a conflict to choose
 * about. Rows with errors are never duplicates (and never "earlier rows" for others).
 */
export function markConflicts(
  parsed: ParsedImport,
  existing: readonly { measuredOn: string; weightKg: number }[],
): ImportPreview {
  const saved = new Map(existing.map((entry) => [entry.measuredOn, entry.weightKg]));
  const earlier = new Map<string, { line: number; weightKg: number }>();
  const same = (a: number, b: number) => Math.round(a * 10) === Math.round(b * 10);
  let validCount = 0;
  let errorCount = 0;
  let duplicateCount = 0;
  let conflictCount = 0;
  const rows = parsed.rows.map((row): ImportPreviewRow => {
    if (row.errors.length > 0 || row.measuredOn === undefined || row.weightKg === undefined) {
      errorCount += 1;
      return { ...row, duplicate: false, conflict: null };
    }
    const inFile = earlier.get(row.measuredOn);
    const savedKg = saved.get(row.measuredOn);
    if (inFile === undefined) earlier.set(row.measuredOn, { line: row.line, weightKg: row.weightKg });
    const other: ImportPreviewRow["conflict"] =
      inFile !== undefined
        ? { with: "file", line: inFile.line, weightKg: inFile.weightKg }
        : savedKg !== undefined
          ? { with: "saved", weightKg: savedKg }
          : null;
    if (other === null) {
      validCount += 1;
      return { ...row, duplicate: false, conflict: null };
    }
    if (same(other.weightKg, row.weightKg)) {
      duplicateCount += 1;
      return { ...row, duplicate: true, conflict: null };
    }
    conflictCount += 1;
    return { ...row, duplicate: false, conflict: other };
  });
  return { rows, validCount, errorCount, duplicateCount, conflictCount, fileErrors: parsed.fileErrors };
}

export type ImportPlan = {
  /** The rows to save, one per day, in file order. */
  rows: ImportPreviewRow[];
  /** Days whose saved entry the file replaces. */
  replaceDays: Set<string>;
  skipped: number;
};

/**
 * What a commit writes. A conflicting row is skipped unless chosen; a chosen one becomes its day's
 * entry, over an earlier row of the file and over the saved entry alike. Duplicates and rows with
 * errors are skipped.
 */
export function planImport(
  preview: ImportPreview,
  choice: ImportChoice,
  existingDays: ReadonlySet<string>,
): ImportPlan {
  const byDay = new Map<string, ImportPreviewRow>();
  for (const row of preview.rows) {
    if (row.errors.length > 0 || row.duplicate || row.measuredOn === undefined) continue;
    if (row.conflict !== null && !(choice.replaceAll || choice.replaceLines.has(row.line))) continue;
    byDay.delete(row.measuredOn); // a chosen later row takes the day's place in file order
    byDay.set(row.measuredOn, row);
  }
  const rows = [...byDay.values()];
  const replaceDays = new Set(rows.map((row) => row.measuredOn!).filter((day) => existingDays.has(day)));
  return { rows, replaceDays, skipped: preview.rows.length - rows.length };
}
