#!/usr/bin/env node
// The `diarium` command. Installed from the repository (`npm i -g ./packages/cli`) it rebuilds the
// bundle when a source is newer (as `pnpm diarium` does); installed from a packed tarball it runs
// the bundle it ships. CommonJS, as is all it loads for `diarium analyze`: Node's ES module loader
// would cost a lone paper ~10 ms more.
"use strict";
// V8's regexp flag first, before this thread and the workers run the rules (v8-flags.cjs says which
// and why). V8 keeps a code cache only under the flags it was made with (code-cache.cjs).
require("./v8-flags.cjs").setV8Flags();
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");

const dist = join(__dirname, "../dist");
// Only in a checkout of the repository: a packed install ships its bundle and no build scripts.
const scripts = join(__dirname, "../../../scripts");

async function run() {
  const analyze = process.argv[2] === "analyze";
  // A PDF among the operands: its reading worker starts first and loads pdf.js while this thread
  // checks the bundle (~15 ms: it stats the ~180 files it was built from) and loads the command
  // line and the analysis (dist/prestart.cjs, batch/prestart.ts in the sources).
  let prestarted = analyze ? prestartReader() : undefined;
  const staleCheck = join(scripts, "stale.cjs");
  if (existsSync(staleCheck) && require(staleCheck).bundleIsStale()) {
    // that worker runs the bundle being replaced: the pool starts a fresh one
    void prestarted?.worker.terminate();
    prestarted = undefined;
    try {
      const { buildBundle } = await import(pathToFileURL(join(scripts, "build.mjs")).href);
      await buildBundle();
    } catch (error) {
      // A source that does not compile (a checkout mid-change): one line, not esbuild's stack, and
      // the last bundle that was built runs if there is one.
      const first = error?.errors?.[0];
      const where = first?.location ? `${first.location.file}:${first.location.line}: ` : "";
      const reason = `${where}${first?.text ?? error?.message ?? error}`;
      if (!existsSync(join(dist, "diarium.mjs"))) {
        process.stderr.write(`diarium: E_BUILD: ${reason}\n`);
        process.exit(1);
      }
      process.stderr.write(`diarium: W_STALE_BUILD: the sources do not build (${reason}); running the last bundle built\n`);
    }
  }
  try {
    // `diarium analyze` runs from dist/analyze.cjs through V8's code cache (code-cache.cjs): one paper
    // starts ~60 ms sooner than from the ES module bundle, which Node 20 compiles afresh every run.
    const analyzeScript = join(dist, "analyze.cjs");
    if (analyze && existsSync(analyzeScript)) {
      const { loadWithCodeCache } = require("./code-cache.cjs");
      const script = loadWithCodeCache(analyzeScript);
      process.exitCode = await script.exports.main(process.argv.slice(2), { prestarted });
      // The cache holds what this run compiled: worth writing after a lone paper analysed in this thread
      // (a text, or a PDF whose pages a worker read), not after a batch analysed in worker threads, or
      // a failed run (a cache without the analysis, kept until the next build).
      const lonePaper = process.argv.slice(3).filter((arg) => /\.(txt|md|pdf)$/i.test(arg)).length === 1;
      if (lonePaper && process.exitCode === 0) script.save();
    } else {
      const { main } = await import(pathToFileURL(join(dist, "diarium.mjs")).href);
      process.exitCode = await main(process.argv.slice(2));
    }
  } finally {
    // no pool took it (a usage error, an output up to date, a text paper); a no-op when one did
    void prestarted?.worker.terminate();
  }
}

/** The reading worker for a PDF among `diarium analyze`'s operands (batch/prestart.ts), or undefined. */
function prestartReader() {
  const script = join(dist, "prestart.cjs");
  return existsSync(script) ? require(script).prestartReader(process.argv.slice(3), pathToFileURL(join(dist, "worker.cjs"))) : undefined;
}

run().catch((error) => {
  // main() answers every failure with a line and an exit code; this is for what escapes it.
  process.stderr.write(`diarium: E_INTERNAL: ${error?.message ?? error}\n`);
  process.exitCode = 1;
});
