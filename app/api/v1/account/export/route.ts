// GET /api/v1/account/export?format=json|csv: everything stored about the signed-in person.
import { apiUser } from "@/lib/auth/session.server";
import { withDatabaseErrors } from "@/lib/http/database-unavailable";
import { jsonError } from "@/lib/http/json";
import { exportMeasurementsCsv, exportUserData } from "@/lib/measurements/export.server";

const PRIVATE = { "Cache-Control": "private, no-store" };

export const GET = withDatabaseErrors(async (request: Request) => {
  const user = await apiUser(request, () =>
    jsonError(401, { code: "unauthenticated", message: "Sign in to export your data.", fields: {} }, PRIVATE),
  );
  if (user instanceof Response) return user;
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  const day = new Date().toISOString().slice(0, 10);
  if (format === "csv") {
    const csv = await exportMeasurementsCsv(user.id);
    if (csv === null)
      return jsonError(401, { code: "unauthenticated", message: "Sign in to export your data.", fields: {} }, PRIVATE);
    return new Response(csv, {
      headers: {
        ...PRIVATE,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="steadyback-measurements-${day}.csv"`,
      },
    });
  }
  if (format !== "json")
    return jsonError(
      400,
      {
        code: "invalid_input",
        message: "format must be json or csv",
        fields: { format: "Format must be json or csv" },
      },
      PRIVATE,
    );
  const data = await exportUserData(user.id);
  if (!data)
    return jsonError(401, { code: "unauthenticated", message: "Sign in to export your data.", fields: {} }, PRIVATE);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...PRIVATE,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="steadyback-data-${day}.json"`,
    },
  });
});
