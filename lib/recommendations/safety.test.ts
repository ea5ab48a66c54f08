import { describe, expect, it } from "vitest";
import { RED_FLAGS, type RedFlag } from "@/lib/routines/types";
import { recommend } from "./engine";
import { RED_FLAG_EXCLUSION, RED_FLAG_LABELS, SAFETY_MESSAGES } from "./rules";
import { assessSafety } from "./safety";
import { FIXTURE_CATALOGUE, input } from "./test-fixtures";

// The two lists, written out again here rather than imported, so a change to rules.ts that
// moves a flag between levels fails this table.
const EXPECTED_LEVEL: Record<RedFlag, "emergency" | "urgent"> = {
  bladder_bowel: "emergency",
  saddle_numbness: "emergency",
  leg_weakness: "emergency",
  trauma: "urgent",
  fever: "urgent",
  weight_loss: "urgent",
  cancer_history: "urgent",
  night_pain: "urgent",
};

describe("every red flag on its own", () => {
  it("covers the whole vocabulary", () => {
    expect(Object.keys(EXPECTED_LEVEL).sort()).toEqual([...RED_FLAGS].sort());
  });

  it.each(RED_FLAGS.map((flag) => [flag, EXPECTED_LEVEL[flag]] as const))(
    "%s → %s, no routine, all excluded",
    (flag, level) => {
      const out = recommend(input({ checkIn: { redFlags: [flag], painNow: 1 } }));
      expect(out.safety.level).toBe(level);
      expect(out.safety.message).toBe(SAFETY_MESSAGES[level]);
      expect(out.safety.reasons).toEqual([RED_FLAG_LABELS[flag]]);
      expect(out.routines).toEqual([]);
      expect(out.excluded.map((e) => e.slug).sort()).toEqual(FIXTURE_CATALOGUE.map((r) => r.slug).sort());
      for (const e of out.excluded) expect(e.reasons).toEqual([RED_FLAG_EXCLUSION]);
    },
  );
});

describe("levels and their messages", () => {
  it("emergency beats urgent, and both flags are named in a fixed order", () => {
    const s = assessSafety({ age: 40, redFlags: ["fever", "saddle_numbness"] });
    expect(s.level).toBe("emergency");
    expect(s.reasons).toEqual([RED_FLAG_LABELS.saddle_numbness, RED_FLAG_LABELS.fever]);
  });

  it("the emergency message says to get help now, with international numbers, and names cauda equina syndrome", () => {
    const m = SAFETY_MESSAGES.emergency;
    for (const part of [
      "urgent medical help now",
      "999",
      "112",
      "911",
      "emergency department",
      "A&E",
      "cauda equina syndrome",
    ]) {
      expect(m).toContain(part);
    }
  });

  it("the urgent message says to see a doctor soon and not to exercise", () => {
    expect(SAFETY_MESSAGES.urgent).toMatch(
      /See a doctor \(your GP or family doctor\) soon — today or in the next few days/,
    );
    expect(SAFETY_MESSAGES.urgent).toContain("do not do back exercises");
  });

  it.each(Object.entries(SAFETY_MESSAGES))("the %s message says it is not a diagnosis", (_level, message) => {
    expect(message).toContain("general guidance, not a diagnosis");
  });

  it("pain for more than 6 weeks without flags → routine, and routines are still offered", () => {
    const out = recommend(input({ checkIn: { painWeeks: 7 } }));
    expect(out.safety.level).toBe("routine");
    expect(out.safety.message).toContain("doctor or a physiotherapist");
    expect(out.routines.length).toBeGreaterThan(0);
  });

  it.each([
    [undefined, "none"],
    [0, "none"],
    [6, "none"],
    [6.1, "routine"],
    [52, "routine"],
  ] as const)("painWeeks %s → %s", (painWeeks, level) => {
    expect(assessSafety({ age: 30, redFlags: [], ...(painWeeks !== undefined && { painWeeks }) }).level).toBe(level);
  });

  it("no flags → none, with no reasons", () => {
    expect(assessSafety({ age: 30, redFlags: [] })).toEqual({
      level: "none",
      message: SAFETY_MESSAGES.none,
      reasons: [],
    });
  });
});

describe("age under 20 or over 50 counts only with another flag", () => {
  it.each([15, 19.9, 50.5, 70])("age %s alone changes nothing", (age) => {
    expect(assessSafety({ age, redFlags: [] }).level).toBe("none");
  });

  it.each([
    [19.9, "under the age of 20"],
    [51, "over the age of 50"],
  ])("age %s with a flag is named among the reasons", (age, words) => {
    const s = assessSafety({ age, redFlags: ["night_pain"] });
    expect(s.level).toBe("urgent");
    expect(s.reasons).toHaveLength(2);
    expect(s.reasons[1]).toContain(words);
  });

  it.each([20, 35, 50])("age %s with a flag adds no age reason", (age) => {
    expect(assessSafety({ age, redFlags: ["night_pain"] }).reasons).toEqual([RED_FLAG_LABELS.night_pain]);
  });
});
