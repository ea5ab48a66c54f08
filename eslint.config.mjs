import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const databaseImports = {
  paths: [{ name: "@/lib/db", message: "Pages and components get data through lib/<domain> loaders, never the database directly." }],
  patterns: [{ group: ["@/generated/prisma/*", "**/generated/prisma/*"], message: "Use lib/<domain> modules; only they talk to Prisma." }],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".next-*/**", "generated/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/ban-ts-comment": "error",
    },
  },
  // The layered rule from docs/decisions: app/ and components/ never touch Prisma.
  { files: ["app/**", "components/**"], rules: { "no-restricted-imports": ["error", databaseImports] } },
  // Pure domain engines stay free of framework and database imports.
  {
    files: ["lib/bmi/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["next", "next/*", "@prisma/*", "@/generated/*", "@/lib/db", "react"], message: "lib/bmi is pure: no Next, React or Prisma." }] },
      ],
    },
  },
  // lib/recommendations: the engine and schema are pure; only its server action and *.server.ts
  // readers (the signed-in glue around the engine) may touch Next and the database.
  {
    files: ["lib/recommendations/**"],
    ignores: ["lib/recommendations/actions.ts", "lib/recommendations/**/*.server.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["next", "next/*", "@prisma/*", "@/generated/*", "@/lib/db", "react"], message: "lib/recommendations is pure: no Next, React or Prisma." }] },
      ],
    },
  },
]);
