// POST /api/v1/recommendations: the public recommendation engine. No sign-in and no cookies are
// read, so no cross-site guard is needed (as for /api/v1/bmi); the answer is about someone's health,
// so it is never cached. The routine catalogue it ranks is the engine's, cached per instance and
// forgotten on admin edits (ADR 0024): no database round trip once warm.
import { withDatabaseErrors } from "@/lib/http/database-unavailable";
import { jsonError, readJsonBody } from "@/lib/http/json";
import { recommendFromCheckIn } from "@/lib/recommendations/from-check-in";
import { checkInSchema } from "@/lib/recommendations/schema";
import { zodFieldErrors } from "@/lib/forms/form-state";
import { engineCatalogue } from "@/lib/routines/queries.server";

const NO_STORE = { "Cache-Control": "private, no-store" };

export const POST = withDatabaseErrors(async (request: Request) => {
  const body = await readJsonBody(request);
  if (!body.ok) return jsonError(body.status, body.error, NO_STORE);
  const parsed = checkInSchema.safeParse(body.value);
  if (!parsed.success) {
    return jsonError(
      400,
      {
        code: "invalid_input",
        message: "Some values are missing or out of range.",
        fields: zodFieldErrors(parsed.error),
      },
      NO_STORE,
    );
  }
  const recommendation = recommendFromCheckIn(parsed.data, await engineCatalogue());
  return Response.json(recommendation, { headers: NO_STORE });
});
