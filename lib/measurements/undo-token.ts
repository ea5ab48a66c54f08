/**
 * The undo after a delete (ADR 0011). Deleting really deletes; what it deleted travels in a short-
 * lived token, signed with the server's secret, in an httpOnly cookie. "Undo" puts the entry back
 * from it. The token is only believed when the signature holds, it has not expired, and it names
 * the signed-in user: the user id always comes from the session, never from the client.
 * Pure apart from node:crypto, so it is unit-tested with a fixed secret and clock.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { isIsoDate } from "./dates";
import type { DeletedMeasurement } from "./types";

/** How long "Undo" stays offered after a delete. */
export const UNDO_WINDOW_MS = 10 * 60 * 1000;
export const UNDO_COOKIE = "sb-undo-delete";

type Payload = { v: 1; uid: string; exp: number; entry: DeletedMeasurement };

/** Keyed for this purpose only, so no other use of the secret can mint an undo token. */
function sign(data: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(`measurement-undo\u0000${data}`).digest();
}

export function signUndoToken(userId: string, entry: DeletedMeasurement, secret: string, now = Date.now()): string {
  const payload: Payload = { v: 1, uid: userId, exp: now + UNDO_WINDOW_MS, entry };
  const data = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${data}.${sign(data, secret).toString("base64url")}`;
}

/** The deleted entry, or null when the token is forged, expired, another user's, or malformed. */
export function readUndoToken(
  token: unknown,
  userId: string,
  secret: string,
  now = Date.now(),
): DeletedMeasurement | null {
  if (typeof token !== "string" || token.length > 4096) return null;
  const [data, mac, extra] = token.split(".");
  if (!data || !mac || extra !== undefined) return null;
  const expected = sign(data, secret);
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(data, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!isPayload(payload) || payload.uid !== userId || payload.exp <= now) return null;
  return payload.entry;
}

function isPayload(value: unknown): value is Payload {
  if (typeof value !== "object" || value === null) return false;
  const p = value as Record<string, unknown>;
  const e = p.entry as Record<string, unknown> | null | undefined;
  const finite = (n: unknown) => typeof n === "number" && Number.isFinite(n) && n > 0;
  return (
    p.v === 1 &&
    typeof p.uid === "string" &&
    typeof p.exp === "number" &&
    typeof e === "object" &&
    e !== null &&
    typeof e.id === "string" &&
    typeof e.measuredOn === "string" &&
    isIsoDate(e.measuredOn) &&
    finite(e.weightKg) &&
    finite(e.heightCm) &&
    (e.waistCm === null || finite(e.waistCm)) &&
    typeof e.createdAt === "string" &&
    !Number.isNaN(Date.parse(e.createdAt))
  );
}
