import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

/** Things that must never appear in rendered HTML, whatever the Markdown says. */
function expectInert(html: string) {
  const dangerousTags = [
    "script",
    "iframe",
    "object",
    "embed",
    "form",
    "style",
    "meta",
    "link",
    "base",
    "svg",
    "math",
    "frame",
  ];
  expect(html).not.toMatch(new RegExp(`<(?:${dangerousTags.join("|")})`, "i"));
  expect(html).not.toMatch(/<input(?![^>]*type="checkbox"[^>]*disabled)/i);
  // Attribute names only: quoted values (escaped text, e.g. a title) may say anything.
  const markup = html.replace(/"[^"]*"/g, '""');
  expect(markup).not.toMatch(/\son[a-z]+\s*=/i);
  expect(markup).not.toMatch(/\sstyle\s*=/i);
  expect(markup).not.toMatch(/\s(?:srcdoc|formaction|action)\s*=/i);
  expect(html).not.toMatch(/(?:href|src|cite)\s*=\s*"\s*(?:javascript|vbscript|data|file):/i);
  expect(html).not.toMatch(/(?:href|src)\s*=\s*"[^"]*&#/i);
}

const XSS_CORPUS: [string, string][] = [
  ["script tag", "<script>alert(1)</script>"],
  ["script tag inline", "Hello <script>alert(1)</script> world"],
  ["img onerror", '<img src=x onerror="alert(1)">'],
  ["svg onload", "<svg onload=alert(1)></svg>"],
  ["svg inline script", "<svg><script>alert(1)</script></svg>"],
  ["iframe", '<iframe src="https://evil.example"></iframe>'],
  ["iframe srcdoc", '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ["style block", "<style>body { display: none }</style>"],
  ["style attribute", '<p style="position:fixed;inset:0;background:red">cover</p>'],
  ["object", '<object data="javascript:alert(1)"></object>'],
  ["embed", '<embed src="javascript:alert(1)">'],
  ["form with action", '<form action="https://evil.example"><input name="password"><button>Go</button></form>'],
  ["button formaction", '<button formaction="javascript:alert(1)">x</button>'],
  ["meta refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
  ["base href", '<base href="https://evil.example/">'],
  ["link stylesheet", '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ["a javascript href (HTML)", '<a href="javascript:alert(1)">x</a>'],
  ["details ontoggle", "<details open ontoggle=alert(1)><summary>x</summary></details>"],
  ["math", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"],
  ["raw HTML block", '<div onclick="alert(1)">\n\n**bold**\n\n</div>'],
  ["HTML comment trick", "<!--><script>alert(1)</script>-->"],
  ["markdown link javascript:", "[click](javascript:alert(1))"],
  ["markdown link JaVaScRiPt:", "[click](JaVaScRiPt:alert(1))"],
  ["markdown link with leading spaces", "[click](   javascript:alert(1))"],
  ["markdown link with tab inside scheme", "[click](java\tscript:alert(1))"],
  ["markdown link with newline entity", "[click](java&#10;script:alert(1))"],
  ["markdown link entity-encoded", "[click](&#106;avascript:alert(1))"],
  ["markdown link hex-encoded", "[click](&#x6A;avascript:alert(1))"],
  ["markdown link percent-encoded", "[click](javascript%3Aalert(1))"],
  ["markdown link vbscript:", "[click](vbscript:msgbox(1))"],
  ["markdown link data:text/html", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
  ["markdown autolink javascript:", "<javascript:alert(1)>"],
  ["markdown image javascript:", "![x](javascript:alert(1))"],
  ["markdown image data:", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"],
  ["markdown reference link javascript:", "[click][evil]\n\n[evil]: javascript:alert(1)"],
  ["markdown link title breaking out", '[x](https://example.com "a\\" onmouseover=\\"alert(1)")'],
  ["image alt breaking out", '![a" onerror="alert(1)](https://example.com/x.png)'],
  ["unquoted attribute injection in a title", "[x](https://example.com 'a onmouseover=alert(1)')"],
  ["file: link", "[x](file:///etc/passwd)"],
];

describe("renderMarkdown: XSS corpus", () => {
  it.each(XSS_CORPUS)("neutralises %s", (_name, markdown) => {
    expectInert(renderMarkdown(markdown));
  });

  it("keeps the text of dropped HTML blocks' Markdown neighbours", () => {
    const html = renderMarkdown('<div onclick="alert(1)">\n\n**bold**\n\n</div>');
    expect(html).toContain("<strong>bold</strong>");
  });

  it("keeps the link text when it drops an unsafe URL", () => {
    const html = renderMarkdown("[click me](javascript:alert(1))");
    expect(html).toContain("click me");
    expect(html).not.toContain("javascript");
  });

  it("is not fooled by a percent-encoded scheme (it stays a harmless relative link)", () => {
    expect(renderMarkdown("[x](javascript%3Aalert(1))")).toMatch(/href="javascript%3Aalert\(1\)"/);
  });
});

describe("renderMarkdown: GitHub-flavoured Markdown", () => {
  it("renders tables", () => {
    const html = renderMarkdown("| Lift | Sets |\n| --- | ---: |\n| Deadlift | 3 |");
    // Focusable, so a keyboard can scroll a wide table sideways.
    expect(html).toContain('<table tabindex="0">');
    expect(html).toContain("<th>Lift</th>");
    expect(html).toMatch(/<td[^>]*>3<\/td>/);
  });

  it("renders task lists as disabled checkboxes", () => {
    const html = renderMarkdown("- [x] Warm up\n- [ ] Stretch");
    expect(html).toContain('<input type="checkbox" checked disabled>');
    expect(html).toContain('<input type="checkbox" disabled>');
  });

  it("renders strikethrough and autolinks", () => {
    const html = renderMarkdown("~~old~~ see https://www.nhs.uk and www.example.com");
    expect(html).toContain("<del>old</del>");
    expect(html).toContain('href="https://www.nhs.uk"');
    expect(html).toContain('href="http://www.example.com"');
  });

  it("gives external links rel=noopener noreferrer nofollow, and leaves internal links alone", () => {
    const html = renderMarkdown(
      "[NHS](https://www.nhs.uk/back-pain) and [calculator](/bmi) and [mail](mailto:a@b.example)",
    );
    expect(html).toContain('<a href="https://www.nhs.uk/back-pain" rel="noopener noreferrer nofollow">NHS</a>');
    expect(html).toContain('<a href="/bmi">calculator</a>');
    expect(html).toContain('<a href="mailto:a@b.example">mail</a>');
  });

  it("gives headings ids for anchors, unique, never clashing with the page's own", () => {
    const html = renderMarkdown("## Why it hurts\n\n## Why it hurts\n\n## Main\n\n### 3 steps");
    expect(html).toContain('<h2 id="why-it-hurts">');
    expect(html).toContain('<h2 id="why-it-hurts-1">');
    expect(html).toContain('<h2 id="section-main">');
    expect(html).toContain('<h3 id="section-3-steps">');
  });

  it("keeps footnote links working", () => {
    const html = renderMarkdown("A claim.[^1]\n\n[^1]: The source.");
    const href = /href="#(user-content-fn-1)"/.exec(html)?.[1];
    expect(href).toBeDefined();
    expect(html).toContain(`id="${href}"`);
  });

  it("loads this site's images lazily, and turns other sites' images into links", () => {
    const html = renderMarkdown(
      "![Local squat](/images/x.png) ![A squat](https://example.com/squat.png) ![](//cdn.example/y.png)",
    );
    expect(html).toMatch(/<img src="\/images\/x.png" alt="Local squat" loading="lazy"/);
    expect(html).toContain(
      '<a href="https://example.com/squat.png" rel="noopener noreferrer nofollow">A squat (image)</a>',
    );
    expect(html).toContain('<a href="//cdn.example/y.png" rel="noopener noreferrer nofollow">Image (image)</a>');
    expect(html.match(/<img/g)).toHaveLength(1);
  });

  it("escapes text that looks like HTML in code", () => {
    expect(renderMarkdown("`<script>`")).toContain("<code>&#x3C;script></code>");
  });
});
