// Comparing two saves of an article: a line diff (the `diff` package's Myers diff) turned into rows
// a page can show, with long unchanged stretches folded away. Pure; the page renders the rows as
// text (React escapes it), marking each added or removed line in words as well as colour.
import { diffLines } from "diff";

export type DiffRow =
  | { kind: "same" | "added" | "removed"; text: string; oldLine: number | null; newLine: number | null }
  | { kind: "skipped"; count: number };

function splitLines(value: string): string[] {
  const lines = value.split("\n");
  // diffLines keeps the trailing newline inside the last line; a final "" is not a line.
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** Every line of the two texts as same / added / removed, numbered in its own version. */
export function lineDiff(before: string, after: string): DiffRow[] {
  const rows: DiffRow[] = [];
  let oldLine = 1;
  let newLine = 1;
  // Compare with a final newline on both, so "no newline at end" is never a difference of its own.
  const norm = (text: string) => (text.endsWith("\n") || text === "" ? text : `${text}\n`);
  for (const change of diffLines(norm(before), norm(after))) {
    for (const text of splitLines(change.value)) {
      if (change.added) rows.push({ kind: "added", text, oldLine: null, newLine: newLine++ });
      else if (change.removed) rows.push({ kind: "removed", text, oldLine: oldLine++, newLine: null });
      else rows.push({ kind: "same", text, oldLine: oldLine++, newLine: newLine++ });
    }
  }
  return rows;
}

/** Keeps `context` unchanged lines around each change and folds longer unchanged runs into one row. */
export function foldUnchanged(rows: DiffRow[], context = 3): DiffRow[] {
  const changed = rows.map((row) => row.kind === "added" || row.kind === "removed");
  const keep = rows.map((_, index) => {
    for (let offset = -context; offset <= context; offset += 1) if (changed[index + offset]) return true;
    return false;
  });
  const folded: DiffRow[] = [];
  let skipped = 0;
  rows.forEach((row, index) => {
    if (keep[index]) {
      if (skipped) folded.push({ kind: "skipped", count: skipped });
      skipped = 0;
      folded.push(row);
    } else {
      skipped += 1;
    }
  });
  if (skipped) folded.push({ kind: "skipped", count: skipped });
  return folded;
}

export type RevisionFields = {
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  tags: string[];
  routineSlugs: string[];
  coverUrl: string | null;
  coverAlt: string | null;
  status: string;
};

const FIELD_LABELS: [keyof Omit<RevisionFields, "body">, string][] = [
  ["title", "Title"],
  ["slug", "Slug"],
  ["status", "Status"],
  ["excerpt", "Excerpt"],
  ["tags", "Tags"],
  ["routineSlugs", "Linked routines"],
  ["coverUrl", "Cover image URL"],
  ["coverAlt", "Cover description"],
];

function shown(value: string | string[] | null, unordered: boolean): string {
  if (Array.isArray(value)) return (unordered ? [...value].sort() : value).join(", ");
  return value ?? "";
}

export type RevisionComparison = {
  /** The short fields that differ, as before → after text. */
  fields: { label: string; before: string; after: string }[];
  body: DiffRow[];
  bodyChanged: boolean;
};

export function compareRevisions(before: RevisionFields, after: RevisionFields): RevisionComparison {
  const fields = FIELD_LABELS.flatMap(([key, label]) => {
    // Tags have no order (routines do): the same tags listed differently are not a change.
    const a = shown(before[key], key === "tags");
    const b = shown(after[key], key === "tags");
    return a === b ? [] : [{ label, before: a, after: b }];
  });
  const rows = lineDiff(before.body, after.body);
  return { fields, body: foldUnchanged(rows), bodyChanged: rows.some((row) => row.kind !== "same") };
}
