import { defineConfig } from "vitest/config";
// (from its own module: the package index reaches the schema package, which the config loader cannot read as source)
import { isStrayPdfJsRejection } from "./packages/parser/src/pdf/load.ts";

// One project per package, plus the cross-package tests in test/.
export default defineConfig({
  test: {
    // pdf.js drops a rejected promise on some damaged PDFs (the CLI drops it: cli/src/batch/stray-rejections.ts);
    // vitest sees every unhandled rejection, so it is told to let these pass.
    onUnhandledError: (error) => (isStrayPdfJsRejection(error) ? false : undefined),
    projects: [
      { test: { name: "schema", root: "packages/schema", include: ["test/**/*.test.ts"] } },
      { test: { name: "parser", root: "packages/parser", include: ["test/**/*.test.ts"] } },
      { test: { name: "extractor", root: "packages/extractor", include: ["test/**/*.test.ts"] } },
      { test: { name: "cli", root: "packages/cli", include: ["test/**/*.test.ts"], testTimeout: 120_000 } },
      { test: { name: "corpus", root: "test", include: ["**/*.test.ts"], testTimeout: 120_000 } },
    ],
  },
});
