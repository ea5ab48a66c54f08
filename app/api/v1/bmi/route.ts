import { evaluateBmi } from "@/lib/bmi/evaluate";
import { jsonError, readJsonBody } from "@/lib/http/json";

// Pure computation: the same query always gives the same answer, so shared caches may keep it.
const CACHE = { "Cache-Control": "public, max-age=3600" };

export async function GET(request: Request) {
  const outcome = evaluateBmi(Object.fromEntries(new URL(request.url).searchParams));
  return outcome.ok ? Response.json(outcome.result, { headers: CACHE }) : jsonError(400, outcome.error);
}

export async function POST(request: Request) {
  const body = await readJsonBody(request);
  if (!body.ok) return jsonError(body.status, body.error);
  const outcome = evaluateBmi(body.value);
  return outcome.ok ? Response.json(outcome.result) : jsonError(400, outcome.error);
}
