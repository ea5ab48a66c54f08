/**
 * Guards the generated module against drift: it must hold exactly what the CSVs in
 * data/bmi-for-age say, and the CSVs must be the bytes whose SHA-256 the README records.
 * The CSV is re-parsed here independently of scripts/generate-cdc-table.ts (a deliberately naive
 * parser), so a bug in the generator's parsing would show up as a mismatch.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CDC_LMS_FEMALE, CDC_LMS_MALE, CDC_LMS_SOURCE, type CdcLmsRow } from "./data/cdc-lms";

const DATA_DIR = path.resolve(import.meta.dirname, "../../data/bmi-for-age");
const LMS_FILE = "cdc_bmiagerev.csv";
const EXT_FILE = "cdc_bmi-age-2022_extended.csv";

const read = (file: string) => readFileSync(path.join(DATA_DIR, file));
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** Data lines only (they start with the sex digit), split into named cells. */
function records(file: string): Record<string, string>[] {
  const lines = read(file).toString("utf8").split("\r\n");
  const header = (lines[0] ?? "").split(",");
  return lines
    .filter((line) => /^[12],/.test(line))
    .map((line) => Object.fromEntries(line.split(",").map((value, i) => [header[i]?.toLowerCase() ?? "", value])));
}

/** The SHA-256 the README gives in the section about `file`. */
function readmeSha(file: string): string | undefined {
  const readme = readFileSync(path.join(DATA_DIR, "README.md"), "utf8");
  const section = readme.split(/^## /m).find((s) => s.split("\n")[0]?.includes(`\`${file}\``));
  return section?.match(/\|\s*SHA-256\s*\|\s*`([0-9a-f]{64})`/)?.[1];
}

describe("CDC CSV files", () => {
  it.each([LMS_FILE, EXT_FILE])("%s matches the SHA-256 in data/bmi-for-age/README.md", (file) => {
    const expected = readmeSha(file);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
    expect(sha256(read(file))).toBe(expected);
  });

  it("the generated module records the same checksums", () => {
    expect(CDC_LMS_SOURCE.lms.sha256).toBe(sha256(read(LMS_FILE)));
    expect(CDC_LMS_SOURCE.extended.sha256).toBe(sha256(read(EXT_FILE)));
  });

  it("bmiagerev.csv still has the documented quirks (CRLF, header repeated at line 221)", () => {
    const text = read(LMS_FILE).toString("utf8");
    const lines = text.split("\r\n");
    expect(text.includes("\n") && !/[^\r]\n/.test(text)).toBe(true);
    expect(lines[220]).toBe(lines[0]);
    expect(lines[0]?.startsWith("Sex,Agemos,L,M,S,")).toBe(true);
  });
});

describe("generated lib/bmi/data/cdc-lms.ts", () => {
  const lms = records(LMS_FILE);
  const ext = records(EXT_FILE);

  it.each([
    ["male", "1", CDC_LMS_MALE],
    ["female", "2", CDC_LMS_FEMALE],
  ] as const)("%s rows equal the CSV exactly", (_name, sex, rows) => {
    const csv = lms.filter((r) => r.sex === sex);
    const extRows = ext.filter((r) => r.sex === sex);
    expect(csv).toHaveLength(219);
    expect(extRows).toHaveLength(219);
    const expected: CdcLmsRow[] = csv.map((r, i) => ({
      agemos: Number(r.agemos),
      L: Number(r.l),
      M: Number(r.m),
      S: Number(r.s),
      sigma: Number(extRows[i]?.sigma),
      P5: Number(r.p5),
      P85: Number(r.p85),
      P95: Number(r.p95),
    }));
    // Same ages in both files, row for row, so pairing sigma by index is valid.
    expect(extRows.map((r) => Number(r.agemos))).toEqual(expected.map((r) => r.agemos));
    expect(rows).toEqual(expected);
  });

  it("is frozen so callers cannot alter the reference data", () => {
    expect(Object.isFrozen(CDC_LMS_MALE)).toBe(true);
    expect(Object.isFrozen(CDC_LMS_FEMALE)).toBe(true);
  });
});
