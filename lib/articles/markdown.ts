// Article Markdown → HTML that is safe to put in the page as it is. Pure (no Next, no Prisma), so
// the admin preview, the public page and the tests render exactly the same way.
//
// Safety comes in two layers: raw HTML in the Markdown is dropped by remark-rehype (it is never
// parsed, so <script>, <iframe>, <style>, event handlers and the like cannot get in), and the HTML
// tree then goes through rehype-sanitize with GitHub's allow-list (which also limits link and image
// URLs to safe protocols, so javascript: and data: go). Only after sanitising do our own trusted
// steps add heading ids, turn third-party images into links, and add link rels and lazy loading.
import type { Element, Root, RootContent } from "hast";
import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/**
 * GitHub's allow-list, tightened: links only to http(s), mailto and in-page/relative targets, images
 * only from http(s) or this site; no `action`, `style` or form controls other than the disabled task
 * list checkbox (which the default already restricts).
 */
const schema: SanitizeSchema = {
  ...defaultSchema,
  // The only ids in the tree are remark-rehype's footnote ids, already prefixed (raw HTML never
  // gets this far); prefixing again would break the footnote links.
  clobberPrefix: "",
  protocols: {
    ...defaultSchema.protocols,
    href: ["http", "https", "mailto"],
    src: ["http", "https"],
    cite: ["http", "https"],
  },
  attributes: {
    ...defaultSchema.attributes,
    "*": (defaultSchema.attributes?.["*"] ?? []).filter((name) => name !== "action"),
  },
};

/** Heading ids that would clash with the page's own ids (the skip link's #main) or Next's globals. */
const RESERVED_IDS = new Set(["main", "content", "top"]);

function walk(node: Root | RootContent, visit: (element: Element) => void) {
  if (node.type === "element") visit(node);
  if ("children" in node) for (const child of node.children) walk(child, visit);
}

/**
 * Images from other sites become links to them: the Content-Security-Policy only loads images from
 * our origin, and a third-party image would tell its host who reads which article.
 */
function rehypeLocalImages() {
  return (tree: Root) => {
    walk(tree, (element) => {
      if (element.tagName !== "img") return;
      const src = element.properties.src;
      if (typeof src !== "string" || !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) return;
      const alt =
        typeof element.properties.alt === "string" && element.properties.alt.trim() ? element.properties.alt : "Image";
      element.tagName = "a";
      element.properties = { href: src };
      element.children = [{ type: "text", value: `${alt} (image)` }];
    });
  };
}

/** Our own additions, made to the already-sanitised tree. */
function rehypeArticleFinish() {
  return (tree: Root) => {
    walk(tree, (element) => {
      // A wide table scrolls sideways (article-body.css); keyboard users must be able to reach it
      // to scroll it (axe: scrollable-region-focusable).
      if (element.tagName === "table") element.properties.tabIndex = 0;
      if (element.tagName === "img") {
        element.properties.loading = "lazy";
        element.properties.decoding = "async";
      }
      const id = element.properties.id;
      if (/^h[1-6]$/.test(element.tagName) && typeof id === "string" && (!/^[a-z]/.test(id) || RESERVED_IDS.has(id))) {
        element.properties.id = `section-${id.replace(/^[^a-z0-9]+/, "")}`;
      }
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // Raw HTML is dropped, not passed through (allowDangerousHtml stays false). Footnote ids and their
  // links get the "user-content-" prefix here, consistently; the sanitiser must not add a second one.
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeSlug)
  .use(rehypeLocalImages)
  .use(rehypeExternalLinks, { rel: ["noopener", "noreferrer", "nofollow"], protocols: ["http", "https"] })
  .use(rehypeArticleFinish)
  .use(rehypeStringify)
  .freeze();

/** Renders GitHub-flavoured Markdown (tables, task lists, strikethrough, autolinks) to safe HTML. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
