import { defineConfig } from "vitest/config";

// One project per package, plus the cross-package tests in test/.
export default defineConfig({
  test: {
    projects: [
      { test: { name: "schema", root: "packages/schema", include: ["test/**/*.test.ts"] } },
      { test: { name: "parser", root: "packages/parser", include: ["test/**/*.test.ts"] } },
      { test: { name: "extractor", root: "packages/extractor", include: ["test/**/*.test.ts"] } },
      { test: { name: "cli", root: "packages/cli", include: ["test/**/*.test.ts"], testTimeout: 120_000 } },
      { test: { name: "corpus", root: "test", include: ["**/*.test.ts"], testTimeout: 120_000 } },
    ],
  },
});
