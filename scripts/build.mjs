#!/usr/bin/env node
// Bundles the CLI (and with it schema, parser and extractor) into packages/cli/dist: diarium.mjs
// (the command line), worker.mjs (the analysis workers) and shared chunks, so that each loads only
// what it runs. esbuild takes ~0.1 s, so `pnpm diarium` and the `diarium` bin rebuild whenever a
// source file is newer than the bundle.
import { readdirSync, statSync, existsSync, mkdirSync, writeFileSync, renameSync, rmSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "packages/cli/dist");
export const bundlePath = join(dist, "diarium.mjs");

// Native or file-loading packages stay outside the bundle and load from packages/cli/node_modules;
// pg and pg-boss too, heavy and loaded only by the PostgreSQL commands.
const external = ["pdfjs-dist", "pdfjs-dist/*", "better-sqlite3", "pg", "pg-boss"];

function newestSource(dir, newest = 0) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = newestSource(p, newest);
    else if (e.name.endsWith(".ts") || e.name.endsWith(".json")) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** True when the bundle is missing or older than any package source (or this script). */
export function bundleIsStale() {
  if (!existsSync(bundlePath) || !existsSync(join(dist, "worker.mjs"))) return true;
  const built = statSync(bundlePath).mtimeMs;
  if (statSync(fileURLToPath(import.meta.url)).mtimeMs > built) return true;
  for (const pkg of readdirSync(join(root, "packages"))) {
    const src = join(root, "packages", pkg, "src");
    if (existsSync(src) && newestSource(src) > built) return true;
    const manifest = join(root, "packages", pkg, "package.json");
    if (existsSync(manifest) && statSync(manifest).mtimeMs > built) return true;
  }
  return false;
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

/** Builds dist/diarium.mjs, dist/worker.mjs and their chunks. */
export async function buildBundle() {
  // esbuild is loaded only to build: a run with a fresh bundle never pays for it.
  const { build } = await import("esbuild");
  const result = await build({
    write: false,
    entryPoints: { diarium: join(root, "packages/cli/src/main.ts"), worker: join(root, "packages/cli/src/worker-entry.ts") },
    outdir: dist,
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    platform: "node",
    target: "node20",
    format: "esm",
    external,
    plugins: [zodEnglishOnly],
    sourcemap: "linked",
    logLevel: "warning",
    // Bundled CommonJS dependencies (natural's stemmer) call require(); give ESM one.
    banner: { js: "import { createRequire as __diariumRequire } from 'node:module'; const require = __diariumRequire(import.meta.url);" },
  });
  // Written to temp files and renamed into place, chunks (content-hashed names) and maps first and
  // the two entries last: a run started while another rebuilds imports the old or the new bundle,
  // never a half-written one.
  const rank = (path) => (path.endsWith(".map") ? 0 : path.includes("/chunks/") ? 1 : 2);
  const files = [...result.outputFiles].sort((a, b) => rank(a.path) - rank(b.path));
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
