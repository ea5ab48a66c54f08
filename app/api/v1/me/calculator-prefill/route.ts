// What the BMI calculator fills in for the signed-in person (profile and latest weight). Asked by
// the calculator from the browser, so the empty calculator page itself reads no session and can be
// prerendered. Signed out: 401, and the calculator stays empty. Never cached.
import { getApiUser } from "@/lib/auth/session.server";
import { withDatabaseErrors } from "@/lib/http/database-unavailable";
import { calculatorPrefill } from "@/lib/measurements/calculator-prefill";
import { todayUtc } from "@/lib/measurements/dates";
import { jsonResponse, unauthenticated } from "@/lib/measurements/http.server";
import { addYears } from "@/lib/dates/calendar";
import { listMeasurements } from "@/lib/measurements/queries.server";
import { getProfile } from "@/lib/profile/queries.server";

export const GET = withDatabaseErrors(async (request: Request) => {
  const user = await getApiUser(request);
  if (!user) return unauthenticated();
  const today = todayUtc();
  const [profile, latest] = await Promise.all([getProfile(user.id), latestEntry(user.id, today)]);
  if (!profile) return unauthenticated();
  return jsonResponse(calculatorPrefill(profile, latest, today));
});

/** The newest entry of the last year (one row): an older weight is not worth suggesting. */
async function latestEntry(userId: string, today: string) {
  const page = await listMeasurements(userId, { from: addYears(today, -1), limit: 1 });
  return page.items[0] ?? null;
}
