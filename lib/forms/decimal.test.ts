import { describe, expect, it } from "vitest";
import { isBlank, parseDecimal } from "./decimal";

describe("parseDecimal", () => {
  it("reads plain decimals, exponents and JSON numbers", () => {
    expect(parseDecimal("71.1")).toBe(71.1);
    expect(parseDecimal(" 72 ")).toBe(72);
    expect(parseDecimal(".5")).toBe(0.5);
    expect(parseDecimal("1e2")).toBe(100);
    expect(parseDecimal(64.5)).toBe(64.5);
  });

  it("reads a decimal comma as a decimal point", () => {
    expect(parseDecimal("71,1")).toBe(71.1);
    expect(parseDecimal("0,75")).toBe(0.75);
    expect(parseDecimal(",5")).toBe(0.5);
    expect(parseDecimal("168,25")).toBe(168.25);
    expect(parseDecimal("-1,5")).toBe(-1.5);
  });

  it("refuses what could be a thousands separator, and text Number() would accept", () => {
    for (const text of [
      "1,500",
      "12,000",
      "1,2,3",
      "71,1.5",
      "1.5,2",
      "71,",
      "NaN",
      "Infinity",
      "0x10",
      "12kg",
      "1e999",
    ]) {
      expect(parseDecimal(text), text).toBe("invalid");
    }
    expect(parseDecimal(Number.POSITIVE_INFINITY)).toBe("invalid");
    expect(parseDecimal(true)).toBe("invalid");
  });

  it("is undefined for blanks", () => {
    for (const blank of ["", "  ", null, undefined]) {
      expect(parseDecimal(blank)).toBeUndefined();
      expect(isBlank(blank)).toBe(true);
    }
  });
});
