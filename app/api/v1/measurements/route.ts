// GET: the signed-in person's log, newest first, a page at a time. POST: a new entry.
import { getApiUser } from "@/lib/auth/session";
import { readJsonWrite } from "@/lib/http/write-guard";
import { toApiMeasurement, toApiPage } from "@/lib/measurements/api-view";
import { errorResponse, invalidInput, jsonResponse, unauthenticated } from "@/lib/measurements/http";
import { createMeasurement } from "@/lib/measurements/mutations";
import { listMeasurements } from "@/lib/measurements/queries";
import { fieldErrors, measurementListQuerySchema } from "@/lib/measurements/schemas";

export async function GET(request: Request) {
  const user = await getApiUser(request);
  if (!user) return unauthenticated();
  const query = measurementListQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return invalidInput(fieldErrors(query.error));
  return jsonResponse(toApiPage(await listMeasurements(user.id, query.data)));
}

export async function POST(request: Request) {
  const user = await getApiUser(request);
  if (!user) return unauthenticated();
  const body = await readJsonWrite(request);
  if (!body.ok) return errorResponse(body.status, body.error);
  const result = await createMeasurement(user.id, body.value);
  if (!result.ok) return invalidInput(result.fields);
  return jsonResponse(toApiMeasurement(result.measurement), {
    status: 201,
    headers: { Location: `/api/v1/measurements/${encodeURIComponent(result.measurement.id)}` },
  });
}
