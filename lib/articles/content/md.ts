/**
 * Tags an article body as Markdown. The value is exactly the text written; the tag is for Prettier,
 * which formats `md` templates as Markdown (prose wrapped at the print width, tables aligned), so the
 * bodies keep to the tree's line width without hand-wrapping. Soft line breaks render as spaces.
 */
export function md(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((text, part, index) => text + String(values[index - 1]) + part);
}
