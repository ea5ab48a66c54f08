// Auth.js's routes. A PostgreSQL outage (reading a session, signing in) answers 503
// database_unavailable like the rest of the API, not a 500 (ADR 0013), and not the "signed out"
// answer Auth.js would give after swallowing the error in our callbacks (ADR 0029).
import { surfaceDatabaseOutages } from "@/lib/auth/auth.server";
import { GET as authGet, POST as authPost } from "@/lib/auth/handlers";
import { withDatabaseErrors } from "@/lib/http/database-unavailable";

export const GET = withDatabaseErrors(surfaceDatabaseOutages(authGet));
export const POST = withDatabaseErrors(surfaceDatabaseOutages(authPost));
