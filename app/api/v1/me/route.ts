// Who is signed in, for the site header's account links. The header asks from the browser so the
// pages around it can be prerendered (reading the session cookie on the server would make every
// page dynamic). Only what the header shows; never cached.
import { getApiUser } from "@/lib/auth/session.server";
import { withDatabaseErrors } from "@/lib/http/database-unavailable";

export const GET = withDatabaseErrors(async (request: Request): Promise<Response> => {
  const user = await getApiUser(request);
  return Response.json(
    { user: user ? { name: user.name, role: user.role } : null },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
