import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ILLUSTRATION_KEYS as PURE_KEYS } from "@/lib/routines/illustration-keys";
import { ExerciseIllustration, ILLUSTRATION_KEYS, POSES } from "./index";
import { HEAD_RADIUS, solve, type Point } from "./pose-kit";

describe("illustration registry", () => {
  it("has exactly one drawing per key of the pure list", () => {
    expect(ILLUSTRATION_KEYS).toBe(PURE_KEYS);
    expect(Object.keys(POSES).sort()).toEqual([...PURE_KEYS].sort());
    expect(new Set(PURE_KEYS).size).toBe(PURE_KEYS.length);
  });

  it("ships no client JavaScript", () => {
    const folder = import.meta.dirname;
    for (const file of readdirSync(folder).filter((name) => /\.tsx?$/.test(name) && !name.includes(".test."))) {
      expect(readFileSync(path.join(folder, file), "utf8"), file).not.toMatch(/["']use client["']/);
    }
  });
});

describe("ExerciseIllustration", () => {
  it.each(PURE_KEYS)("draws %s as a labelled image in currentColor", (key) => {
    const html = renderToStaticMarkup(<ExerciseIllustration illustrationKey={key} alt={`Drawing of ${key} & more`} />);
    expect(html).toMatch(/^<svg [^>]*viewBox="0 0 160 100"/);
    expect(html).toContain('role="img"');
    const labelledBy = html.match(/aria-labelledby="([^"]+)"/)?.[1];
    expect(labelledBy).toBeTruthy();
    expect(html).toContain(`<title id="${labelledBy}">Drawing of ${key} &amp; more</title>`);
    expect(html).toContain('stroke="currentColor"');
    // A figure: at least a head, a back and limbs.
    expect(html).toMatch(/<circle [^>]*r="6"/);
    expect(html).toMatch(/<path d="M/);
    expect((html.match(/<polyline /g) ?? []).length).toBeGreaterThanOrEqual(3);
    // No fixed colours: the drawing must follow the theme.
    expect(html).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
  });

  it("gives two drawings on one page different title ids", () => {
    const html = renderToStaticMarkup(
      <>
        <ExerciseIllustration illustrationKey="plank" alt="One" />
        <ExerciseIllustration illustrationKey="bridge" alt="Two" />
      </>,
    );
    const ids = [...html.matchAll(/<title id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it("still announces the alt text for an unknown key, without a figure", () => {
    const html = renderToStaticMarkup(<ExerciseIllustration illustrationKey="no-such-pose" alt="A stretch" />);
    expect(html).toContain("A stretch</title>");
    expect(html).not.toContain("<polyline");
  });
});

describe("poses", () => {
  it.each(PURE_KEYS)("%s stays inside the picture and does not sink through the floor", (key) => {
    const pose = POSES[key];
    const skeleton = solve(pose.figure);
    const joints: Point[] = [
      skeleton.hip,
      skeleton.shoulder,
      ...[...skeleton.arms, ...skeleton.legs].flatMap((limb) => [limb.mid, limb.end, ...(limb.toe ? [limb.toe] : [])]),
    ];
    for (const [x, y] of joints) {
      expect(x, key).toBeGreaterThanOrEqual(2);
      expect(x, key).toBeLessThanOrEqual(158);
      expect(y, key).toBeGreaterThanOrEqual(2);
      // The floor is y = 90; a limb resting on it has its centre line 2 above (strokes are 4 wide).
      expect(y, key).toBeLessThanOrEqual(pose.view === "above" ? 92 : 88.5);
    }
    const [hx, hy] = skeleton.head;
    expect(hy - HEAD_RADIUS, key).toBeGreaterThanOrEqual(0);
    expect(hy + HEAD_RADIUS, key).toBeLessThanOrEqual(pose.view === "above" ? 92 : 91);
    expect(hx - HEAD_RADIUS, key).toBeGreaterThanOrEqual(0);
    expect(hx + HEAD_RADIUS, key).toBeLessThanOrEqual(160);
  });

  it("keeps every limb the same length in every pose, so the set reads as one body", () => {
    const length = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);
    for (const key of PURE_KEYS) {
      const s = solve(POSES[key].figure);
      expect(length(s.hip, s.shoulder), key).toBeCloseTo(26, 0);
      for (const arm of s.arms) expect(length(arm.root, arm.mid), key).toBeCloseTo(14, 0);
      for (const leg of s.legs) expect(length(leg.root, leg.mid), key).toBeCloseTo(18, 0);
    }
  });
});
