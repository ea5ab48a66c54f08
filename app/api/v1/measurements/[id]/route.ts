// One entry of the signed-in person's log. Another person's id answers exactly like a missing one.
import { apiUser } from "@/lib/auth/session.server";
import { withDatabaseErrors } from "@/lib/http/database-unavailable";
import { guardWrite, readJsonWrite } from "@/lib/http/write-guard";
import { toApiMeasurement } from "@/lib/measurements/api-view";
import {
  duplicateDay,
  errorResponse,
  invalidInput,
  jsonResponse,
  noContent,
  notFound,
  replaceRequested,
  unauthenticated,
} from "@/lib/measurements/http.server";
import { deleteMeasurement, updateMeasurement } from "@/lib/measurements/mutations.server";
import { getMeasurement } from "@/lib/measurements/queries.server";

type Context = { params: Promise<{ id: string }> };

export const GET = withDatabaseErrors(async (request: Request, { params }: Context) => {
  const user = await apiUser(request, unauthenticated);
  if (user instanceof Response) return user;
  const measurement = await getMeasurement(user.id, (await params).id);
  return measurement ? jsonResponse(toApiMeasurement(measurement)) : notFound();
});

export const PATCH = withDatabaseErrors(async (request: Request, { params }: Context) => {
  const user = await apiUser(request, unauthenticated);
  if (user instanceof Response) return user;
  const body = await readJsonWrite(request);
  if (!body.ok) return errorResponse(body.status, body.error);
  // Moving an entry onto a day that has another: 409 duplicate_day, unless ?replace=true.
  const result = await updateMeasurement(user.id, (await params).id, body.value, replaceRequested(request));
  if (!result) return notFound();
  if (!result.ok) return result.duplicate ? duplicateDay(result.duplicate) : invalidInput(result.fields);
  return jsonResponse(toApiMeasurement(result.measurement));
});

export const DELETE = withDatabaseErrors(async (request: Request, { params }: Context) => {
  const user = await apiUser(request, unauthenticated);
  if (user instanceof Response) return user;
  const refused = guardWrite(request);
  if (refused) return errorResponse(refused.status, refused.error);
  return (await deleteMeasurement(user.id, (await params).id)) ? noContent() : notFound();
});
