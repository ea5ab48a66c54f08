/**
 * Text that reaches PostgreSQL. Its `text` type cannot hold NUL (0x00): a NUL in a query parameter
 * is a driver error, a 500. Other control characters are stored fine but are never typed by a
 * person, and in names they break lines, logs and CSV exports. So schemas refuse them at the edge,
 * with a field message, and ids are checked by shape before they are used in a query.
 */

/** C0 controls (NUL, tab, newlines, escape…) and DEL. */
const CONTROL = /[\u0000-\u001f\u007f]/;
/** The same, but tab, newline and carriage return are allowed (multi-line text). */
const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function hasControlCharacters(text: string, { multiline = false }: { multiline?: boolean } = {}): boolean {
  return (multiline ? CONTROL_EXCEPT_LINE_BREAKS : CONTROL).test(text);
}

/**
 * zod `.refine` for single-line text such as names: `.refine(isSingleLineText, "… can't contain control characters")`.
 */
export function isSingleLineText(text: string): boolean {
  return !hasControlCharacters(text);
}

/**
 * The shape of our row ids: Prisma's cuid() (and the short ids of seeds and tests). Anything else,
 * a NUL or ten thousand characters say, cannot be one of our rows, so it is "not found" without a query.
 */
const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && RECORD_ID.test(value);
}
