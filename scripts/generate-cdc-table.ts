/**
 * Generates lib/bmi/data/cdc-lms.ts from the CDC CSVs in data/bmi-for-age/.
 *
 *   npx tsx scripts/generate-cdc-table.ts
 *
 * Why generate instead of importing the CSV at runtime: lib/bmi must work in client components,
 * where node:fs is not available, and a typed module lets the compiler check every use.
 * The numbers are written as the exact decimal strings found in the CSV (not re-formatted), so
 * the module holds the published values; lib/bmi/cdc-lms-data.test.ts re-parses the CSV and fails
 * if the two ever drift apart.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const DATA_DIR = "data/bmi-for-age";
const LMS_CSV = `${DATA_DIR}/cdc_bmiagerev.csv`;
const EXTENDED_CSV = `${DATA_DIR}/cdc_bmi-age-2022_extended.csv`;
const OUTPUT = "lib/bmi/data/cdc-lms.ts";

// Only plain decimals are accepted so that the token can be pasted into TypeScript verbatim
// and still mean exactly the same number (no exponents, no NaN, no thousands separators).
const DECIMAL = /^-?\d+(\.\d+)?$/;

type Table = { header: string[]; rows: string[][] };

/**
 * Parses a CDC CSV robustly: CRLF or LF endings, an optional BOM, blank lines, and the header
 * repeated between the male and female blocks (bmiagerev.csv line 221) are all tolerated.
 */
function parseCsv(text: string, file: string): Table {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const headerLine = lines[0];
  if (headerLine === undefined) throw new Error(`${file}: empty file`);
  const header = headerLine.split(",");
  const rows: string[][] = [];
  for (const line of lines.slice(1)) {
    if (line === headerLine) continue; // the repeated header
    const cells = line.split(",");
    if (cells.length !== header.length) {
      throw new Error(`${file}: expected ${header.length} cells, got ${cells.length}: ${line}`);
    }
    rows.push(cells);
  }
  return { header, rows };
}

/** Returns a cell by column name (case-insensitive, because the two files differ: Sex vs sex). */
function cell(table: Table, row: string[], column: string, file: string): string {
  const index = table.header.findIndex((h) => h.toLowerCase() === column.toLowerCase());
  const value = index < 0 ? undefined : row[index];
  if (value === undefined) throw new Error(`${file}: no column ${column}`);
  if (!DECIMAL.test(value)) throw new Error(`${file}: ${column} is not a plain decimal: ${value}`);
  return value;
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

type OutRow = Record<"agemos" | "L" | "M" | "S" | "sigma" | "P5" | "P85" | "P95", string>;

function main(): void {
  const lmsBytes = readFileSync(path.join(ROOT, LMS_CSV));
  const extBytes = readFileSync(path.join(ROOT, EXTENDED_CSV));
  const lms = parseCsv(lmsBytes.toString("utf8"), LMS_CSV);
  const ext = parseCsv(extBytes.toString("utf8"), EXTENDED_CSV);

  // sigma lives only in the extended file; index it by sex and agemos.
  const sigmaByKey = new Map<string, { L: string; M: string; S: string; sigma: string }>();
  for (const row of ext.rows) {
    const key = `${cell(ext, row, "sex", EXTENDED_CSV)}/${cell(ext, row, "agemos", EXTENDED_CSV)}`;
    sigmaByKey.set(key, {
      L: cell(ext, row, "L", EXTENDED_CSV),
      M: cell(ext, row, "M", EXTENDED_CSV),
      S: cell(ext, row, "S", EXTENDED_CSV),
      sigma: cell(ext, row, "sigma", EXTENDED_CSV),
    });
  }

  const bySex: Record<"1" | "2", OutRow[]> = { "1": [], "2": [] };
  for (const row of lms.rows) {
    const sex = cell(lms, row, "Sex", LMS_CSV);
    if (sex !== "1" && sex !== "2") throw new Error(`${LMS_CSV}: unknown Sex ${sex}`);
    const agemos = cell(lms, row, "Agemos", LMS_CSV);
    const out: OutRow = {
      agemos,
      L: cell(lms, row, "L", LMS_CSV),
      M: cell(lms, row, "M", LMS_CSV),
      S: cell(lms, row, "S", LMS_CSV),
      sigma: "",
      P5: cell(lms, row, "P5", LMS_CSV),
      P85: cell(lms, row, "P85", LMS_CSV),
      P95: cell(lms, row, "P95", LMS_CSV),
    };
    const extRow = sigmaByKey.get(`${sex}/${agemos}`);
    if (extRow === undefined) throw new Error(`${EXTENDED_CSV}: no row for sex ${sex} agemos ${agemos}`);
    // The two files are documented to share L, M and S; refuse to mix mismatched tables.
    if (extRow.L !== out.L || extRow.M !== out.M || extRow.S !== out.S) {
      throw new Error(`L/M/S differ between the CSVs at sex ${sex} agemos ${agemos}`);
    }
    out.sigma = extRow.sigma;
    bySex[sex].push(out);
  }

  for (const [sex, rows] of Object.entries(bySex)) {
    if (rows.length !== 219) throw new Error(`sex ${sex}: expected 219 rows, got ${rows.length}`);
    for (let i = 1; i < rows.length; i++) {
      // Interpolation assumes strictly increasing ages.
      if (Number(rows[i]?.agemos) <= Number(rows[i - 1]?.agemos))
        throw new Error(`sex ${sex}: agemos not increasing at row ${i}`);
    }
  }

  const formatRows = (rows: OutRow[]): string =>
    rows
      .map(
        (r) =>
          `  { agemos: ${r.agemos}, L: ${r.L}, M: ${r.M}, S: ${r.S}, sigma: ${r.sigma}, P5: ${r.P5}, P85: ` +
          `${r.P85}, P95: ${r.P95} },`,
      )
      .join("\n");

  const source = `// GENERATED FILE, DO NOT EDIT. Regenerate with: npx tsx scripts/generate-cdc-table.ts
//
// Generated from:
//   ${LMS_CSV} (SHA-256 ${sha256(lmsBytes)})
//     CDC 2000 BMI-for-age LMS table, https://www.cdc.gov/growthcharts/data/zscore/bmiagerev.csv
//     columns Agemos, L, M, S, P5, P85, P95
//   ${EXTENDED_CSV} (SHA-256 ${sha256(extBytes)})
//     CDC 2022 extended BMI-for-age table, https://www.cdc.gov/growthcharts/data/extended-bmi/bmi-age-2022.csv
//     column sigma
// Values are the CSV's decimal strings, unchanged. See data/bmi-for-age/README.md.

/** One row of the CDC BMI-for-age table (agemos in months; BMI values in kg/m²). */
export interface CdcLmsRow {
  readonly agemos: number;
  readonly L: number;
  readonly M: number;
  readonly S: number;
  readonly sigma: number;
  readonly P5: number;
  readonly P85: number;
  readonly P95: number;
}

export const CDC_LMS_SOURCE = {
  lms: { file: "${LMS_CSV}", sha256: "${sha256(lmsBytes)}" },
  extended: { file: "${EXTENDED_CSV}", sha256: "${sha256(extBytes)}" },
} as const;

/** Boys (CSV Sex = 1), ordered by agemos. */
export const CDC_LMS_MALE: readonly CdcLmsRow[] = Object.freeze([
${formatRows(bySex["1"])}
]);

/** Girls (CSV Sex = 2), ordered by agemos. */
export const CDC_LMS_FEMALE: readonly CdcLmsRow[] = Object.freeze([
${formatRows(bySex["2"])}
]);
`;
  writeFileSync(path.join(ROOT, OUTPUT), source);
  console.log(`Wrote ${OUTPUT}: ${bySex["1"].length} male + ${bySex["2"].length} female rows.`);
}

main();
