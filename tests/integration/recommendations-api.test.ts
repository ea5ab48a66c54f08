// POST /api/v1/recommendations against the seeded catalogue in PostgreSQL: the public engine.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/recommendations/route";
import { db } from "@/lib/db";
import type { Recommendation } from "@/lib/recommendations/types";
import { recommendFromCheckIn } from "@/lib/recommendations/from-check-in";
import { checkInSchema } from "@/lib/recommendations/schema";
import { listRoutineCards } from "@/lib/routines/queries.server";
import { seedRoutines } from "@/lib/routines/seed.server";
import { CONDITIONS, RED_FLAGS } from "@/lib/routines/types";
import { countQueries } from "../support/query-counter";

const URL = "http://localhost/api/v1/recommendations";
const post = (body: unknown, contentType = "application/json") =>
  POST(
    new Request(URL, {
      method: "POST",
      headers: { "content-type": contentType },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

const base = { age: 34, heightCm: 180, weightKg: 82, painNow: 2, redFlags: [], conditions: [] };

beforeAll(async () => {
  await seedRoutines(db());
});

describe("POST /api/v1/recommendations", () => {
  it("ranks routines with scores and reasons when nothing is wrong", async () => {
    const response = await post({ ...base, afterLifting: true, experience: "intermediate" });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = (await response.json()) as Recommendation;
    expect(body.safety.level).toBe("none");
    expect(body.routines.length).toBeGreaterThan(3);
    const scores = body.routines.map((routine) => routine.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    for (const routine of body.routines) {
      expect(routine.reasons.length).toBeGreaterThan(0);
      expect(Object.keys(routine).sort()).toEqual([
        "intensity",
        "kind",
        "minutes",
        "name",
        "progression",
        "reasons",
        "score",
        "slug",
        "usesInversion",
      ]);
    }
    // Lifting today puts decompression first.
    expect(body.routines[0]!.kind).toBe("decompression");
  });

  it.each(RED_FLAGS)("answers a doctor, not a routine, for the red flag %s", async (flag) => {
    const body = (await (await post({ ...base, redFlags: [flag] })).json()) as Recommendation;
    expect(["emergency", "urgent"]).toContain(body.safety.level);
    expect(body.routines).toEqual([]);
    expect(body.excluded.length).toBeGreaterThan(0);
  });

  it.each(CONDITIONS)("never offers inversion with %s", async (condition) => {
    const body = (await (await post({ ...base, conditions: [condition] })).json()) as Recommendation;
    expect(body.routines.some((routine) => routine.usesInversion)).toBe(false);
    expect(body.excluded.some((routine) => routine.reasons.some((reason) => /inversion/i.test(reason)))).toBe(true);
  });

  it("answers from the cached engine catalogue as from a full read, with no query once warm", async () => {
    const input = { ...base, afterLifting: true, conditions: ["high_blood_pressure"] };
    await post(input);
    const { result, queries } = await countQueries(() => post(input));
    expect(queries).toBe(0);
    expect(await result.json()).toEqual(
      JSON.parse(JSON.stringify(recommendFromCheckIn(checkInSchema.parse(input), await listRoutineCards()))),
    );
  });

  it("offers only gentle routines at pain 7 or more", async () => {
    const body = (await (await post({ ...base, painNow: 7 })).json()) as Recommendation;
    expect(body.routines.length).toBeGreaterThan(0);
    expect(body.routines.every((routine) => routine.intensity === "gentle")).toBe(true);
  });

  it("refuses bad input with field-named errors", async () => {
    const response = await post({ age: "abc", painNow: 11, redFlags: ["made_up"], conditions: [] });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(error.code).toBe("invalid_input");
    expect(Object.keys(error.fields).sort()).toEqual(["age", "painNow", "redFlags"]);
  });

  it("refuses a body that is not a JSON object", async () => {
    for (const body of ["not json", "[1,2]", "null"]) {
      const response = await post(body);
      expect(response.status).toBe(400);
    }
  });
});

describe("body limits", () => {
  it("answers 413 body_too_large for a body over the limit", async () => {
    const response = await post({ ...base, padding: "x".repeat(70 * 1024) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("body_too_large");
  });
});
