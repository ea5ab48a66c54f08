import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SESSION_MESSAGES as M, sessionFieldErrors, sessionInputSchema } from "./session-schema";

const valid = {
  routineSlug: "desk-break",
  progression: "standard",
  difficulty: "right",
  painBefore: "3",
  painAfter: "2",
  completedOn: "2026-11-21",
};

function errors(input: unknown): Record<string, string> {
  const result = sessionInputSchema.safeParse(input);
  if (result.success) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`);
  return sessionFieldErrors(result.error);
}

describe("sessionInputSchema", () => {
  beforeEach(() => {
    // 15:00 UTC on the 21st: 10:00 in New York (the test zone), already the 22nd in Auckland.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-21T15:00:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  it("accepts form strings and JSON numbers alike", () => {
    const expected = {
      routineSlug: "desk-break",
      progression: "standard",
      difficulty: "right",
      painBefore: 3,
      painAfter: 2,
      completedOn: "2026-11-21",
    };
    expect(sessionInputSchema.parse(valid)).toEqual(expected);
    expect(sessionInputSchema.parse({ ...valid, painBefore: 3, painAfter: 2 })).toEqual(expected);
    expect(sessionInputSchema.parse({ ...valid, routineSlug: " desk-break ", painBefore: " 3 " })).toEqual(expected);
  });

  it(
    "defaults a missing progression to standard and a missing date to the server's UTC day, and drops " +
      "unknown keys",
    () => {
      const parsed = sessionInputSchema.parse({
        ...valid,
        progression: "",
        completedOn: undefined,
        userId: "someone-else",
        id: "x",
      });
      expect(parsed).toEqual({
        routineSlug: "desk-break",
        progression: "standard",
        difficulty: "right",
        painBefore: 3,
        painAfter: 2,
        completedOn: "2026-11-21",
      });
    },
  );

  it("allows any real time zone's today: one day either side of the UTC date", () => {
    expect(sessionInputSchema.parse({ ...valid, completedOn: "2026-11-20" }).completedOn).toBe("2026-11-20");
    expect(sessionInputSchema.parse({ ...valid, completedOn: "2026-11-22" }).completedOn).toBe("2026-11-22");
    expect(errors({ ...valid, completedOn: "2026-11-23" })).toEqual({ completedOn: M.completedOnRange });
    expect(errors({ ...valid, completedOn: "2026-11-19" })).toEqual({ completedOn: M.completedOnRange });
  });

  it("follows the clock across a month end, not the process's time zone", () => {
    vi.setSystemTime(new Date("2026-12-01T02:00:00Z")); // still 30 November in New York
    expect(sessionInputSchema.parse({ ...valid, completedOn: "2026-11-30" }).completedOn).toBe("2026-11-30");
    expect(sessionInputSchema.parse({ ...valid, completedOn: "2026-12-02" }).completedOn).toBe("2026-12-02");
    expect(errors({ ...valid, completedOn: "2026-11-29" })).toEqual({ completedOn: M.completedOnRange });
  });

  it("refuses dates that are not real or not YYYY-MM-DD", () => {
    for (const bad of ["2026-02-30", "21/11/2026", "2026-11-21T00:00:00Z", "20261121", "tomorrow"]) {
      expect(errors({ ...valid, completedOn: bad }), bad).toEqual({ completedOn: M.completedOnFormat });
    }
  });

  it("refuses pain outside 0–10, fractions and non-numbers, naming the field", () => {
    for (const bad of ["-1", "11", "2.5", "", "abc", "1e1", "0x3", 10.5, null, "NaN", "Infinity"]) {
      expect(errors({ ...valid, painBefore: bad }), String(bad)).toEqual({ painBefore: M.painBefore });
    }
    expect(errors({ ...valid, painAfter: undefined })).toEqual({ painAfter: M.painAfter });
    expect(sessionInputSchema.parse({ ...valid, painBefore: "0", painAfter: 10 })).toMatchObject({
      painBefore: 0,
      painAfter: 10,
    });
  });

  it("refuses unknown difficulties, progressions and malformed slugs", () => {
    expect(errors({ ...valid, difficulty: "brutal" })).toEqual({ difficulty: M.difficulty });
    expect(errors({ ...valid, difficulty: undefined })).toEqual({ difficulty: M.difficulty });
    expect(errors({ ...valid, progression: "hardest" })).toEqual({ progression: M.progression });
    for (const bad of ["", "Desk-Break", "desk break", "../etc", "desk--break", "a".repeat(121), 42]) {
      expect(errors({ ...valid, routineSlug: bad }), String(bad)).toEqual({ routineSlug: M.routineSlug });
    }
  });

  it("refuses NUL and other control characters with a message that says so", () => {
    expect(errors({ ...valid, routineSlug: "desk-break\u0000" })).toEqual({
      routineSlug: "Routine must not contain control characters",
    });
    expect(errors({ ...valid, difficulty: "easy\n" })).toEqual({
      difficulty: "How hard it was must not contain control characters",
    });
    expect(errors({ ...valid, painAfter: "2\u0007" })).toEqual({
      painAfter: "Pain after must not contain control characters",
    });
    expect(errors({ ...valid, completedOn: "2026-11-21\u007f" })).toEqual({
      completedOn: "Completed on must not contain control characters",
    });
  });

  it("reports every problem at once, and refuses a body that is not an object", () => {
    expect(
      Object.keys(
        errors({ routineSlug: "x y", difficulty: "no", painBefore: 99, painAfter: -1, completedOn: "2020-01-01" }),
      ).sort(),
    ).toEqual(["completedOn", "difficulty", "painAfter", "painBefore", "routineSlug"]);
    expect(errors("hello")).toEqual({ form: M.notAnObject });
    expect(errors([valid])).toEqual({ form: M.notAnObject });
  });
});
