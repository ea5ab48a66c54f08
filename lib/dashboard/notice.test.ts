import { describe, expect, it } from "vitest";
import { dashboardNotice } from "./notice";

const entries = [{ id: "e1", measuredOn: "2026-11-21", weightKg: 82.44, bmi: 25.41 }];
const context = { entries, units: "metric" as const, undoable: null, undoMinutes: 10 };

describe("dashboardNotice", () => {
  it("confirms a save, an edit, a replace and a restore, naming the entry and highlighting its row", () => {
    expect(dashboardNotice({ saved: "e1" }, context)).toEqual({
      tone: "success",
      text: "Saved your measurement of 21 Nov 2026: 82.4 kg, BMI 25.4.",
      highlight: { id: "e1", label: "Saved" },
      undo: false,
    });
    expect(dashboardNotice({ updated: "e1" }, context)?.text).toBe(
      "Updated your measurement of 21 Nov 2026: 82.4 kg, BMI 25.4.",
    );
    expect(dashboardNotice({ replaced: "e1" }, context)?.highlight).toEqual({ id: "e1", label: "Replaced" });
    expect(dashboardNotice({ restored: "e1" }, context)?.text).toMatch(/^Restored your measurement of 21 Nov 2026/);
    expect(dashboardNotice({ saved: "unknown" }, context)).toEqual({
      tone: "success",
      text: "Saved your measurement.",
      undo: false,
    });
  });

  it("offers Undo after a delete only while the signed undo names that entry", () => {
    const undoable = { id: "gone", measuredOn: "2026-10-03", weightKg: 83 };
    expect(dashboardNotice({ deleted: "gone" }, { ...context, undoable })).toEqual({
      tone: "success",
      text: "Deleted your measurement of 3 Oct 2026 (83.0 kg). You can undo this for 10 minutes.",
      undo: true,
    });
    expect(dashboardNotice({ deleted: "other" }, { ...context, undoable })).toEqual({
      tone: "success",
      text: "Deleted the measurement.",
      undo: false,
    });
    expect(dashboardNotice({ deleted: "gone" }, context)?.undo).toBe(false);
  });

  it("explains an undo that could not be done, and reports imports", () => {
    expect(dashboardNotice({ undo: "expired" }, context)?.tone).toBe("warning");
    expect(dashboardNotice({ undo: "day_taken", day: "2026-10-03" }, context)?.text).toContain(
      "measurement of 3 Oct 2026 was not restored",
    );
    expect(dashboardNotice({ imported: "12", replacedCount: "2" }, context)?.text).toBe(
      "Imported 12 measurements (2 of them replaced a measurement of the same day).",
    );
    expect(dashboardNotice({ imported: "1" }, context)?.text).toBe("Imported 1 measurement.");
    expect(dashboardNotice({ imported: "<script>" }, context)).toBeNull();
    expect(dashboardNotice({}, context)).toBeNull();
  });
});
