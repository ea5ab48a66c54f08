// Rewraps what Prettier leaves over the print width: comments (rewrapped as comments) and long string
// and template literals (split at spaces into a concatenation that Prettier then lays out). It works
// on the TypeScript syntax tree, so it never touches a tagged template (SQL), an import path, a type,
// a regular expression or text inside a multi-line template. `npm run format` runs Prettier, this and
// Prettier again; `npm run lint` fails on any line still over the width (scripts/check-line-width.ts).
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { formattedFiles, printWidth, ROOT } from "./lib/formatted-files";

type Edit = { start: number; end: number; text: string };

export function wrapLongLines(source: string, fileName: string, width: number): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, scriptKind(fileName));
  const lineStarts = file.getLineStarts();
  const lineLength = (line: number) => {
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : source.length;
    return end - lineStarts[line]!;
  };
  const overLong = (position: number) => lineLength(file.getLineAndCharacterOfPosition(position).line) > width;
  const indentOf = (position: number) => {
    const start = lineStarts[file.getLineAndCharacterOfPosition(position).line]!;
    return /^[ \t]*/.exec(source.slice(start))![0];
  };
  const overflow = (position: number) => lineLength(file.getLineAndCharacterOfPosition(position).line) - width;
  const edits: Edit[] = [];

  const visit = (node: ts.Node) => {
    // Inside a template's ${…} (an XML feed, a class list) a split reads worse than a long line.
    if (ts.isTemplateSpan(node)) return;
    if (ts.isStringLiteral(node) && splittableString(node) && overLong(node.getStart())) {
      const room = pieceRoom(node.getText().length, overflow(node.getStart()), indentOf(node.getStart()).length, width);
      const joined = splitAtSpaces(node.getText(), room);
      if (joined)
        edits.push({
          start: node.getStart(),
          end: node.getEnd(),
          text: ts.isJsxAttribute(node.parent) ? `{${joined}}` : joined,
        });
    } else if (
      (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) &&
      splittableTemplate(node)
    ) {
      if (overLong(node.getStart())) {
        const room = pieceRoom(
          node.getText().length,
          overflow(node.getStart()),
          indentOf(node.getStart()).length,
          width,
        );
        const joined = splitTemplate(node, room);
        if (joined) {
          edits.push({ start: node.getStart(), end: node.getEnd(), text: joined });
          return; // its ${} parts stay as they are
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  edits.push(...commentEdits(file, source, width));
  // Apply from the end so earlier positions stay valid; drop edits inside an edited range.
  edits.sort((a, b) => b.start - a.start);
  let out = source;
  let floor = Infinity;
  for (const edit of edits) {
    if (edit.end > floor) continue;
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    floor = edit.start;
  }
  return out;
}

function scriptKind(fileName: string): ts.ScriptKind {
  if (fileName.endsWith(".tsx")) return ts.ScriptKind.TSX;
  if (fileName.endsWith(".ts")) return ts.ScriptKind.TS;
  return ts.ScriptKind.JS;
}

function pieceRoom(literalLength: number, overflow: number, indent: number, width: number): number {
  return Math.max(30, Math.min(width - indent - 12, literalLength - overflow - 8));
}

/** A string whose value may become a concatenation: not a module path, a type, a key or a directive. */
function splittableString(node: ts.StringLiteral): boolean {
  const parent = node.parent;
  if (node.getText().length < 40) return false;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent))
    return false;
  if (ts.isLiteralTypeNode(parent) || ts.isImportTypeNode(parent)) return false;
  if (
    (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent)) &&
    parent.name === node
  )
    return false;
  if (ts.isExpressionStatement(parent)) return false; // "use server" and the like
  if (ts.isCallExpression(parent) && parent.expression.getText() === "require") return false;
  return true;
}

function splittableTemplate(node: ts.TemplateLiteral): boolean {
  return node.getText().length >= 40 && !ts.isTaggedTemplateExpression(node.parent) && !node.getText().includes("\n");
}

/** "a b c" → "a b " + "c", each piece at most `room` characters where spaces allow. */
function splitAtSpaces(literal: string, room: number): string | null {
  const quote = literal[0]!;
  const pieces = piecesOf(literal.slice(1, -1), room, () => true);
  return pieces.length < 2 ? null : pieces.map((piece) => `${quote}${piece}${quote}`).join(" + ");
}

/** A template split only at spaces in its literal text, never inside ${…}. */
function splitTemplate(node: ts.TemplateLiteral, room: number): string | null {
  const text = node.getText();
  const start = node.getStart();
  const body = text.slice(1, -1);
  const literalRanges: [number, number][] = [];
  if (ts.isNoSubstitutionTemplateLiteral(node)) literalRanges.push([0, body.length]);
  else {
    literalRanges.push([0, node.head.getEnd() - start - 3]); // up to before "${"
    for (const span of node.templateSpans) {
      const literalStart = span.literal.getStart() - start; // at "}"
      const literalEnd = span.literal.getEnd() - start - 1 - (ts.isTemplateTail(span.literal) ? 1 : 2);
      literalRanges.push([literalStart, literalEnd]);
    }
  }
  const inLiteral = (index: number) => literalRanges.some(([from, to]) => index >= from && index < to);
  const pieces = piecesOf(body, room, inLiteral);
  return pieces.length < 2 ? null : pieces.map((piece) => `\`${piece}\``).join(" + ");
}

/** Greedy: each piece ends after a space where splitting is allowed, at most `room` long if possible. */
function piecesOf(body: string, room: number, canSplitAt: (index: number) => boolean): string[] {
  const pieces: string[] = [];
  let pieceStart = 0;
  let lastCut = -1; // index just after the latest allowed space in the current piece
  for (let index = 0; index < body.length; index += 1) {
    if (body[index] === "\\") {
      index += 1;
      continue;
    }
    if (body[index] === " " && canSplitAt(index) && index + 1 < body.length) {
      if (index + 1 - pieceStart > room && lastCut > pieceStart) {
        pieces.push(body.slice(pieceStart, lastCut));
        pieceStart = lastCut;
      }
      lastCut = index + 1;
    }
  }
  if (body.length - pieceStart > room && lastCut > pieceStart) {
    pieces.push(body.slice(pieceStart, lastCut));
    pieceStart = lastCut;
  }
  pieces.push(body.slice(pieceStart));
  return pieces;
}

/** Over-long comment lines, rewrapped: `//` lines in place, JSDoc lines inside their block. */
function commentEdits(file: ts.SourceFile, source: string, width: number): Edit[] {
  const edits: Edit[] = [];
  const seen = new Set<number>();
  const visit = (node: ts.Node) => {
    for (const range of [
      ...(ts.getLeadingCommentRanges(source, node.getFullStart()) ?? []),
      ...(ts.getTrailingCommentRanges(source, node.getEnd()) ?? []),
    ]) {
      if (seen.has(range.pos)) continue;
      seen.add(range.pos);
      const edit = commentEdit(source, range, width);
      if (edit) edits.push(edit);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return edits;
}

function commentEdit(source: string, range: ts.CommentRange, width: number): Edit | null {
  const lineStart = source.lastIndexOf("\n", range.pos - 1) + 1;
  const before = source.slice(lineStart, range.pos);
  const text = source.slice(range.pos, range.end);
  const lines = text.split("\n");
  const firstLineLength = before.length + lines[0]!.length;
  if (lines.every((line, index) => (index === 0 ? firstLineLength : line.length) <= width)) return null;
  const ownLine = /^\s*$/.test(before);
  const indent = ownLine ? before : /^\s*/.exec(before)![0];
  const wrap = (lead: string, words: string) => {
    const out: string[] = [];
    let line = "";
    for (const word of words.split(/\s+/).filter(Boolean)) {
      if (line && indent.length + lead.length + line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(line);
    return out.map((part) => `${indent}${lead}${part}`);
  };
  if (range.kind === ts.SyntaxKind.SingleLineCommentTrivia) {
    const wrapped = wrap("// ", text.replace(/^\/\/\s?/, "")).join("\n");
    if (ownLine) return { start: lineStart, end: range.end, text: wrapped };
    // A comment after code moves above that line.
    const lineEnd = source.indexOf("\n", range.end);
    const code = source.slice(lineStart, range.pos).trimEnd();
    return { start: lineStart, end: lineEnd === -1 ? source.length : lineEnd, text: `${wrapped}\n${code}` };
  }
  if (!ownLine || !text.startsWith("/*")) return null;
  // A block comment: rewrap each paragraph of its " * " lines (lines starting with "-" or "@" start one).
  const inner = lines.map((line) =>
    line
      .replace(/^\s*\/\*\*?\s?/, "")
      .replace(/\s*\*\/\s*$/, "")
      .replace(/^\s*\*\s?/, ""),
  );
  const paragraphs: string[][] = [];
  for (const line of inner) {
    if (line.trim() === "") paragraphs.push([]);
    else if (/^[-@]|^\d+\./.test(line.trim()) || paragraphs.length === 0) paragraphs.push([line.trim()]);
    else paragraphs[paragraphs.length - 1]!.push(line.trim());
  }
  const body = paragraphs
    .filter((paragraph, index) => paragraph.length > 0 || (index > 0 && index < paragraphs.length - 1))
    .flatMap((paragraph) => (paragraph.length ? wrap(" * ", paragraph.join(" ")) : [`${indent} *`]));
  const opener = text.startsWith("/**") ? "/**" : "/*";
  return { start: lineStart, end: range.end, text: [`${indent}${opener}`, ...body, `${indent} */`].join("\n") };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Every TypeScript/JavaScript file of ours that Prettier formats, at Prettier's width.
  const width = printWidth();
  for (const file of formattedFiles(/\.(ts|tsx|js|mjs|cjs)$/)) {
    const source = fs.readFileSync(path.join(ROOT, file), "utf8");
    const out = wrapLongLines(source, file, width);
    if (out !== source) {
      fs.writeFileSync(path.join(ROOT, file), out);
      console.log(`wrapped long lines: ${file}`);
    }
  }
}
