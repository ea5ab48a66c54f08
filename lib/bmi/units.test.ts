import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CM_PER_IN,
  KG_PER_LB,
  LB_PER_ST,
  cmToFtIn,
  cmToIn,
  ftInToCm,
  inToCm,
  kgToLb,
  kgToStLb,
  lbToKg,
  stLbToKg,
} from "./units";

describe("unit constants", () => {
  it("uses the exact international definitions", () => {
    expect(CM_PER_IN).toBe(2.54);
    expect(KG_PER_LB).toBe(0.45359237);
  });

  it("converts known values", () => {
    expect(ftInToCm(5, 9)).toBeCloseTo(175.26, 10);
    expect(ftInToCm(6, 0)).toBeCloseTo(182.88, 10);
    expect(inToCm(1)).toBe(2.54);
    expect(lbToKg(1)).toBe(0.45359237);
    expect(lbToKg(150)).toBeCloseTo(68.0388555, 10);
    expect(kgToLb(0.45359237)).toBe(1);
    expect(cmToIn(2.54)).toBe(1);
  });
});

describe("cmToFtIn", () => {
  it("splits into whole feet and inches below 12", () => {
    const { ft, in: inch } = cmToFtIn(175.26);
    expect(ft).toBe(5);
    expect(inch).toBeCloseTo(9, 10);
  });

  it("carries a rounded 12 inches into the feet", () => {
    // 182.87 cm is 71.996 in: rounded to 1 decimal that is 6 ft 0.0 in, not 5 ft 12.0 in.
    expect(cmToFtIn(182.87, 1)).toEqual({ ft: 6, in: 0 });
    expect(cmToFtIn(175.26, 0)).toEqual({ ft: 5, in: 9 });
  });
});

describe("stones and pounds", () => {
  it("1 st = 14 lb exactly: 11 st 7 lb is 161 lb, 73.02837157 kg", () => {
    expect(LB_PER_ST).toBe(14);
    expect(stLbToKg(11, 7)).toBe(lbToKg(161));
    expect(stLbToKg(11, 7)).toBeCloseTo(73.02837157, 8);
    expect(stLbToKg(1, 0)).toBeCloseTo(6.35029318, 8);
  });

  it("splits a weight into whole stones and pounds below 14, carrying a rounded 14", () => {
    const { st, lb } = kgToStLb(stLbToKg(11, 7));
    expect(st).toBe(11);
    expect(lb).toBeCloseTo(7, 10);
    // 13.97 lb over 10 st rounds to 14.0 at 1 decimal: that is 11 st 0 lb.
    expect(kgToStLb(lbToKg(153.97), 1)).toEqual({ st: 11, lb: 0 });
  });
});

describe("round trips (property)", () => {
  const cm = fc.double({ min: 1, max: 300, noNaN: true });
  const kg = fc.double({ min: 0.5, max: 700, noNaN: true });

  it("cm → ft/in → cm", () => {
    fc.assert(
      fc.property(cm, (value) => {
        const { ft, in: inch } = cmToFtIn(value);
        expect(Number.isInteger(ft)).toBe(true);
        expect(inch).toBeGreaterThanOrEqual(0);
        expect(inch).toBeLessThan(12);
        expect(ftInToCm(ft, inch)).toBeCloseTo(value, 9);
      }),
    );
  });

  it("ft/in → cm → ft/in", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.double({ min: 0, max: 11.99, noNaN: true }), (ft, inch) => {
        const back = cmToFtIn(ftInToCm(ft, inch));
        expect(back.ft * 12 + back.in).toBeCloseTo(ft * 12 + inch, 9);
      }),
    );
  });

  it("kg → lb → kg and lb → kg → lb", () => {
    fc.assert(
      fc.property(kg, (value) => {
        expect(lbToKg(kgToLb(value))).toBeCloseTo(value, 9);
        expect(kgToLb(lbToKg(value))).toBeCloseTo(value, 9);
      }),
    );
  });

  it("in → cm → in", () => {
    fc.assert(fc.property(cm, (value) => void expect(cmToIn(inToCm(value))).toBeCloseTo(value, 9)));
  });
});
