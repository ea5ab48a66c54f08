/**
 * The list's keyset cursor: the sort key of the last row of a page (measuredOn, createdAt, id).
 * Opaque to clients (base64url JSON) so its shape can change; decoding validates every part, so a
 * forged or truncated cursor is a 400 with a field error, never a database error.
 */
import { isRecordId } from "@/lib/validation/text";
import { isIsoDate } from "./dates";

export type CursorKey = { measuredOn: string; createdAt: string; id: string };

const MAX_CURSOR_LENGTH = 512;

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.measuredOn, key.createdAt, key.id]), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): CursorKey | null {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(parts) || parts.length !== 3) return null;
  const [measuredOn, createdAt, id] = parts as unknown[];
  if (typeof measuredOn !== "string" || !isIsoDate(measuredOn)) return null;
  // Four-digit years from 0001: toISOString also writes "+275760-…" and "0000-…", which
  // PostgreSQL's timestamp cannot hold.
  if (typeof createdAt !== "string" || !/^(?!0000)\d{4}-/.test(createdAt) || Number.isNaN(Date.parse(createdAt)))
    return null;
  if (!isRecordId(id)) return null;
  // Round-trip check: only the exact form encodeCursor writes is accepted.
  if (new Date(createdAt).toISOString() !== createdAt) return null;
  return { measuredOn, createdAt, id };
}
