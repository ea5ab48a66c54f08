import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    // A non-UTC zone makes date bugs show up (measurements are dates).
    env: { TZ: "America/New_York" },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.ts?(x)"], environment: "node" },
      },
    ],
  },
});
