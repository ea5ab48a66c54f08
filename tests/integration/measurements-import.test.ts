// CSV import on real PostgreSQL: preview writes nothing, commit is all or nothing, duplicates skipped,
// and a row for a day that already has an entry replaces it only when the person chose so.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { commitImport, previewImport } from "@/lib/measurements/import.server";
import { createTestMeasurement, createTestUser } from "../support/factories";

const count = (userId: string) => db().measurement.count({ where: { userId } });
const csv = (...lines: string[]) => lines.join("\r\n");
const SKIP = { replaceAll: false, replaceLines: new Set<number>() };

describe("preview", () => {
  it("checks every row against the person's profile and writes nothing", async () => {
    const user = await createTestUser({ birthDate: "2000-01-01", heightCm: 172 });
    await createTestMeasurement(user.id, { measuredOn: "2024-01-02", weightKg: 70.02 });
    const file = csv(
      "\uFEFFDate,Weight,Height",
      "2024-01-01,69.5,",
      "2024-01-02,70",
      "2001-06-01,10,80",
      "2024-01-03,x,170",
      "2024-01-01,69.54,",
    );
    const before = await count(user.id);

    const preview = await previewImport(user.id, file, "metric");
    expect(preview).toMatchObject({
      validCount: 1,
      duplicateCount: 2,
      conflictCount: 0,
      errorCount: 2,
      fileErrors: [],
    });
    expect(preview.rows[0]).toEqual({
      line: 2,
      measuredOn: "2024-01-01",
      weightKg: 69.5,
      heightCm: 172,
      waistCm: null,
      errors: [],
      duplicate: false,
      conflict: null,
    });
    expect(preview.rows[1]!.duplicate).toBe(true); // same day as the saved 70.02 kg, same weight to 0.1 kg
    expect(preview.rows[2]!.errors).toEqual(["BMI is used from age 2, so measurements can start on 2002-01-01."]);
    expect(preview.rows[3]!.errors).toEqual(["Weight must be a number."]);
    expect(preview.rows[4]!.duplicate).toBe(true); // repeats line 2 of the file
    expect(await count(user.id)).toBe(before);
  });

  it("does not count another person's entries as duplicates", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    await createTestMeasurement(b.id, { measuredOn: "2024-01-02", weightKg: 70 });
    expect((await previewImport(a.id, csv("date,weight", "2024-01-02,70"), "metric")).duplicateCount).toBe(0);
  });
});

describe("commit", () => {
  it("imports every valid row, converting US units, and skips errors and duplicates", async () => {
    const user = await createTestUser({ heightCm: 180 });
    const other = await createTestUser();
    await createTestMeasurement(other.id, { measuredOn: "2024-02-01", weightKg: 68.0388555 });
    const file = csv(
      "date,weight,height,waist",
      "2024-02-01,150,69,34",
      "2024-02-02,151,,",
      "2024-02-03,-1,,",
      "2024-02-02,151,,",
    );

    expect(await commitImport(user.id, file, "us", SKIP)).toEqual({ ok: true, imported: 2, replaced: 0, skipped: 2 });
    const saved = await db().measurement.findMany({ where: { userId: user.id }, orderBy: { measuredOn: "asc" } });
    expect(saved.map((row) => row.measuredOn.toISOString().slice(0, 10))).toEqual(["2024-02-01", "2024-02-02"]);
    expect(saved[0]!.weightKg).toBeCloseTo(150 * 0.45359237, 12);
    expect(saved[0]!.heightCm).toBeCloseTo(69 * 2.54, 12);
    expect(saved[0]!.waistCm).toBeCloseTo(34 * 2.54, 12);
    expect(saved[1]).toMatchObject({ heightCm: 180, waistCm: null });
    expect(await count(other.id)).toBe(1);

    // The same file again: everything is now a duplicate.
    expect(await commitImport(user.id, file, "us", SKIP)).toEqual({ ok: true, imported: 0, replaced: 0, skipped: 4 });
    expect(await count(user.id)).toBe(2);
  });

  it("re-reads the file and the saved entries at commit time instead of trusting the preview", async () => {
    const user = await createTestUser();
    const file = csv("date,weight", "2024-03-01,70", "2024-03-02,71");
    expect((await previewImport(user.id, file, "metric")).validCount).toBe(2);
    await createTestMeasurement(user.id, { measuredOn: "2024-03-02", weightKg: 71 });
    expect(await commitImport(user.id, file, "metric", SKIP)).toEqual({
      ok: true,
      imported: 1,
      replaced: 0,
      skipped: 1,
    });
  });

  it("imports nothing from a file with a file-level error", async () => {
    const user = await createTestUser();
    const result = await commitImport(user.id, csv("when,kg", "2024-03-01,70"), "metric", SKIP);
    expect(result.ok).toBe(false);
    expect(await count(user.id)).toBe(0);
  });

  it("serialises concurrent commits of one file, so it is imported once", async () => {
    const user = await createTestUser();
    const file = csv(
      "date,weight",
      ...Array.from({ length: 50 }, (_, i) => `${isoDay(Date.UTC(2023, 0, 1) + i * 86_400_000)},${60 + i}`),
    );
    const results = await Promise.all([
      commitImport(user.id, file, "metric", SKIP),
      commitImport(user.id, file, "metric", SKIP),
    ]);
    expect(results.map((result) => (result.ok ? result.imported : -1)).sort()).toEqual([0, 50]);
    expect(await count(user.id)).toBe(50);
  });

  it("is all or nothing: a failure inside the transaction saves no row", async () => {
    const user = await createTestUser();
    // More rows than one INSERT batch, with the row the database refuses last: earlier batches
    // have been written by then, and only the transaction can take them back.
    const rows = Array.from(
      { length: 1500 },
      (_, i) => `${isoDay(Date.UTC(2019, 0, 1) + i * 86_400_000)},${60 + (i % 50)}`,
    );
    const file = csv("date,weight", ...rows, "2024-06-01,310");
    // 310 kg is a valid weight for the app
    expect((await previewImport(user.id, file, "metric")).validCount).toBe(1501);

    await db().$executeRawUnsafe(`ALTER TABLE "Measurement" ADD CONSTRAINT t CHECK ("weightKg" < 300)`);
    try {
      await expect(commitImport(user.id, file, "metric", SKIP)).rejects.toThrow();
      expect(await count(user.id)).toBe(0);
    } finally {
      await db().$executeRawUnsafe(`ALTER TABLE "Measurement" DROP CONSTRAINT t`);
    }
    expect(await commitImport(user.id, file, "metric", SKIP)).toEqual({
      ok: true,
      imported: 1501,
      replaced: 0,
      skipped: 0,
    });
  });
});

describe("days that already have an entry", () => {
  const file = csv("date,weight", "2024-04-01,80", "2024-04-02,81", "2024-04-02,81.6", "2024-04-03,82");

  it("are flagged in the preview, whether the entry is saved or earlier in the file", async () => {
    const user = await createTestUser();
    await createTestMeasurement(user.id, { measuredOn: "2024-04-01", weightKg: 79 });
    const preview = await previewImport(user.id, file, "metric");
    expect(preview.rows.map((row) => row.conflict)).toEqual([
      { with: "saved", weightKg: 79 },
      null,
      { with: "file", line: 3, weightKg: 81 },
      null,
    ]);
    expect(preview).toMatchObject({ validCount: 2, conflictCount: 2 });
  });

  it("are skipped by default, replaced row by row when chosen, or all at once", async () => {
    const skipper = await createTestUser();
    const saved = await createTestMeasurement(skipper.id, { measuredOn: "2024-04-01", weightKg: 79 });
    expect(await commitImport(skipper.id, file, "metric", SKIP)).toEqual({
      ok: true,
      imported: 2,
      replaced: 0,
      skipped: 2,
    });
    expect(await db().measurement.findUnique({ where: { id: saved.id } })).toMatchObject({ weightKg: 79 });

    const picker = await createTestUser();
    await createTestMeasurement(picker.id, { measuredOn: "2024-04-01", weightKg: 79 });
    expect(
      await commitImport(picker.id, file, "metric", { replaceAll: false, replaceLines: new Set([4]) }),
    ).toMatchObject({ imported: 2, replaced: 0 });
    const weights = async (userId: string) =>
      (await db().measurement.findMany({ where: { userId }, orderBy: { measuredOn: "asc" } })).map(
        (row) => row.weightKg,
      );
    expect(await weights(picker.id)).toEqual([79, 81.6, 82]);

    const all = await createTestUser();
    await createTestMeasurement(all.id, { measuredOn: "2024-04-01", weightKg: 79 });
    expect(await commitImport(all.id, file, "metric", { replaceAll: true, replaceLines: new Set() })).toEqual({
      ok: true,
      imported: 3,
      replaced: 1,
      skipped: 1,
    });
    expect(await weights(all.id)).toEqual([80, 81.6, 82]);
  });
});

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
