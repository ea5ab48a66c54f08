// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // `npm run bench` and `npm run test:resilience` build into a folder of their own (NEXT_DIST_DIR) so
  // they never clash with the e2e build in .next. Those builds skip Next's type check (npm test runs
  // tsc itself) and read a tsconfig that extends ours, so Next never adds their folder to tsconfig.json.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  ...(process.env.NEXT_DIST_DIR && {
    typescript: { ignoreBuildErrors: true, tsconfigPath: "tsconfig.isolated-build.json" },
  }),
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with a 403 for signed-in users without the right role.
  experimental: {
    authInterrupts: true,
    // Next refuses server-action bodies over 1 MB by default, before our code runs, so the CSV
    // import's own "larger than 1 MB" message (lib/measurements/csv-import) could never be shown.
    // A little above the app's limit leaves room for the multipart overhead.
    serverActions: { bodySizeLimit: "2mb" },
  },
  // Native and WebAssembly packages that must stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg"],
  // Pages that are the same for everyone are prerendered; a query that changes what they show is
  // rewritten to a per-request twin (the address stays the same). lib/http/prerendered-routes.ts
  // reads these rules from the build so such requests get the per-request CSP (ADR 0023).
  async rewrites() {
    const whenQuery = (source, keys, destination) =>
      keys.map((key) => ({ source, has: [{ type: "query", key }], destination }));
    const whenCookie = (source, names, destination) =>
      names.map((key) => ({ source, has: [{ type: "cookie", key }], destination }));
    // The calculator's fields: BMI_FORM_FIELDS in components/bmi/form-fields.ts (a test keeps them equal).
    const calculator = [
      "units",
      "age",
      "sex",
      "heightCm",
      "heightFt",
      "heightIn",
      "weightKg",
      "weightLb",
      "weightSt",
      "waistCm",
      "waistIn",
      "background",
    ];
    // Sign-in and sign-up (ADR 0026): a session cookie (Auth.js's name on http and on https) may be a
    // live session, to be sent on; sign-in's notices are shown without JavaScript. ?callbackUrl= is not
    // here: it is read in the browser, and by the action from the Referer.
    const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];
    const auth = [
      ...whenCookie("/sign-in", sessionCookies, "/sign-in/per-request"),
      ...whenQuery("/sign-in", ["error", "signedOut", "reset"], "/sign-in/per-request"),
      ...whenCookie("/sign-up", sessionCookies, "/sign-up/per-request"),
    ];
    return {
      beforeFiles: [
        ...whenQuery("/routines", ["kind", "intensity", "tag"], "/routines-filtered"),
        ...whenQuery("/bmi", calculator, "/bmi/result"),
        ...auth,
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  // The tracker's pages were called "entries" until the product settled on one word, "measurements"
  // (the API's and the code's). Old bookmarks and links keep working: 308, query kept.
  async redirects() {
    return [{ source: "/dashboard/entries/:path*", destination: "/dashboard/measurements/:path*", permanent: true }];
  },
  async headers() {
    // The Content-Security-Policy of prerendered pages (ADR 0027), built by the app's own module:
    // proxy.ts skips those pages, so this is their policy. Every page gets it, and where the proxy
    // runs it replaces it with the per-request one (a nonce; ADR 0009). Only `next build` and
    // `next dev` call headers() (`next start` reads the build's manifest), so tsx, a dev dependency, is
    // loaded here and never by the production server.
    const { tsImport } = await import("tsx/esm/api");
    const csp = await tsImport("./lib/http/content-security-policy.ts", import.meta.url);
    const policy = csp.prerenderedPolicies(process.env);
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          // Production is served over https (TLS at our proxy): browsers then refuse plain http for two
          // years. Never in `next dev` over http://localhost.
          ...(process.env.NODE_ENV === "production"
            ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
            : []),
        ],
      },
      // Pages, not the JSON API or build assets (they had no policy before either). Lower case: proxy.ts's header
      // has this exact key, so its value wins.
      { source: "/((?!api/|_next/).*)", headers: [{ key: "content-security-policy", value: policy.http }] },
      // Behind our TLS proxy: the same test as policyForRequest's (Next's own: the header contains "https").
      {
        source: "/((?!api/|_next/).*)",
        has: [{ type: "header", key: "x-forwarded-proto", value: ".*https.*" }],
        headers: [{ key: "content-security-policy", value: policy.https }],
      },
    ];
  },
};

export default nextConfig;
