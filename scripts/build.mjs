#!/usr/bin/env node
// Bundles the CLI (and with it schema, parser and extractor) into packages/cli/dist: diarium.mjs
// (the command line) and its chunks, so that each command loads only what it runs; analyze.cjs
// (`diarium analyze` as one classic script, which the bin compiles with V8's code cache),
// worker.cjs (the worker threads, compiled the same way) and pdf.js as one script for them.
// esbuild takes ~0.1 s, so `pnpm diarium` and the `diarium` bin rebuild whenever a source file is
// newer than the bundle.
import { readdirSync, readFileSync, statSync, existsSync, mkdirSync, writeFileSync, renameSync, rmSync } from "node:fs";
import { join, dirname, basename, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import stale from "./stale.cjs";

// The paths and the staleness check live in stale.cjs, which the bin reads without this module.
const { root, dist, inputsPath } = stale;
export const { bundlePath, analyzeScriptPath, bundleIsStale } = stale;

// Native or file-loading packages stay outside the bundle and load from packages/cli/node_modules;
// pg and pg-boss too, heavy and loaded only by the PostgreSQL commands.
const external = ["pdfjs-dist", "pdfjs-dist/*", "better-sqlite3", "pg", "pg-boss"];

/**
 * The paper a lone PDF's command analyses while its worker reads (warmUp in batch/run.ts), copied
 * to dist/warm-up.txt: a corpus paper that reaches most rules.
 */
const WARM_UP_PAPER = "corpus/stockholm-utlatande-2013-125.txt";

/** The workspace files of the builds' inputs (not node_modules), the manifests and the build scripts. */
function inputsOf(...results) {
  // not node_modules, nor a plugin's virtual module ("lazy-builtin:child_process")
  const sources = results.flatMap((r) => Object.keys(r.metafile.inputs)).filter((p) => !p.includes("node_modules/") && !/^[\w-]+:/.test(p));
  const manifests = readdirSync(join(root, "packages")).map((pkg) => `packages/${pkg}/package.json`).filter((p) => existsSync(join(root, p)));
  return [...new Set([...sources, ...manifests, relative(root, fileURLToPath(import.meta.url)), "scripts/stale.cjs"])].sort();
}

/**
 * zod's classic API re-exports all its ~60 message locales (`z.locales`), which a bundle cannot
 * shake off; diarium configures English only, so the others are left out (a third of the bundle's
 * code, parsed by every run and every worker).
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: 'export { default as en } from "./en.js";', loader: "js" }));
  },
};

/**
 * commander requires node:child_process when it loads, for subcommands that are executables of
 * their own (diarium has none), and with it net, dgram and streams: ~3-5 ms of every start. It gets
 * the module through a proxy that requires it on first use instead.
 */
const commanderLazyChildProcess = {
  name: "commander-lazy-child-process",
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: "child_process", namespace: "lazy-builtin" } : undefined));
    build.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, () => ({
      contents: 'let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require("node:child_process"))[key] });',
      loader: "js",
    }));
  },
};

/**
 * The other commands stay out of analyze.cjs (they run from diarium.mjs), so that their modules
 * need not work as CommonJS: their lazy imports are left as they are, never reached.
 */
const otherCommandsOut = {
  name: "other-commands-out",
  setup(build) {
    build.onResolve({ filter: /^\.\/commands\// }, (args) => (args.path === "./commands/analyze.ts" ? undefined : { path: args.path, external: true }));
  },
};

/**
 * dist/analyze.cjs: the command line as one classic (CommonJS) script, for `diarium analyze`, and
 * dist/worker.cjs, the worker threads' (batch/worker.ts), which spawn.ts starts the same way.
 * Node 20 keeps no compiled code of ES modules between runs, but a script compiled through
 * vm.Script takes V8's code cache (packages/cli/bin/code-cache.cjs): a lone paper starts without
 * compiling the analysis again. `import.meta.url` is the script's own URL. And dist/prestart.cjs,
 * which the bin loads first to start a PDF's reading worker (batch/prestart.ts).
 */
function buildAnalyzeScript(build) {
  return build({
    write: false,
    entryPoints: { analyze: join(root, "packages/cli/src/main.ts"), prestart: join(root, "packages/cli/src/batch/prestart.ts"), worker: join(root, "packages/cli/src/worker-entry.ts") },
    outdir: dist,
    outExtension: { ".js": ".cjs" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external,
    plugins: [zodEnglishOnly, commanderLazyChildProcess, otherCommandsOut],
    sourcemap: "linked",
    metafile: true,
    absWorkingDir: root,
    logLevel: "warning",
    define: { "import.meta.url": "__diariumModuleUrl" },
    // without comments and indentation: a quarter less to read, hash and hold each run (the map keeps the lines)
    minifyWhitespace: true,
    // The sources are ES modules, strict throughout: the directive comes first, before the URL.
    banner: { js: '"use strict";\nconst __diariumModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
}

/** pdf.js's library and worker file as one classic script, for the workers (batch/pdfjs.ts; spawn.ts checks its version line). */
const pdfJsScriptPath = join(dist, "pdfjs-dist.cjs");
/** The script's second line: what this build changes in pdf.js (fontNamesInTextStyles). A script without it is built again. */
const PDFJS_CHANGES = "// text content styles carry fontName (scripts/build.mjs, fontNamesInTextStyles)";

/**
 * The one change made to pdf.js's code: each style of a page's text content also names its font
 * (`fontName: "ABCDEF+Arial-BoldMT"`, the name the font's own data carries), beside pdf.js's CSS
 * family. The reader needs the name to see a bold face, and pdf.js otherwise sends it only with a
 * page's operator list, whose building costs a quarter to two fifths of reading the text on the
 * development set's PDFs. The reader takes the name from either (parser/src/pdf/read.ts), so a
 * pdf.js without the change reads the same, only slower. A pdf.js whose code no longer has the
 * line this changes fails the build, naming it.
 */
const fontNamesInTextStyles = {
  name: "font-names-in-text-styles",
  setup(b) {
    b.onLoad({ filter: /[\\/]pdf\.worker\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const line = "fontFamily: font.fallbackName,";
      const at = source.indexOf(line);
      if (at < 0 || source.indexOf(line, at + 1) >= 0) {
        throw new Error(`${args.path}: pdf.js's text-content style (one "${line}") is not where scripts/build.mjs's fontNamesInTextStyles looks for it; update the change for this pdf.js`);
      }
      return { contents: `${source.slice(0, at)}fontName: font.name, ${source.slice(at)}`, loader: "js" };
    });
  },
};

/**
 * dist/pdfjs-dist.cjs: pdf.js's two files (the library and its worker file) as one CommonJS script,
 * which the CLI's workers compile through V8's code cache, as the bin does analyze.cjs: each worker
 * that reads a PDF compiled the two ES modules afresh (~120-170 ms). It is pdf.js's code unchanged
 * but for the module syntax and fontNamesInTextStyles; `import.meta.url` is the installed pdf.mjs's
 * URL, so that what pdf.js resolves from there resolves as before. Its first line names the
 * pdfjs-dist version it was built from: a worker runs it only when that is the version installed,
 * and this build skips it when it is and the second line names this build's change (esbuild takes
 * ~0.5 s over pdf.js, which changes only with the package).
 */
function buildPdfJsScript(build) {
  const requireHere = createRequire(join(root, "packages/cli/package.json"));
  const { version } = requireHere("pdfjs-dist/package.json");
  const header = `// pdfjs-dist ${version}`;
  if (existsSync(pdfJsScriptPath) && readFileSync(pdfJsScriptPath, "utf8").startsWith(`${header}\n${PDFJS_CHANGES}\n`)) return Promise.resolve({ outputFiles: [], metafile: { inputs: {} } });
  return build({
    write: false,
    stdin: { contents: 'export * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs"; import "pdfjs-dist/legacy/build/pdf.worker.mjs";', resolveDir: join(root, "packages/cli"), loader: "js" },
    outfile: pdfJsScriptPath,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    metafile: true,
    logLevel: "warning",
    minifyWhitespace: true,
    define: { "import.meta.url": "__pdfJsModuleUrl" },
    plugins: [fontNamesInTextStyles],
    banner: { js: `${header}\n${PDFJS_CHANGES}\n"use strict";\nconst __pdfJsModuleUrl = require("node:url").pathToFileURL(require.resolve("pdfjs-dist/legacy/build/pdf.mjs")).href;` },
  });
}

/** Builds dist/diarium.mjs and its chunks, dist/analyze.cjs, dist/worker.cjs and dist/prestart.cjs, and dist/pdfjs-dist.cjs when it is out of date. */
export async function buildBundle() {
  // esbuild is loaded only to build: a run with a fresh bundle never pays for it.
  const { build } = await import("esbuild");
  const [result, script, pdfJs] = await Promise.all([
    build({
      write: false,
      entryPoints: { diarium: join(root, "packages/cli/src/main.ts") },
      outdir: dist,
      outExtension: { ".js": ".mjs" },
      chunkNames: "chunks/[name]-[hash]",
      bundle: true,
      splitting: true,
      platform: "node",
      target: "node20",
      format: "esm",
      external,
      plugins: [zodEnglishOnly, commanderLazyChildProcess],
      sourcemap: "linked",
      metafile: true,
      absWorkingDir: root, // the metafile's paths are the root's
      logLevel: "warning",
      // Bundled CommonJS dependencies (natural's stemmer) call require(); give ESM one.
      banner: { js: "import { createRequire as __diariumRequire } from 'node:module'; const require = __diariumRequire(import.meta.url);" },
    }),
    buildAnalyzeScript(build),
    buildPdfJsScript(build),
  ]);
  // Written to temp files and renamed into place, chunks (content-hashed names) and maps first and
  // the entries last: a run started while another rebuilds imports the old or the new bundle,
  // never a half-written one.
  const rank = (path) => (path.endsWith(".map") || path === inputsPath ? 0 : path.includes("/chunks/") ? 1 : 2);
  const inputs = { path: inputsPath, contents: Buffer.from(JSON.stringify([...inputsOf(result, script), WARM_UP_PAPER].sort(), null, 1) + "\n") };
  const warmUp = { path: join(dist, "warm-up.txt"), contents: readFileSync(join(root, WARM_UP_PAPER)) };
  const files = [inputs, warmUp, ...result.outputFiles, ...script.outputFiles, ...pdfJs.outputFiles].sort((a, b) => rank(a.path) - rank(b.path));
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    const temp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temp, file.contents);
    renameSync(temp, file.path);
  }
  sweepOldChunks(new Set(files.map((f) => basename(f.path))));
}

/** Chunks of earlier builds, once no run could still be loading them (an hour old). */
function sweepOldChunks(current) {
  const chunks = join(dist, "chunks");
  for (const name of existsSync(chunks) ? readdirSync(chunks) : []) {
    const p = join(chunks, name);
    if (!current.has(name) && Date.now() - statSync(p).mtimeMs > 3_600_000) rmSync(p, { force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await buildBundle();
  console.log(`built ${bundlePath}`);
}
