// "Download my data" on real PostgreSQL: everything of one person, nothing of anyone else, no secrets.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseCsv } from "@/lib/measurements/csv";
import { exportMeasurementsCsv, exportUserData, measurementsToCsv } from "@/lib/measurements/export.server";
import { SERIES_CAP, getSeries } from "@/lib/measurements/queries.server";
import { createTestMeasurement, createTestUser } from "../support/factories";

describe("exportUserData", () => {
  it("contains the whole profile, linked providers and every measurement, and nothing of others", async () => {
    const user = await createTestUser({
      name: "Ada",
      birthDate: "2012-04-01",
      sex: "female",
      heightCm: 150,
      units: "us",
      adjustedThresholds: true,
      goalWeightKg: 45,
      passwordHash: "$argon2id$secret-hash",
      accounts: {
        create: {
          type: "oauth",
          provider: "github",
          providerAccountId: "gh-42",
          access_token: "secret-access",
          refresh_token: "secret-refresh",
          id_token: "secret-id",
        },
      },
    });
    const other = await createTestUser();
    const mine = [
      await createTestMeasurement(user.id, { measuredOn: "2024-01-01", weightKg: 40, heightCm: 150, waistCm: 60 }),
      await createTestMeasurement(user.id, { measuredOn: "2023-01-01", weightKg: 38, heightCm: 147 }),
      await createTestMeasurement(user.id, { measuredOn: "2024-01-02", weightKg: 40.5, heightCm: 150 }),
    ];
    const theirs = await createTestMeasurement(other.id, { weightKg: 99 });

    const data = await exportUserData(user.id);
    expect(data).not.toBeNull();
    if (!data) return;
    expect(JSON.parse(JSON.stringify(data))).toEqual(data); // plain JSON, nothing lost
    expect(data.profile).toMatchObject({
      id: user.id,
      email: user.email,
      name: "Ada",
      role: "USER",
      birthDate: "2012-04-01",
      sex: "female",
      heightCm: 150,
      units: "us",
      adjustedThresholds: true,
      goalWeightKg: 45,
      hasPassword: true,
      createdAt: user.createdAt.toISOString(),
    });
    expect(data.accounts).toEqual([{ provider: "github", providerAccountId: "gh-42" }]);

    expect(data.measurements.map((row) => row.id).sort()).toEqual(mine.map((row) => row.id).sort());
    expect(data.measurements.map((row) => row.measuredOn)).toEqual(["2023-01-01", "2024-01-01", "2024-01-02"]);
    const first = data.measurements[0]!;
    expect(first).toMatchObject({ weightKg: 38, heightCm: 147, waistCm: null, group: "child" });
    expect(first.bmi).toBeCloseTo(38 / 1.47 ** 2, 12);
    expect(first.percentile).toBeGreaterThan(0);

    const text = JSON.stringify(data);
    for (const secret of ["secret-hash", "secret-access", "secret-refresh", "secret-id", theirs.id, other.id]) {
      expect(text).not.toContain(secret);
    }
  });

  it("returns null for an unknown user", async () => {
    expect(await exportUserData("nobody")).toBeNull();
  });
});

describe("a long history", () => {
  // How fast is measured by npm run bench, not here: a timed assertion fails on a busy machine, not on slow code.
  it("2,000 entries: the chart series, the export and the CSV are complete", async () => {
    const user = await createTestUser({ birthDate: "2001-01-01", sex: "male" }); // child until 2021, then adult
    await db().measurement.createMany({
      data: Array.from({ length: 2000 }, (_, i) => ({
        userId: user.id,
        measuredOn: new Date(Date.UTC(2019, 0, 1) + i * 86_400_000),
        weightKg: 50 + (i % 300) / 10,
        heightCm: 170,
      })),
    });
    const series = await getSeries(user.id);
    const data = await exportUserData(user.id);
    const csvText = measurementsToCsv(series, "metric");

    expect(series).toHaveLength(2000);
    expect(series[0]!.measuredOn).toBe("2019-01-01");
    expect(new Set(series.map((view) => view.group))).toEqual(new Set(["child", "adult"]));
    expect(data?.measurements).toHaveLength(2000);
    expect(parseCsv(csvText).records).toHaveLength(2001);
  });
});

describe("exportMeasurementsCsv", () => {
  it("holds every row, beyond the chart cap, in the person's units, and no one else's", async () => {
    const user = await createTestUser({ units: "us" });
    const other = await createTestUser();
    const total = SERIES_CAP + 3;
    await db().measurement.createMany({
      data: Array.from({ length: total }, (_, i) => ({
        userId: user.id,
        measuredOn: new Date(Date.UTC(2005, 0, 1) + i * 86_400_000),
        weightKg: 68.0388555,
        heightCm: 175.26,
      })),
    });
    await createTestMeasurement(other.id, { measuredOn: "2005-01-01", weightKg: 99 });

    expect(await getSeries(user.id)).toHaveLength(SERIES_CAP);
    const records = parseCsv((await exportMeasurementsCsv(user.id)) ?? "").records;
    expect(records[0]!.fields).toEqual(["date", "weight_lb", "height_in", "waist_in", "bmi", "category", "percentile"]);
    expect(records).toHaveLength(total + 1);
    expect(records[1]!.fields.slice(0, 3)).toEqual(["2005-01-01", "150", "69"]);
    expect(records.slice(1).every((record) => record.fields[1] === "150")).toBe(true);
    expect(await exportMeasurementsCsv("nobody")).toBeNull();
  });
});
