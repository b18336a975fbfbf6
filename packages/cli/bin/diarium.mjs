#!/usr/bin/env node
// The `diarium` command. Installed from the repository (`npm i -g ./packages/cli`) it rebuilds the
// bundle when a source is newer (as `pnpm diarium` does); installed from a packed tarball it runs
// the bundle it ships.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const build = new URL("../../../scripts/build.mjs", import.meta.url);
if (existsSync(build)) {
  const { bundleIsStale, buildBundle } = await import(build.href);
  if (bundleIsStale()) {
    try {
      await buildBundle();
    } catch (error) {
      // A source that does not compile (a checkout mid-change): one line, not esbuild's stack, and
      // the last bundle that was built runs if there is one.
      const first = error?.errors?.[0];
      const where = first?.location ? `${first.location.file}:${first.location.line}: ` : "";
      const reason = `${where}${first?.text ?? error?.message ?? error}`;
      if (!existsSync(new URL("../dist/diarium.mjs", import.meta.url))) {
        process.stderr.write(`diarium: E_BUILD: ${reason}\n`);
        process.exit(1);
      }
      process.stderr.write(`diarium: W_STALE_BUILD: the sources do not build (${reason}); running the last bundle built\n`);
    }
  }
}
// `diarium analyze` runs from dist/analyze.cjs through V8's code cache (code-cache.mjs): one paper
// starts ~60 ms sooner than from the ES module bundle, which Node 20 compiles afresh every run.
const analyzeScript = new URL("../dist/analyze.cjs", import.meta.url);
if (process.argv[2] === "analyze" && existsSync(analyzeScript)) {
  const { loadWithCodeCache } = await import("./code-cache.mjs");
  const script = loadWithCodeCache(fileURLToPath(analyzeScript));
  process.exitCode = await script.exports.main(process.argv.slice(2));
  // The cache holds what this run compiled: worth writing after a lone text paper analysed in this
  // thread, not after a batch or a PDF analysed in worker threads, or a failed run (a cache without
  // the analysis, kept until the next build).
  const lonePaper = process.argv.slice(3).filter((arg) => /\.(txt|md)$/i.test(arg)).length === 1;
  if (lonePaper && process.exitCode === 0) script.save();
} else {
  const { main } = await import(new URL("../dist/diarium.mjs", import.meta.url).href);
  process.exitCode = await main(process.argv.slice(2));
}
