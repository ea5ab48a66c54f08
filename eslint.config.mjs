import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const databaseImports = {
  paths: [
    {
      name: "@/lib/db",
      message: "Pages and components get data through lib/<domain> loaders, never the database directly.",
    },
  ],
  patterns: [
    {
      group: ["@/generated/prisma/*", "**/generated/prisma/*"],
      message: "Use lib/<domain> modules; only they talk to Prisma.",
    },
  ],
};

/** The database client, however it is imported. */
const DB_CLIENT = ["@/lib/db", "**/lib/db", "./db", "../db"];

/**
 * Who may import the database client: server-only modules, named `*.server.ts` (reads, writes, the
 * glue around them), server action modules (`actions.ts`), lib/db.ts itself, scripts and tests.
 * Everything else gets data through those, so a file's name says whether it can touch PostgreSQL.
 */
const databaseClientOwners = ["**/*.server.ts", "**/actions.ts", "lib/db.ts", "scripts/**", "tests/**"];
/**
 * Server-only modules still to be renamed to *.server.ts: they were being edited by others when the
 * rest were renamed (ADR 0019). Remove each line with its rename.
 */
const pendingServerRenames = [];

/**
 * A pure module: functions and data only, so it runs in the browser, on the server and in unit
 * tests alike. No Next, React, Prisma, database, server-only or *.server imports.
 */
function pure(folder, ignores = []) {
  return {
    files: [`${folder}/**`],
    ignores,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "next",
                "next/*",
                "react",
                "react/*",
                "react-dom",
                "react-dom/*",
                "@prisma/*",
                "@/generated/*",
                "**/generated/*",
                "server-only",
                "**/*.server",
                ...DB_CLIENT,
              ],
              message:
                `${folder} is pure: no Next, React, Prisma, database or server-only imports (those go in ` +
                `*.server.ts or actions.ts).`,
            },
          ],
        },
      ],
    },
  };
}

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "generated/**",
    ".data/**",
    "node_modules/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/ban-ts-comment": "error",
    },
  },
  // Only server-only modules (by name), server actions, scripts and tests import the database client.
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    ignores: [...databaseClientOwners, ...pendingServerRenames],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: DB_CLIENT,
              message: "Only *.server.ts modules, actions.ts, scripts and tests import lib/db (ADR 0019).",
            },
          ],
        },
      ],
    },
  },
  // The layered rule from docs/decisions: app/ and components/ never touch Prisma.
  { files: ["app/**", "components/**"], rules: { "no-restricted-imports": ["error", databaseImports] } },
  // Pure domain code stays free of framework and database imports; only the named server-only files
  // (*.server.ts) and server action modules around it may use them.
  pure("lib/bmi"),
  pure("lib/dashboard", ["lib/dashboard/**/*.server.ts"]),
  pure("lib/dates"),
  pure("lib/validation"),
  pure("lib/forms"),
  pure("lib/recommendations", ["lib/recommendations/actions.ts", "lib/recommendations/**/*.server.ts"]),
  pure("lib/routines", ["lib/routines/actions.ts", "lib/routines/admin-actions.ts", "lib/routines/**/*.server.ts"]),
  pure("lib/articles", ["lib/articles/admin-actions.ts", "lib/articles/**/*.server.ts"]),
]);
