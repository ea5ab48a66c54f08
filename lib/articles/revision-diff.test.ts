import { describe, expect, it } from "vitest";
import { compareRevisions, foldUnchanged, lineDiff, type RevisionFields } from "./revision-diff";

describe("lineDiff", () => {
  it("marks added and removed lines and numbers each side", () => {
    expect(lineDiff("a\nb\nc", "a\nB\nc\nd")).toEqual([
      { kind: "same", text: "a", oldLine: 1, newLine: 1 },
      { kind: "removed", text: "b", oldLine: 2, newLine: null },
      { kind: "added", text: "B", oldLine: null, newLine: 2 },
      { kind: "same", text: "c", oldLine: 3, newLine: 3 },
      { kind: "added", text: "d", oldLine: null, newLine: 4 },
    ]);
  });

  it("does not count a missing final newline as a change, and handles empty texts", () => {
    expect(lineDiff("a\nb\n", "a\nb").every((row) => row.kind === "same")).toBe(true);
    expect(lineDiff("", "x")).toEqual([{ kind: "added", text: "x", oldLine: null, newLine: 1 }]);
    expect(lineDiff("", "")).toEqual([]);
  });

  it("keeps markup as text (escaping is the renderer's job, not a reason to change it)", () => {
    expect(lineDiff("", "<script>alert(1)</script>")[0]).toMatchObject({
      kind: "added",
      text: "<script>alert(1)</script>",
    });
  });
});

describe("foldUnchanged", () => {
  it("keeps context around a change and folds the rest", () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join("\n");
    const after = before.replace("line 10", "line ten");
    const rows = foldUnchanged(lineDiff(before, after), 2);
    expect(rows.map((row) => (row.kind === "skipped" ? `…${row.count}` : `${row.kind}:${row.text}`))).toEqual([
      "…7",
      "same:line 8",
      "same:line 9",
      "removed:line 10",
      "added:line ten",
      "same:line 11",
      "same:line 12",
      "…8",
    ]);
  });
});

describe("compareRevisions", () => {
  const base: RevisionFields = {
    title: "Hinge",
    slug: "hinge",
    excerpt: "",
    body: "One\nTwo",
    tags: ["back"],
    routineSlugs: [],
    coverUrl: null,
    coverAlt: null,
    status: "draft",
  };

  it("lists the short fields that changed and diffs the body", () => {
    const result = compareRevisions(base, {
      ...base,
      title: "Hip hinge",
      tags: ["back", "deadlift"],
      status: "published",
      body: "One\nTwo\nThree",
    });
    expect(result.fields).toEqual([
      { label: "Title", before: "Hinge", after: "Hip hinge" },
      { label: "Status", before: "draft", after: "published" },
      { label: "Tags", before: "back", after: "back, deadlift" },
    ]);
    expect(result.bodyChanged).toBe(true);
    expect(result.body.filter((row) => row.kind === "added")).toHaveLength(1);
  });

  it("says when nothing changed (tags in another order are the same tags)", () => {
    expect(compareRevisions({ ...base, tags: ["a", "b"] }, { ...base, tags: ["b", "a"] }).fields).toEqual([]);
    expect(
      compareRevisions({ ...base, routineSlugs: ["a", "b"] }, { ...base, routineSlugs: ["b", "a"] }).fields,
    ).toHaveLength(1);
    const result = compareRevisions(base, base);
    expect(result).toMatchObject({ fields: [], bodyChanged: false });
  });
});
