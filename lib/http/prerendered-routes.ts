/**
 * Which requests `next start` answers with HTML rendered at build time (static and ISR pages, and
 * the prerendered 404 page for paths no route knows). Such HTML has no per-request nonce, so
 * proxy.ts must give it the prerendered policy (lib/http/content-security-policy.ts) or its
 * scripts would be blocked. Read from the build's own manifests, so it follows the build exactly.
 */
import fs from "node:fs";
import path from "node:path";

type PrerenderManifest = {
  routes: Record<string, { routeType?: string }>;
  dynamicRoutes: Record<string, { routeType?: string; routeRegex: string }>;
};
type Condition = { type: string; key?: string; value?: string };
type Rewrite = { source: string; regex?: string; has?: Condition[] };
type RoutesManifest = {
  staticRoutes: { regex: string }[];
  dynamicRoutes: { regex: string }[];
  rewrites?: { beforeFiles?: Rewrite[] } | Rewrite[];
};

export type RouteTable = {
  /** Exact paths of prerendered pages ("/", "/articles/some-slug"). */
  pages: Set<string>;
  /** Patterns of prerendered dynamic pages (ISR on demand: "/articles/[slug]"). */
  pagePatterns: RegExp[];
  /** Every route the app has; a path matching none is answered by the prerendered 404 page. */
  routes: RegExp[];
  /**
   * next.config.js rewrites that run before the prerendered pages and depend on the query or a
   * cookie (/routines?kind=… to a per-request page, ADR 0023; /sign-in with a session cookie, ADR
   * 0026): a request they match is rendered per request.
   */
  conditionalRewrites: { path: RegExp; has: { type: "query" | "cookie"; key: string }[] }[];
};

/** The request's cookies, as NextRequest.cookies has them. */
type CookieJar = { get(name: string): { value: string } | undefined };

/**
 * Whether Next's router sees this `has` condition as met: the parameter or cookie is there with a
 * value. An empty one ("?kind=", "authjs.session-token=") does not count (its matchHas reads the
 * value as a boolean), unless a query parameter is repeated (then it reads a list).
 */
function conditionMet(
  { type, key }: { type: "query" | "cookie"; key: string },
  query?: URLSearchParams,
  cookies?: CookieJar,
): boolean {
  if (type === "cookie") return Boolean(cookies?.get(key)?.value);
  const values = query?.getAll(key) ?? [];
  return values.length > 1 || Boolean(values[0]);
}

export function routeTable(prerender: PrerenderManifest, routes: RoutesManifest): RouteTable {
  const isPage = (entry: { routeType?: string }) => (entry.routeType ?? "page") === "page";
  return {
    pages: new Set(
      Object.entries(prerender.routes)
        .filter(([, entry]) => isPage(entry))
        .map(([route]) => route),
    ),
    pagePatterns: Object.values(prerender.dynamicRoutes)
      .filter(isPage)
      .map((entry) => new RegExp(entry.routeRegex)),
    routes: [...routes.staticRoutes, ...routes.dynamicRoutes].map((route) => new RegExp(route.regex)),
    conditionalRewrites: (Array.isArray(routes.rewrites) ? [] : (routes.rewrites?.beforeFiles ?? []))
      // Only rules whose every condition is "this query parameter / cookie is present" (the kinds we write).
      .filter(
        (rule) =>
          rule.has?.length &&
          rule.has.every(
            (condition) =>
              (condition.type === "query" || condition.type === "cookie") &&
              condition.key &&
              condition.value === undefined,
          ),
      )
      .map((rule) => ({
        path: new RegExp(rule.regex ?? `^${rule.source.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:/)?$`),
        has: rule.has!.map((condition) => ({ type: condition.type as "query" | "cookie", key: condition.key! })),
      })),
  };
}

/**
 * True when a GET/HEAD for `pathname` is answered with prerendered HTML. Other methods are server
 * actions and route handlers, which Next always runs per request.
 */
export function isPrerendered(
  table: RouteTable,
  method: string,
  pathname: string,
  query?: URLSearchParams,
  cookies?: CookieJar,
): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  const path_ = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  if (
    table.conditionalRewrites.some(
      (rule) => rule.path.test(path_) && rule.has.every((condition) => conditionMet(condition, query, cookies)),
    )
  )
    return false;
  if (table.pages.has(path_) || table.pagePatterns.some((pattern) => pattern.test(path_))) return true;
  return !table.routes.some((route) => route.test(path_));
}

let loaded: RouteTable | null | undefined;

/** The production build's table; null in development (everything renders per request there). */
export function buildRouteTable(): RouteTable | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  if (process.env.NODE_ENV !== "production") return loaded;
  try {
    // The build being served: bench and resilience builds live in NEXT_DIST_DIR (next.config.js).
    const distDir = process.env.NEXT_DIST_DIR || ".next";
    const read = (name: string) => {
      // A runtime path: without the comments Turbopack would trace the whole project for it.
      const file = path.join(/* turbopackIgnore: true */ process.cwd(), distDir, name);
      return JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ file, "utf8"));
    };
    loaded = routeTable(read("prerender-manifest.json"), read("routes-manifest.json"));
  } catch {
    // No build output (e.g. unit tests): treat every page as rendered per request.
  }
  return loaded;
}
