// Shapes every JSON API error the same way: HTTP status + { error: { code, message, fields } }.
export type ApiError = { code: string; message: string; fields: Record<string, string> };

export function jsonError(status: number, error: ApiError, headers?: HeadersInit): Response {
  return Response.json({ error }, { status, headers });
}

/**
 * The largest JSON body a route reads unless it names its own limit (the admin article API does:
 * an article body may be 100,000 characters); anything above is refused (413 body_too_large).
 */
export const MAX_BODY_BYTES = 64 * 1024;

/** Why a request body was not read; `status` is the HTTP status to answer with. */
export type BodyRefusal = { ok: false; status: 400 | 403 | 413 | 415; error: ApiError };
export type JsonBody = { ok: true; value: Record<string, unknown> } | BodyRefusal;

const tooLarge = (limit: number): BodyRefusal => ({
  ok: false,
  status: 413,
  error: {
    code: "body_too_large",
    message: `The request body is larger than ${Math.floor(limit / 1024)} KB.`,
    fields: {},
  },
});
const INVALID_JSON: BodyRefusal = {
  ok: false,
  status: 400,
  error: { code: "invalid_json", message: "The request body must be a JSON object.", fields: {} },
};

/**
 * The body as UTF-8 text, or null when it is larger than `limit` bytes or not UTF-8 ("too large"
 * wins). A declared Content-Length over the limit is refused before a byte is read; a streamed
 * body is read chunk by chunk and cancelled at the limit, so a client can never make the server
 * hold more than `limit` bytes of it (request.text() would buffer all of it first).
 */
export async function readBodyText(
  request: Request,
  limit = MAX_BODY_BYTES,
): Promise<{ text: string } | "too_large" | "not_utf8"> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) return "too_large";
  if (!request.body) return { text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return "too_large";
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return "not_utf8";
  }
}

/** Reads a JSON object body; a malformed or oversized body is the caller's mistake (400/413), never a 500. */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<JsonBody> {
  const body = await readBodyText(request, limit);
  if (body === "too_large") return tooLarge(limit);
  if (body === "not_utf8") return INVALID_JSON;
  try {
    const value: unknown = JSON.parse(body.text);
    if (value && typeof value === "object" && !Array.isArray(value)) {
      return { ok: true, value: value as Record<string, unknown> };
    }
  } catch {
    // fall through to the error below
  }
  return INVALID_JSON;
}
