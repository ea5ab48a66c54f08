import { describe, expect, it } from "vitest";
import type { SessionRecord } from "@/lib/recommendations/types";
import { progressionByPain } from "./progression";

const session = (overrides: Partial<SessionRecord>): SessionRecord => ({
  routineSlug: "desk-break",
  completedOn: "2026-11-20",
  difficulty: "right",
  painBefore: 3,
  painAfter: 3,
  ...overrides,
});

describe("progressionByPain", () => {
  it("is standard at every pain level without history of this routine", () => {
    const byPain = progressionByPain([session({ routineSlug: "other", painAfter: 9 })], "desk-break");
    expect(byPain).toHaveLength(11);
    expect(byPain.every((s) => s.progression === "standard" && s.reason === null)).toBe(true);
  });

  it("suggests easier after pain went up last time, whatever the pain now", () => {
    const byPain = progressionByPain(
      [session({ painBefore: 2, painAfter: 4 }), session({ difficulty: "easy" })],
      "desk-break",
    );
    expect(new Set(byPain.map((s) => s.progression))).toEqual(new Set(["easier"]));
    expect(byPain[0]?.reason).toMatch(/pain went up/i);
  });

  it("suggests harder after two easy sessions, but not on a high-pain day", () => {
    const history = [
      session({ difficulty: "easy" }),
      session({ routineSlug: "other" }),
      session({ difficulty: "easy", completedOn: "2026-11-18" }),
    ];
    const byPain = progressionByPain(history, "desk-break");
    expect(byPain[0]?.progression).toBe("harder");
    expect(byPain[6]?.progression).toBe("harder");
    expect(byPain[7]?.progression).toBe("standard");
    expect(byPain[10]?.reason).toMatch(/stay at the standard level/);
  });
});
