// The files Prettier formats for us and its print width, read from the repository's own config, for
// the line-width check (scripts/check-line-width.ts) and the long-line wrapper (scripts/wrap-long-lines.ts).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/** Prettier's printWidth from .prettierrc.json. */
export function printWidth(): number {
  return JSON.parse(fs.readFileSync(path.join(ROOT, ".prettierrc.json"), "utf8")).printWidth;
}

/** Tracked and new (not git-ignored) files whose names match `names`, minus what .prettierignore lists. */
export function formattedFiles(names: RegExp): string[] {
  const ignored = fs
    .readFileSync(path.join(ROOT, ".prettierignore"), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
  return execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
    encoding: "utf8",
  })
    .split("\n")
    .filter((file) => names.test(file) && !ignored.some((pattern) => file === pattern || file.startsWith(pattern)))
    .filter((file) => fs.existsSync(path.join(ROOT, file)));
}
