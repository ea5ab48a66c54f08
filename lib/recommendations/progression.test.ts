import { describe, expect, it } from "vitest";
import { HISTORY_LIMIT, recommend } from "./engine";
import { EASIER_REASON, HARDER_HELD_REASON, HARDER_REASON } from "./scoring";
import { input, session } from "./test-fixtures";
import type { Recommendation } from "./types";

const routine = (out: Recommendation, slug: string) => {
  const found = out.routines.find((r) => r.slug === slug);
  if (!found) throw new Error(`${slug} not offered: ${JSON.stringify(out.excluded)}`);
  return found;
};

describe("progression from this routine's own history", () => {
  const progression = (history: Parameters<typeof session>[0][], painNow = 2) =>
    routine(recommend(input({ history: history.map(session), checkIn: { painNow } })), "core-basics");

  it("pain went up after the latest session → easier", () => {
    const r = progression([{ routineSlug: "core-basics", painBefore: 2, painAfter: 4 }]);
    expect(r.progression).toBe("easier");
    expect(r.reasons).toContain(EASIER_REASON);
  });

  it("rated easy the last two times → harder", () => {
    const r = progression([
      { routineSlug: "core-basics", completedOn: "2026-11-20", difficulty: "easy" },
      { routineSlug: "core-basics", completedOn: "2026-11-18", difficulty: "easy" },
    ]);
    expect(r.progression).toBe("harder");
    expect(r.reasons).toContain(HARDER_REASON);
  });

  it("rated easy only once (or the older one) → standard", () => {
    const once = [
      { routineSlug: "core-basics", completedOn: "2026-11-20", difficulty: "easy" as const },
      { routineSlug: "core-basics", completedOn: "2026-11-18", difficulty: "right" as const },
    ];
    expect(progression(once).progression).toBe("standard");
    // The same sessions given oldest first: the engine orders by date itself.
    expect(progression([...once].reverse()).progression).toBe("standard");
    expect(progression([{ routineSlug: "core-basics", difficulty: "easy" }]).progression).toBe("standard");
  });

  it("pain going up wins over two easy ratings", () => {
    const r = progression([
      { routineSlug: "core-basics", completedOn: "2026-11-20", difficulty: "easy", painBefore: 1, painAfter: 2 },
      { routineSlug: "core-basics", completedOn: "2026-11-18", difficulty: "easy" },
    ]);
    expect(r.progression).toBe("easier");
  });

  it("other routines' sessions do not count", () => {
    const r = progression([
      { routineSlug: "core-basics", completedOn: "2026-11-20", difficulty: "easy" },
      { routineSlug: "plank-power", completedOn: "2026-11-19", difficulty: "easy" },
      { routineSlug: "plank-power", completedOn: "2026-11-18", painBefore: 1, painAfter: 5 },
    ]);
    expect(r.progression).toBe("standard");
  });

  it("easy twice on a high-pain day stays standard and says why", () => {
    const out = recommend(
      input({
        checkIn: { painNow: 7 },
        history: [
          session({ routineSlug: "gentle-mobility", completedOn: "2026-11-20", difficulty: "easy" }),
          session({ routineSlug: "gentle-mobility", completedOn: "2026-11-19", difficulty: "easy" }),
        ],
      }),
    );
    expect(routine(out, "gentle-mobility").progression).toBe("standard");
    expect(routine(out, "gentle-mobility").reasons).toContain(HARDER_HELD_REASON);
  });

  it(`reads only the latest ${HISTORY_LIMIT} sessions`, () => {
    const easyPair = [
      session({ routineSlug: "core-basics", completedOn: "2026-01-02", difficulty: "easy" }),
      session({ routineSlug: "core-basics", completedOn: "2026-01-01", difficulty: "easy" }),
    ];
    const newer = (count: number) =>
      Array.from({ length: count }, (_, i) =>
        session({ routineSlug: "desk-stretch", completedOn: `2026-10-${String(i + 1).padStart(2, "0")}` }),
      );
    const at = (count: number) =>
      routine(recommend(input({ history: [...newer(count), ...easyPair] })), "core-basics").progression;
    expect(at(HISTORY_LIMIT - 2)).toBe("harder");
    expect(at(HISTORY_LIMIT - 1)).toBe("standard");
  });
});
