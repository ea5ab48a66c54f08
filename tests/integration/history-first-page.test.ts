// The dashboard's History table takes its first page from the chart series already loaded
// (newestPage(getSeries(…)), lib/dashboard/history-page.ts) instead of a second query, and later pages
// from listMeasurements. That is only right if both give the same first page and the same cursor.
import { describe, expect, it } from "vitest";
import { newestPage } from "@/lib/dashboard/history-page";
import { addDays } from "@/lib/measurements/dates";
import { getSeries, listMeasurements } from "@/lib/measurements/queries.server";
import { createTestMeasurement, createTestUser } from "../support/factories";

async function userWithEntries(count: number) {
  const user = await createTestUser();
  // Entered out of date order, so the order comes from measuredOn, not from insertion.
  const days = Array.from({ length: count }, (_, i) => (i * 11) % count); // 11: coprime with 25 and 7
  for (const day of days)
    await createTestMeasurement(user.id, { measuredOn: addDays("2025-06-01", day), weightKg: 70 + day / 10 });
  return user.id;
}

describe("the History table's first page from the series", () => {
  it("is listMeasurements' first page, with the same cursor, and that cursor leads on to the rest", async () => {
    const userId = await userWithEntries(25);
    const fromSeries = newestPage(await getSeries(userId), 20);
    const listed = await listMeasurements(userId, { limit: 20 });
    expect(fromSeries).toEqual(listed);
    expect(fromSeries.items[0]!.measuredOn).toBe(addDays("2025-06-01", 24));

    const rest = await listMeasurements(userId, { limit: 20, cursor: fromSeries.nextCursor! });
    expect(rest.nextCursor).toBeNull();
    expect([...fromSeries.items, ...rest.items].map((entry) => entry.measuredOn)).toEqual(
      Array.from({ length: 25 }, (_, i) => addDays("2025-06-01", 24 - i)),
    );
  });

  it("agrees when everything fits on one page: no cursor", async () => {
    const userId = await userWithEntries(7);
    const fromSeries = newestPage(await getSeries(userId), 20);
    expect(fromSeries).toEqual(await listMeasurements(userId, { limit: 20 }));
    expect(fromSeries.nextCursor).toBeNull();
  });
});
