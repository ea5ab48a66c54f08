// The floors every benchmark row is compared with, built for the bench only and never shipped:
// a tiny Next.js app generated into .next-bench-floor/ (git- and lint-ignored) with
//   /static-page   a page prerendered at build time (force-static): the floor of prerendered pages,
//   /dynamic-page  the same page rendered on every request (force-dynamic): the floor of per-request pages,
//   /dynamic       a route handler run on every request: the floor of the JSON APIs,
//   /static        the same handler prerendered at build time, for reference,
//   /bare          an empty page: the JavaScript every Next page ships (the runtime),
// the two pages rendering the article page's body (so their HTML is of similar size: the body once as
// HTML and once in React's payload, as in any App Router page), the two route handlers answering exactly
// the article page's bytes; and a plain node:http server answering the same bytes.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { buildInto } from "../lib/app-server";
import { PROJECT_ROOT } from "../lib/database";

// Its own folder per BENCH_DIST_DIR, so two benches run side by side never rebuild each other's floor.
export const FLOOR_DIR = path.join(PROJECT_ROOT, `${process.env.BENCH_DIST_DIR ?? ".next-bench"}-floor`);

const route = (mode: "force-static" | "force-dynamic") => `import { HTML } from "../../html.js";

export const dynamic = "${mode}";

export function GET() {
  return new Response(HTML, { headers: { "content-type": "text/html; charset=utf-8" } });
}
`;

const page = (mode: "force-static" | "force-dynamic") => `import { BODY } from "../../html.js";

export const dynamic = "${mode}";

export default function Page() {
  return <div dangerouslySetInnerHTML={{ __html: BODY }} />;
}
`;

/** The article page's body without its scripts: what the floor pages render. */
export function bodyOf(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  return body.replace(/<script[\s\S]*?<\/script>/g, "");
}

export async function buildFloorApp(html: string, env: NodeJS.ProcessEnv): Promise<string> {
  fs.rmSync(FLOOR_DIR, { recursive: true, force: true });
  const files: Record<string, string> = {
    // Next looks for its config upwards from the project folder: without one here it would load
    // the product's next.config.js.
    "next.config.mjs": `export default {};\n`,
    "html.js": `export const HTML = ${JSON.stringify(html)};\nexport const BODY = ${JSON.stringify(bodyOf(html))};\n`,
    "app/layout.js":
      `export default function RootLayout({ children }) {\n  return (\n    <html lang="en">\n    ` +
      `  <body>{children}</body>\n    </html>\n  );\n}\n`,
    "app/bare/page.js": `export default function Page() {\n  return <main>Bare page</main>;\n}\n`,
    "app/static-page/page.js": page("force-static"),
    "app/dynamic-page/page.js": page("force-dynamic"),
    "app/static/route.js": route("force-static"),
    "app/dynamic/route.js": route("force-dynamic"),
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(FLOOR_DIR, name)), { recursive: true });
    fs.writeFileSync(path.join(FLOOR_DIR, name), text);
  }
  await buildInto(".next", env, FLOOR_DIR);
  return FLOOR_DIR;
}

export async function startNodeFloor(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const body = Buffer.from(html);
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
