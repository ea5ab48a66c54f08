// GET: the signed-in person's log, newest first, a page at a time. POST: a new entry, made once per
// Idempotency-Key when the client sends one (ADR 0012).
import { apiUser } from "@/lib/auth/session.server";
import { withDatabaseErrors } from "@/lib/http/database-unavailable";
import { readJsonWrite } from "@/lib/http/write-guard";
import { toApiMeasurement, toApiPage } from "@/lib/measurements/api-view";
import {
  duplicateDay,
  errorResponse,
  invalidInput,
  jsonResponse,
  replaceRequested,
  unauthenticated,
} from "@/lib/measurements/http.server";
import { IDEMPOTENCY_HEADER, REPLAYED_HEADER, parseIdempotencyKey } from "@/lib/measurements/idempotency";
import { createMeasurementOnce } from "@/lib/measurements/idempotency.server";
import { createMeasurement } from "@/lib/measurements/mutations.server";
import { listMeasurements } from "@/lib/measurements/queries.server";
import { fieldErrors, measurementListQuerySchema } from "@/lib/measurements/schemas";
import type { MeasurementMutationResult } from "@/lib/measurements/types";

export const GET = withDatabaseErrors(async (request: Request) => {
  const user = await apiUser(request, unauthenticated);
  if (user instanceof Response) return user;
  const query = measurementListQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return invalidInput(fieldErrors(query.error));
  return jsonResponse(toApiPage(await listMeasurements(user.id, query.data)));
});

const location = (id: string) => ({ Location: `/api/v1/measurements/${encodeURIComponent(id)}` });

/** A create that was not carried out: one answer whether or not an Idempotency-Key was sent. */
function refused(result: Extract<MeasurementMutationResult, { ok: false }>): Response {
  // One entry per day (ADR 0011): the day's entry is named, to PATCH or to replace with ?replace=true.
  return result.duplicate ? duplicateDay(result.duplicate) : invalidInput(result.fields);
}

export const POST = withDatabaseErrors(async (request: Request) => {
  const user = await apiUser(request, unauthenticated);
  if (user instanceof Response) return user;
  const body = await readJsonWrite(request);
  if (!body.ok) return errorResponse(body.status, body.error);
  const key = parseIdempotencyKey(request.headers);
  if (key.kind === "invalid") {
    return errorResponse(400, {
      code: "invalid_idempotency_key",
      message: key.message,
      fields: { [IDEMPOTENCY_HEADER]: key.message },
    });
  }

  if (key.kind === "absent") {
    // ?replace=true: the day's entry takes these values (200, same id) instead of a 409.
    const result = await createMeasurement(user.id, body.value, replaceRequested(request));
    if (!result.ok) return refused(result);
    return jsonResponse(toApiMeasurement(result.measurement), {
      status: result.replaced ? 200 : 201,
      headers: location(result.measurement.id),
    });
  }
  const result = await createMeasurementOnce(user.id, key.key, body.value, replaceRequested(request));
  switch (result.kind) {
    case "refused":
      return refused(result.result);
    case "key_reused":
      return errorResponse(422, {
        code: "idempotency_key_reused",
        message:
          `This ${IDEMPOTENCY_HEADER} was already used for a different request; use a new key for a new ` +
          `measurement.`,
        fields: { [IDEMPOTENCY_HEADER]: "Already used for a different request" },
      });
    case "created":
      return jsonResponse(result.body, { status: result.status, headers: location(result.body.id) });
    case "replayed": {
      const id = (result.body as { id?: unknown }).id;
      const headers: Record<string, string> = {
        [REPLAYED_HEADER]: "true",
        ...(typeof id === "string" && location(id)),
      };
      return jsonResponse(result.body, { status: result.status, headers });
    }
  }
});
