import { describe, expect, it } from "vitest";
import { decodeCursor } from "@/lib/measurements/cursor";
import { newestPage } from "./history-page";
import { makeSeries } from "./test-fixtures";

describe("newestPage", () => {
  const series = makeSeries("2026-01-01", 25, 1, (i) => 80 - i / 10);

  it("is the last entries of the oldest-first series, newest first, with the cursor after them", () => {
    const page = newestPage(series, 20);
    expect(page.items.map((entry) => entry.id)).toEqual(series.slice(5).reverse().map((entry) => entry.id));
    const last = series[5]!;
    expect(decodeCursor(page.nextCursor!)).toEqual({ measuredOn: last.measuredOn, createdAt: last.createdAt, id: last.id });
  });

  it("has no next page when everything fits", () => {
    expect(newestPage(series, 25)).toEqual({ items: [...series].reverse(), nextCursor: null });
    expect(newestPage(series.slice(0, 3), 20).items).toHaveLength(3);
    expect(newestPage([], 20)).toEqual({ items: [], nextCursor: null });
  });

  it("does not change the series it reads", () => {
    const copy = [...series];
    newestPage(series, 10);
    expect(series).toEqual(copy);
  });
});
