/**
 * The `Idempotency-Key` header of POST /api/v1/measurements (ADR 0012): a client that retries after
 * a timeout or a dropped connection sends the same key again and gets the first answer back instead
 * of a second entry. Pure: the parsing, the request fingerprint and the rules; the storage is in
 * idempotency.server.ts.
 */
import { createHash } from "node:crypto";

export const IDEMPOTENCY_HEADER = "Idempotency-Key";
/** Set on an answer that was stored for an earlier request with the same key. */
export const REPLAYED_HEADER = "Idempotent-Replayed";
/** How long a key is remembered: long enough for any client's retries, short enough to stay small. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
export const IDEMPOTENCY_KEY_MAX = 255;

/** Printable ASCII (space to tilde): what every client library can put in a header unchanged. */
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

export type ParsedKey = { kind: "absent" } | { kind: "valid"; key: string } | { kind: "invalid"; message: string };

/**
 * The key of a request. A header that is present but unusable is the client's mistake (400), not
 * "no key": silently creating an entry would defeat the retry protection the client asked for.
 */
export function parseIdempotencyKey(headers: Headers): ParsedKey {
  const raw = headers.get(IDEMPOTENCY_HEADER);
  if (raw === null) return { kind: "absent" };
  // Headers arrive trimmed by the HTTP parser; an all-space key is no key.
  const key = raw.trim();
  if (key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX || !PRINTABLE_ASCII.test(key)) {
    return {
      kind: "invalid",
      message: `${IDEMPOTENCY_HEADER} must be 1 to ${IDEMPOTENCY_KEY_MAX} printable ASCII characters`,
    };
  }
  return { kind: "valid", key };
}

/**
 * The fingerprint that tells "the same request again" from "another request with a reused key":
 * the endpoint and the body as JSON with object keys sorted, so a client that serialises its
 * fields in another order on the retry is still recognised.
 */
export function requestFingerprint(endpoint: string, body: unknown): string {
  return createHash("sha256").update(endpoint).update("\n").update(canonicalJson(body)).digest("hex");
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
