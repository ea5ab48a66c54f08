// Auth.js's routes. A PostgreSQL outage (reading a session, signing in) answers 503
// database_unavailable like the rest of the API, not a 500 (ADR 0013).
import { GET as authGet, POST as authPost } from "@/lib/auth/handlers";
import { withDatabaseErrors } from "@/lib/http/database-unavailable";

export const GET = withDatabaseErrors(authGet);
export const POST = withDatabaseErrors(authPost);
