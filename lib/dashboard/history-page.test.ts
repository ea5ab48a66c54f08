// The claim the dashboard relies on (newestPage(getSeries(…)) is listMeasurements' first page) is
// checked against PostgreSQL in tests/integration/history-first-page.test.ts; here, worked examples.
import { describe, expect, it } from "vitest";
import { decodeCursor } from "@/lib/measurements/cursor";
import { newestPage } from "./history-page";
import { makeSeries } from "./test-fixtures";

describe("newestPage", () => {
  // m1 on 1 January … m5 on 5 January, oldest first, as getSeries returns them.
  const series = makeSeries("2026-01-01", 5, 1, (i) => 80 - i);

  it("takes the newest entries, newest first, with a cursor at the last one shown", () => {
    const page = newestPage(series, 2);
    expect(page.items.map((entry) => [entry.id, entry.measuredOn])).toEqual([
      ["m5", "2026-01-05"],
      ["m4", "2026-01-04"],
    ]);
    expect(decodeCursor(page.nextCursor!)).toEqual({
      measuredOn: "2026-01-04",
      createdAt: "2026-01-04T08:00:00.000Z",
      id: "m4",
    });
  });

  it("has no next page when everything fits", () => {
    expect(newestPage(series, 5).items.map((entry) => entry.id)).toEqual(["m5", "m4", "m3", "m2", "m1"]);
    expect(newestPage(series, 5).nextCursor).toBeNull();
    expect(newestPage(series, 20).nextCursor).toBeNull();
    expect(newestPage([], 20)).toEqual({ items: [], nextCursor: null });
  });

  it("does not change the series it reads", () => {
    newestPage(series, 2);
    expect(series.map((entry) => entry.id)).toEqual(["m1", "m2", "m3", "m4", "m5"]);
  });
});
