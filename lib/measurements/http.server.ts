// The JSON API's shared responses for /api/v1/measurements: personal data, so never cached.
import "server-only";
import { type ApiError, jsonError } from "@/lib/http/json";

export const NO_STORE = { "Cache-Control": "private, no-store" } as const;

export function jsonResponse(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return Response.json(body, { status: init.status ?? 200, headers: { ...NO_STORE, ...init.headers } });
}

export function errorResponse(status: number, error: ApiError): Response {
  return jsonError(status, error, NO_STORE);
}

export const unauthenticated = () =>
  errorResponse(401, { code: "unauthenticated", message: "Sign in to use your measurements.", fields: {} });

/** The same answer for a missing id and for another person's id, so ids reveal nothing. */
export const notFound = () => errorResponse(404, { code: "not_found", message: "No such measurement.", fields: {} });

export const invalidInput = (fields: Record<string, string>) =>
  errorResponse(400, { code: "invalid_input", message: "Some values are missing or out of range.", fields });

export const noContent = () => new Response(null, { status: 204, headers: NO_STORE });

/**
 * 409 duplicate_day: one entry per day (ADR 0011). `existingId` is the entry already on that day:
 * PATCH it, or send the same request again with ?replace=true to replace it.
 */
export function duplicateDay(existing: { id: string; measuredOn: string }): Response {
  const message =
    `There is already a measurement on ${existing.measuredOn}. Send the request again with ` +
    `?replace=true to replace it, or PATCH /api/v1/measurements/${existing.id}.`;
  return Response.json(
    {
      error: {
        code: "duplicate_day",
        message,
        fields: { measuredOn: `There is already a measurement on ${existing.measuredOn}` },
        existingId: existing.id,
      },
    },
    { status: 409, headers: NO_STORE },
  );
}

/** `?replace=true` (or 1): the write may replace the entry already on its day. */
export function replaceRequested(request: Request): boolean {
  const value = new URL(request.url).searchParams.get("replace");
  return value === "true" || value === "1";
}
