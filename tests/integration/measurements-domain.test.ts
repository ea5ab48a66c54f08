// The measurement domain functions against this file's own PostgreSQL database.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, todayUtc } from "@/lib/measurements/dates";
import { createMeasurement, deleteMeasurement, updateMeasurement } from "@/lib/measurements/mutations.server";
import { countMeasurements, getMeasurement, getSeries, listMeasurements } from "@/lib/measurements/queries.server";
import { createTestMeasurement, createTestUser } from "../support/factories";

const snapshot = (userId: string) => db().measurement.findMany({ where: { userId }, orderBy: { id: "asc" } });

describe("one person's log is theirs alone", () => {
  let a: string;
  let b: string;
  let bIds: string[];

  beforeAll(async () => {
    a = (await createTestUser()).id;
    b = (await createTestUser()).id;
    await createTestMeasurement(a, { measuredOn: "2024-01-10", weightKg: 60 });
    bIds = [
      (await createTestMeasurement(b, { measuredOn: "2024-01-10", weightKg: 90 })).id,
      (await createTestMeasurement(b, { measuredOn: "2024-01-11", weightKg: 91, waistCm: 100 })).id,
    ];
  });

  it("A cannot read, list, count, chart, change or delete B's entries", async () => {
    const before = await snapshot(b);
    for (const id of bIds) {
      expect(await getMeasurement(a, id)).toBeNull();
      expect(await updateMeasurement(a, id, { weightKg: 50 })).toBeNull();
      expect(await updateMeasurement(a, id, { waistCm: "" })).toBeNull();
      expect(await deleteMeasurement(a, id)).toBeNull();
    }
    const page = await listMeasurements(a);
    expect(page.items.map((item) => item.weightKg)).toEqual([60]);
    expect((await getSeries(a)).map((item) => item.weightKg)).toEqual([60]);
    expect(await countMeasurements(a)).toBe(1);
    expect(await snapshot(b)).toEqual(before);
  });

  it("B's own ids work for B (so the nulls above were about ownership)", async () => {
    expect((await getMeasurement(b, bIds[0]!))?.weightKg).toBe(90);
    expect(await countMeasurements(b)).toBe(2);
  });

  it("a missing id behaves exactly like another person's", async () => {
    expect(await getMeasurement(a, "does-not-exist")).toBeNull();
    expect(await updateMeasurement(a, "does-not-exist", { weightKg: 50 })).toBeNull();
    expect(await deleteMeasurement(a, "does-not-exist")).toBeNull();
  });
});

describe("create, update, delete", () => {
  it("creates from form strings, using the profile height, and derives the view", async () => {
    const user = await createTestUser({ heightCm: 180 });
    const result = await createMeasurement(user.id, {
      measuredOn: "2024-03-10",
      units: "metric",
      weightKg: "75",
      heightCm: "",
      waistCm: "",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.measurement).toMatchObject({
      measuredOn: "2024-03-10",
      weightKg: 75,
      heightCm: 180,
      waistCm: null,
      group: "adult",
      category: "healthy_weight",
    });
    expect(result.measurement.bmi).toBeCloseTo(75 / 1.8 ** 2, 12);
    const saved = await db().measurement.findUniqueOrThrow({ where: { id: result.measurement.id } });
    expect(saved).toMatchObject({ userId: user.id, heightCm: 180, weightKg: 75 });
    expect(saved.measuredOn.toISOString()).toBe("2024-03-10T00:00:00.000Z");
  });

  it("defaults the date to today (UTC)", async () => {
    const user = await createTestUser();
    const result = await createMeasurement(user.id, { weightKg: 70 });
    expect(result.ok && result.measurement.measuredOn).toBe(todayUtc());
  });

  it("returns field errors for user mistakes and saves nothing", async () => {
    const noHeight = await createTestUser({ heightCm: null, birthDate: "2020-03-01" });
    expect(await createMeasurement(noHeight.id, { weightKg: 15, measuredOn: "2021-03-01" })).toEqual({
      ok: false,
      fields: {
        heightCm: "Enter your height (your profile has none to use)",
        measuredOn: "BMI is used from age 2, so measurements can start on 2022-03-02",
      },
    });
    expect(await createMeasurement(noHeight.id, { units: "us", weightLb: 33 })).toEqual({
      ok: false,
      fields: { heightFt: "Enter your height (your profile has none to use)" },
    });
    expect(await createMeasurement(noHeight.id, { weightKg: "heavy", measuredOn: addDays(todayUtc(), 3) })).toEqual({
      ok: false,
      fields: { weightKg: "Enter a number", measuredOn: "Date can't be in the future" },
    });
    expect(await countMeasurements(noHeight.id)).toBe(0);
  });

  it("updates only the given fields; an empty waist clears it, an empty height takes the profile's", async () => {
    const user = await createTestUser({ heightCm: 165 });
    const row = await createTestMeasurement(user.id, {
      measuredOn: "2024-02-01",
      weightKg: 70,
      heightCm: 170,
      waistCm: 85,
    });
    const moved = await updateMeasurement(user.id, row.id, { measuredOn: "2024-02-02" });
    expect(moved).toMatchObject({
      ok: true,
      measurement: { measuredOn: "2024-02-02", weightKg: 70, heightCm: 170, waistCm: 85 },
    });
    const edited = await updateMeasurement(user.id, row.id, {
      units: "us",
      measuredOn: "2024-02-02",
      weightLb: "154",
      heightFt: "",
      heightIn: "",
      waistIn: "",
    });
    expect(edited?.ok).toBe(true);
    const saved = await db().measurement.findUniqueOrThrow({ where: { id: row.id } });
    expect(saved.weightKg).toBeCloseTo(154 * 0.45359237, 12);
    expect(saved).toMatchObject({ heightCm: 165, waistCm: null });
    expect(await updateMeasurement(user.id, row.id, { weightKg: 1 })).toEqual({
      ok: false,
      fields: { weightKg: "Weight must be between 2 and 650 kg" },
    });
  });

  it("refuses a new date before age 2 but keeps old entries editable after a birth-date change", async () => {
    const user = await createTestUser({ birthDate: "2015-06-01", sex: "male" });
    const row = await createTestMeasurement(user.id, { measuredOn: "2016-01-01", weightKg: 10, heightCm: 75 });
    expect(await updateMeasurement(user.id, row.id, { measuredOn: "2016-02-01" })).toEqual({
      ok: false,
      fields: { measuredOn: "BMI is used from age 2, so measurements can start on 2017-06-01" },
    });
    const kept = await updateMeasurement(user.id, row.id, { measuredOn: "2016-01-01", weightKg: 10.5 });
    expect(kept).toMatchObject({ ok: true, measurement: { group: "child", percentile: null } });
  });

  it("deletes", async () => {
    const user = await createTestUser();
    const row = await createTestMeasurement(user.id);
    expect(await deleteMeasurement(user.id, row.id)).toMatchObject({ id: row.id, weightKg: row.weightKg });
    expect(await deleteMeasurement(user.id, row.id)).toBeNull();
    expect(await getMeasurement(user.id, row.id)).toBeNull();
  });
});

describe("interpretation at the age on each date", () => {
  it("judges a child's entry by percentile and the same person's adult entry by WHO class", async () => {
    const user = await createTestUser({ birthDate: "2000-01-01", sex: "female" });
    // 9 years 6 months (CDC's worked example: BMI 21.2 → 92.2nd percentile, overweight).
    const child = await createMeasurement(user.id, {
      measuredOn: addDays("2000-01-01", 3485),
      heightCm: 140,
      weightKg: 21.2 * 1.4 ** 2,
    });
    const adult = await createMeasurement(user.id, {
      measuredOn: "2024-01-01",
      heightCm: 165,
      weightKg: 21.2 * 1.65 ** 2,
    });
    expect(child.ok && adult.ok).toBe(true);
    if (!child.ok || !adult.ok) return;
    expect(child.measurement).toMatchObject({ group: "child", category: "overweight" });
    expect(child.measurement.percentile).toBeCloseTo(92.2, 0);
    expect(adult.measurement).toMatchObject({ group: "adult", category: "healthy_weight", percentile: null });
  });

  it("reads the profile at query time: adding sex turns 'not assessed' into a percentile", async () => {
    const user = await createTestUser({ birthDate: "2014-01-01", sex: null });
    const row = await createTestMeasurement(user.id, { measuredOn: "2024-01-01", weightKg: 32, heightCm: 140 });
    expect(await getMeasurement(user.id, row.id)).toMatchObject({ group: "child", percentile: null });
    await db().user.update({ where: { id: user.id }, data: { sex: "male" } });
    const view = await getMeasurement(user.id, row.id);
    expect(view?.percentile).toBeGreaterThan(0);
    expect(view?.categoryLabel).not.toMatch(/Not assessed/);
  });
});

describe("listing and charting", () => {
  let userId: string;
  // One entry per day (ADR 0011), created in a burst: pairs share a createdAt, so the cursor's
  // tie-breakers (createdAt, then id) are exercised across days that sort next to each other.
  const days = 120;
  const perDay = 1;

  beforeAll(async () => {
    userId = (await createTestUser()).id;
    const createdAt = new Date("2024-05-01T12:00:00Z");
    await db().measurement.createMany({
      data: Array.from({ length: days * perDay }, (_, i) => ({
        userId,
        measuredOn: new Date(Date.UTC(2024, 0, 1 + (i % days))), // 1 Jan to 29 Apr 2024
        weightKg: 60 + i / 10,
        heightCm: 170,
        // Every pair shares a timestamp, so only the id breaks the tie.
        createdAt: new Date(createdAt.getTime() + Math.floor(i / 2) * 1000),
      })),
    });
    const other = await createTestUser();
    await createTestMeasurement(other.id, { measuredOn: "2024-01-15" });
  });

  it("pages with the cursor: every row exactly once, newest first", async () => {
    const seen: string[] = [];
    const dates: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listMeasurements(userId, { limit: 7, ...(cursor && { cursor }) });
      expect(page.items.length).toBeLessThanOrEqual(7);
      seen.push(...page.items.map((item) => item.id));
      dates.push(...page.items.map((item) => item.measuredOn));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 100);
    expect(seen).toHaveLength(days * perDay);
    expect(new Set(seen).size).toBe(days * perDay);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(pages).toBe(Math.ceil((days * perDay) / 7));
  });

  it("filters by an inclusive date range", async () => {
    const page = await listMeasurements(userId, { from: "2024-01-05", to: "2024-01-06", limit: 500 });
    expect(page.items).toHaveLength(2 * perDay);
    expect(new Set(page.items.map((item) => item.measuredOn))).toEqual(new Set(["2024-01-05", "2024-01-06"]));
    expect(page.nextCursor).toBeNull();
  });

  it("gives the chart series oldest first", async () => {
    const series = await getSeries(userId, { from: "2024-04-28" });
    expect(series.map((item) => item.measuredOn)).toEqual(["2024-04-28", "2024-04-29"]);
  });

  it("gives the series (raw SQL) the very views the list (Prisma) gives, oldest first", async () => {
    await db().measurement.updateMany({
      where: { userId, measuredOn: new Date("2024-02-01T00:00:00Z") },
      data: { waistCm: 81.5 },
    });
    for (const range of [{}, { from: "2024-01-20", to: "2024-02-10" }, { to: "2024-01-03" }]) {
      const series = await getSeries(userId, range);
      const listed = await listMeasurements(userId, { ...range, limit: 500 });
      expect(series.length).toBeGreaterThan(0);
      expect(series).toEqual([...listed.items].reverse());
    }
    expect((await getSeries(userId)).find((item) => item.measuredOn === "2024-02-01")?.waistCm).toBe(81.5);
  });

  it("refuses a forged cursor", async () => {
    await expect(listMeasurements(userId, { cursor: "forged" })).rejects.toThrow(RangeError);
  });
});
