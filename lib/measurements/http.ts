// The JSON API's shared responses for /api/v1/measurements: personal data, so never cached.
import "server-only";
import { type ApiError, jsonError } from "@/lib/http/json";

export const NO_STORE = { "Cache-Control": "private, no-store" } as const;

export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
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
