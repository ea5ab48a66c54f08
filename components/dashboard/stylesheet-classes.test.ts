// The dashboard's short classes (app/styles/dashboard.css) stand for Tailwind lists that live elsewhere too:
// the category badges' colours (components/bmi/category-style.ts) and the screen-reader-only text
// that the History and the streak calendar mark by position rather than with `sr-only` (issue 10).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { categoryStyle } from "@/components/bmi/category-style";
import type { BmiCategory } from "@/lib/bmi/types";
import { BADGE_CLASSES, NEUTRAL_BADGE } from "./category-badge";

const css = readFileSync(new URL("../../app/styles/dashboard.css", import.meta.url), "utf8");

/** The utilities a rule applies, by its selector as written (one selector per rule). */
function applied(selector: string): string[] {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Not the last of a selector list (`.a,\n.b {`): the rule of this selector alone.
  const rule = new RegExp(`(?<!,)\\n\\s*${escaped}\\s*\\{\\s*@apply ([^;]+);`).exec(css);
  return rule?.[1]?.split(/\s+/) ?? [];
}

const CATEGORIES: BmiCategory[] = [
  "severe_thinness",
  "moderate_thinness",
  "mild_thinness",
  "underweight",
  "healthy_weight",
  "pre_obese",
  "overweight",
  "obese_class_1",
  "obesity",
  "obese_class_2",
  "obese_class_3",
  "severe_obesity",
];

describe("dashboard.css badge classes", () => {
  it("apply exactly the colours of category-style.ts and the neutral badge", () => {
    for (const colours of [...CATEGORIES.map((category) => categoryStyle(category).badge), NEUTRAL_BADGE]) {
      const name = BADGE_CLASSES[colours];
      expect(name, colours).toBeDefined();
      expect(applied(`.${name}`).sort()).toEqual(colours.split(" ").sort());
    }
  });
});

describe("dashboard.css screen-reader text by position", () => {
  it("hides the History's link words and 'none', and the calendar's day words, visually only", () => {
    expect(css).toMatch(/\.history a > span,\s*\.history \[aria-hidden\] \+ span \{\s*@apply sr-only;/);
    expect(applied(".calendar [aria-hidden] + span")).toEqual(["sr-only"]);
  });
});
