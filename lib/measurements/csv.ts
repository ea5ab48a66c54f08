/**
 * CSV for measurement import and export. Reading is csv-parse (RFC 4180: quoted fields, "" for a
 * quote, line breaks inside quotes); this module adds what the import's messages need: the
 * physical line each record starts on ("Line 4: …"), a cap on records, and errors in plain words.
 * Writing is a few lines of escaping (csv-stringify is not a dependency).
 */
import { CsvError, parse } from "csv-parse/sync";

export type CsvRecord = { line: number; fields: string[] };
export type CsvParse = { records: CsvRecord[]; error: string | null; truncated: boolean };

const CR = 0x0d;
const LF = 0x0a;

/** Line breaks in a string, counting CRLF as one (as an editor does). */
function countBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/**
 * Splits CSV text into records. Accepts a UTF-8 BOM, LF, CRLF or CR line ends (mixed too), quoted
 * fields with "" for a quote and line breaks inside quotes. Spaces before an opening quote are
 * dropped, as are leading spaces of unquoted values; a stray quote inside an unquoted value is
 * kept as text. Blank lines, and lines of nothing but separators (",,,", as spreadsheets write
 * empty rows), are skipped but still counted, so `line` is the line number an editor shows.
 * Stops after `maxRecords` records (then `truncated` is true) so a huge file costs little.
 */
export function parseCsv(text: string, maxRecords = Number.POSITIVE_INFINITY): CsvParse {
  const input = Buffer.from(text, "utf8");
  const records: CsvRecord[] = [];
  // csv-parse's own `info.lines` counts a CRLF inside quotes as two lines, so the line a record
  // ends on is taken from its byte offset instead: line breaks before it, counted once each.
  let scanned = 0;
  let breaks = 0;
  const endLineAt = (offset: number) => {
    for (; scanned < offset; scanned += 1) {
      const byte = input[scanned];
      if (byte === LF || (byte === CR && input[scanned + 1] !== LF)) breaks += 1;
    }
    // `offset` is past the record's own line break, if it has one (the last record may not).
    const last = input[offset - 1];
    return 1 + breaks - (last === LF || last === CR ? 1 : 0);
  };
  const cap = Number.isFinite(maxRecords) ? Math.max(0, Math.floor(maxRecords)) : undefined;
  try {
    parse(input, {
      bom: true,
      record_delimiter: ["\r\n", "\n", "\r"],
      ltrim: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      raw: true,
      // One past the cap, to tell "exactly at the cap" from "over it".
      to: cap === undefined ? undefined : cap + 1,
      // Records are collected here, and none returned, so those read before an error are kept.
      // With `raw` on, csv-parse passes { record, raw } rather than the bare array of values.
      on_record: (row: unknown, { bytes }) => {
        const { record } = row as { record: string[] };
        // A record's line breaks are all inside its (quoted) values.
        const inside = record.reduce((sum, value) => sum + countBreaks(value), 0);
        records.push({ line: endLineAt(bytes) - inside, fields: record });
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (cap !== undefined && records.length >= cap) return { records, error: null, truncated: true };
    if (error.code === "CSV_QUOTE_NOT_CLOSED") {
      // The unclosed value runs to the end of the text. csv-parse's raw text of the record begins
      // with any blank lines skipped before it; the line breaks after those are all inside it.
      const raw = typeof error.raw === "string" ? error.raw.replace(/^\s+/, "") : "";
      const line = 1 + countBreaks(text) - countBreaks(raw);
      return { records, error: `Line ${line}: a quoted value is never closed (a " is missing)`, truncated: false };
    }
    // Not expected with the relaxed options above; csv-parse's line count is near enough here.
    const where = typeof error.lines === "number" ? `Line ${error.lines}: ` : "";
    return { records, error: `${where}this line could not be read as CSV`, truncated: false };
  }
  if (cap !== undefined && records.length > cap)
    return { records: records.slice(0, cap), error: null, truncated: true };
  return { records, error: null, truncated: false };
}

/** One CSV value: quoted when it holds a comma, quote, line break or edge spaces. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends (RFC 4180; spreadsheets open it either way). */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
