/**
 * The list's keyset cursor: the sort key of the last row of a page (measuredOn, createdAt, id).
 * Opaque to clients (base64url JSON) so its shape can change; decoding validates every part, so a
 * forged or truncated cursor is a 400 with a field error, never a database error.
 */
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
  if (typeof createdAt !== "string" || Number.isNaN(Date.parse(createdAt))) return null;
  if (typeof id !== "string" || id.length === 0 || id.length > 64) return null;
  // Round-trip check: only the exact form encodeCursor writes is accepted.
  if (new Date(createdAt).toISOString() !== createdAt) return null;
  return { measuredOn, createdAt, id };
}
