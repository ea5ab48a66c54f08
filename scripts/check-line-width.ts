// Part of `npm run lint`: no line of ours over Prettier's print width (.prettierrc.json). Prettier
// wraps code, JSX and Markdown prose, but leaves a long string, comment or regular expression as it
// is; `npm run format` splits most of those (scripts/wrap-long-lines.ts) and the rest are wrapped by
// hand. Not checked: files Prettier ignores (.prettierignore: generated data, the lockfile) and
// Markdown table rows, which Markdown cannot wrap.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const width: number = JSON.parse(fs.readFileSync(path.join(root, ".prettierrc.json"), "utf8")).printWidth;
const checked = /\.(ts|tsx|js|mjs|cjs|css|json|md|ya?ml)$/;
const ignored = fs
  .readFileSync(path.join(root, ".prettierignore"), "utf8")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("#"));

const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
  cwd: root,
  encoding: "utf8",
})
  .split("\n")
  .filter((file) => checked.test(file) && !ignored.some((pattern) => file === pattern || file.startsWith(pattern)))
  .filter((file) => fs.existsSync(path.join(root, file)));

const problems: string[] = [];
for (const file of files) {
  const lines = fs.readFileSync(path.join(root, file), "utf8").split("\n");
  lines.forEach((line, index) => {
    if (file.endsWith(".md") && /^\s*\|/.test(line)) return;
    if (line.length > width) problems.push(`${file}:${index + 1}: ${line.length} characters (the width is ${width})`);
  });
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  console.error(
    `\n${problems.length} line(s) over ${width} characters. Run \`npm run format\`, then wrap what is left by hand.`,
  );
  process.exit(1);
}
console.log(`line width: ${files.length} files, no line over ${width} characters`);
