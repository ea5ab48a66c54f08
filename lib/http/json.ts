// Shapes every JSON API error the same way: HTTP status + { error: { code, message, fields } }.
export type ApiError = { code: string; message: string; fields: Record<string, string> };

export function jsonError(status: number, error: ApiError, headers?: HeadersInit): Response {
  return Response.json({ error }, { status, headers });
}

const MAX_BODY_BYTES = 64 * 1024;

/** Reads a JSON object body; a malformed or oversized body is the caller's mistake (400), never a 500. */
export async function readJsonBody(
  request: Request,
): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; error: ApiError }> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) {
    return { ok: false, error: { code: "body_too_large", message: "The request body is larger than 64 KB.", fields: {} } };
  }
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === "object" && !Array.isArray(value)) {
      return { ok: true, value: value as Record<string, unknown> };
    }
  } catch {
    // fall through to the error below
  }
  return { ok: false, error: { code: "invalid_json", message: "The request body must be a JSON object.", fields: {} } };
}
