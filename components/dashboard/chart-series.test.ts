// The compact forms a chart travels in (issue 10): steps unpack to the same numbers, and the
// relative paths draw the same points as the absolute ones, x rounded to whole viewBox units.
import { describe, expect, it } from "vitest";
import { packSteps, relativeLine, relativePath, unpackSteps } from "./chart-series";

/** The absolute points of a path made of M, m, l (with implicit repeats), h0 and z. */
function points(path: string): [number, number][] {
  const out: [number, number][] = [];
  let [x, y] = [0, 0];
  for (const [, command, args] of path.matchAll(/([MmlLhz])([^MmlLhz]*)/g)) {
    const numbers = args!.match(/-?(?:\d+\.?\d*|\.\d+)/g)?.map(Number) ?? [];
    if (command === "h" || command === "z") continue;
    for (let i = 0; i < numbers.length; i += 2) {
      const relative = command === "m" || command === "l";
      [x, y] = relative ? [x + numbers[i]!, y + numbers[i + 1]!] : [numbers[i]!, numbers[i + 1]!];
      out.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
    }
  }
  return out;
}

describe("packSteps", () => {
  it("unpacks to the numbers parsing their shown text gives", () => {
    for (const decimals of [0, 1, 2]) {
      const values = Array.from({ length: 200 }, (_, i) => Number((80 + Math.sin(i) * 7 - i / 9).toFixed(decimals)));
      const unpacked = unpackSteps(packSteps(values, decimals), decimals);
      expect(unpacked).toEqual(values);
      expect(unpacked.map((value) => value.toFixed(decimals))).toEqual(values.map((value) => value.toFixed(decimals)));
    }
  });
});

describe("relative paths", () => {
  it("draw the absolute path's points, x to the whole unit and y to the tenth", () => {
    const absolute = "M0 115.2 L11.1 115.3 L33.3 113.3 L44.4 113.2 L77.8 -15.8 L1000 0.1 L999.5 240";
    const relative = relativePath(absolute);
    expect(relative).toBe("M0 115.2l11 .1 22-2 11-.1 34-129 922 15.9 0 239.9");
    expect(points(relative)).toEqual([
      [0, 115.2],
      [11, 115.3],
      [33, 113.3],
      [44, 113.2],
      [78, -15.8],
      [1000, 0.1],
      [1000, 240],
    ]);
  });

  it("keep an area closed, and never let rounding add up", () => {
    expect(relativePath("M0 -119.7 L1000 -119.7 L1000 394 L0 394 Z")).toBe("M0-119.7l1000 0 0 513.7-1000 0z");
    const many = Array.from({ length: 900 }, (_, i) => [i * 1.111, 100 + Math.sin(i / 5) * 30] as const);
    const drawn = points(relativeLine(many));
    drawn.forEach(([x, y], i) => {
      expect(Math.abs(x - many[i]![0])).toBeLessThanOrEqual(0.5);
      expect(Math.abs(y - many[i]![1])).toBeLessThanOrEqual(0.05 + 1e-9);
    });
  });
});
