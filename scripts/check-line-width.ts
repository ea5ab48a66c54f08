// Part of `npm run lint`: no line of ours over Prettier's print width (.prettierrc.json). Prettier
// wraps code, JSX and Markdown prose, but leaves a long string, comment or regular expression as it
// is; `npm run format` splits most of those (scripts/wrap-long-lines.ts) and the rest are wrapped by
// hand. Not checked: files Prettier ignores (.prettierignore: generated data, the lockfile) and
// Markdown table rows, which Markdown cannot wrap.
import fs from "node:fs";
import path from "node:path";
import { formattedFiles, printWidth, ROOT } from "./lib/formatted-files";

const width = printWidth();
const files = formattedFiles(/\.(ts|tsx|js|mjs|cjs|css|json|md|ya?ml)$/);

const problems: string[] = [];
for (const file of files) {
  const lines = fs.readFileSync(path.join(ROOT, file), "utf8").split("\n");
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
