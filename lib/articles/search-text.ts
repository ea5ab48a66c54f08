// Pure helpers for search: cleaning what a visitor typed, and turning PostgreSQL's ts_headline
// output into safe HTML. The highlight markers are control characters, which lib/articles/schemas
// refuses in every article field, so they can only come from ts_headline itself.
import { SEARCH_MAX_LENGTH } from "./schemas";

export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

/** What a visitor typed → text safe to send to PostgreSQL (no NUL or other controls), capped. */
export function cleanSearchQuery(value: unknown): { text: string; truncated: boolean } {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== "string") return { text: "", truncated: false };
  const text = first
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= SEARCH_MAX_LENGTH) return { text, truncated: false };
  return { text: text.slice(0, SEARCH_MAX_LENGTH).trim(), truncated: true };
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Escape everything first, then turn the markers into <mark>: no raw HTML ever gets through. */
export function highlightToHtml(headline: string): string {
  // Line breaks and tabs in the source become spaces (a snippet is one line of text).
  const escaped = escapeHtml(
    headline
      .replace(/[\u0000\u0001\u0004-\u001F]+/g, " ")
      .replace(/ {2,}/g, " ")
      .trim(),
  );
  let open = false;
  let html = "";
  for (const char of escaped) {
    if (char === MARK_START && !open) {
      html += "<mark>";
      open = true;
    } else if (char === MARK_END && open) {
      html += "</mark>";
      open = false;
    } else if (char !== MARK_START && char !== MARK_END) {
      html += char;
    }
  }
  return open ? `${html}</mark>` : html;
}

/** Markdown syntax that reads as noise in a search snippet (the SQL strips the same before ts_headline). */
export const SNIPPET_STRIP_PATTERN = String.raw`!?\[([^\]]*)\]\([^)]*\)|[#*_~>|` + "`" + String.raw`]+`;
