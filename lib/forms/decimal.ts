/**
 * The one reader of typed numbers, for every input schema (the calculator, the measurement log and
 * its CSV import) and for the calculator's unit conversions in the browser. Pure, no imports.
 *
 * Plain decimals only: "NaN", "Infinity", hex ("0x10") and stray text, which Number() would accept
 * or turn into NaN, are refused. An exponent is allowed ("1e999", Infinity, fails the finiteness
 * check). A decimal comma is read as a decimal point ("71,1" is 71.1, as typed on a European
 * keyboard), except where it looks like a thousands separator ("1,500"): that reading is
 * ambiguous, so it is refused rather than guessed.
 */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** One comma between digits (or before them): "71,1", "0,75", ",5". */
const COMMA_DECIMAL = /^[+-]?\d*,\d+$/;
/** "1,500", "12,000": one to three digits, a comma, exactly three digits. */
const THOUSANDS = /^[+-]?\d{1,3},\d{3}$/;

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A finite number from a JSON number or a numeric string; "invalid" otherwise; undefined when blank. */
export function parseDecimal(value: unknown): number | "invalid" | undefined {
  if (isBlank(value)) return undefined;
  let n: number;
  if (typeof value === "string") {
    let text = value.trim();
    if (COMMA_DECIMAL.test(text) && !THOUSANDS.test(text)) text = text.replace(",", ".");
    if (!DECIMAL.test(text)) return "invalid";
    n = Number(text);
  } else if (typeof value === "number") {
    n = value;
  } else {
    return "invalid";
  }
  return Number.isFinite(n) ? n : "invalid";
}
