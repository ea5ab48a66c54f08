// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // `npm run bench` and `npm run test:resilience` build into a folder of their own (NEXT_DIST_DIR) so
  // they never clash with the e2e build in .next. Those builds skip Next's type check (npm test runs
  // tsc itself) and read a tsconfig that extends ours, so Next never adds their folder to tsconfig.json.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  ...(process.env.NEXT_DIST_DIR && { typescript: { ignoreBuildErrors: true, tsconfigPath: "tsconfig.isolated-build.json" } }),
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
    const whenQuery = (source, keys, destination) => keys.map((key) => ({ source, has: [{ type: "query", key }], destination }));
    // The calculator's fields: BMI_FORM_FIELDS in components/bmi/form-fields.ts (a test keeps them equal).
    const calculator = ["units", "age", "sex", "heightCm", "heightFt", "heightIn", "weightKg", "weightLb", "weightSt", "waistCm", "waistIn", "background"];
    return {
      beforeFiles: [...whenQuery("/routines", ["kind", "intensity", "tag"], "/routines-filtered"), ...whenQuery("/bmi", calculator, "/bmi/result")],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          // Production is served over https (TLS at our proxy): browsers then refuse plain http for two
          // years. Never in `next dev` over http://localhost. The Content-Security-Policy is set per
          // request in proxy.ts (it carries a nonce).
          ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
        ],
      },
    ];
  },
};

export default nextConfig;
