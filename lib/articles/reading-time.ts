// Reading time of a Markdown body. Pure: counts the words a reader reads (link text, not URLs; code
// counted as words too), at a typical adult silent-reading speed for non-fiction.

export const WORDS_PER_MINUTE = 230;

/** Words in a Markdown text, with the markup that is not read (URLs, HTML tags, symbols) left out. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/<[^>]*>/g, " ")
    // [text](url) and ![alt](url): keep the text, drop the URL.
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, " $1 ")
    .replace(/\bhttps?:\/\/\S+/g, " ")
    .replace(/[#>*_~`|[\]()-]+/g, " ");
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,]*/gu);
  return words ? words.length : 0;
}

/** Whole minutes, at least 1 for any article with words in it (a 0-minute read looks broken). */
export function readingMinutes(markdown: string): number {
  const words = countWords(markdown);
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
