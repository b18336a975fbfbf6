#!/usr/bin/env node
// Bundles the CLI (and with it schema, parser and extractor) into packages/cli/dist/diarium.mjs.
// esbuild takes ~0.1 s, so `pnpm diarium` rebuilds whenever a source file is newer than the bundle.
import { build } from "esbuild";
import { readdirSync, statSync, existsSync, mkdirSync, writeFileSync, renameSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const bundlePath = join(root, "packages/cli/dist/diarium.mjs");

// Native or file-loading packages stay outside the bundle and load from packages/cli/node_modules.
const external = ["pdfjs-dist", "pdfjs-dist/*", "better-sqlite3"];

function newestSource(dir, newest = 0) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = newestSource(p, newest);
    else if (e.name.endsWith(".ts") || e.name.endsWith(".json")) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** True when the bundle is missing or older than any package source. */
export function bundleIsStale() {
  if (!existsSync(bundlePath)) return true;
  const built = statSync(bundlePath).mtimeMs;
  for (const pkg of readdirSync(join(root, "packages"))) {
    const src = join(root, "packages", pkg, "src");
    if (existsSync(src) && newestSource(src) > built) return true;
    const manifest = join(root, "packages", pkg, "package.json");
    if (existsSync(manifest) && statSync(manifest).mtimeMs > built) return true;
  }
  return false;
}

export async function buildBundle() {
  // Written to temp files and renamed into place: a CLI run (or a test) started while another
  // rebuilds imports the old or the new bundle, never a half-written one.
  const result = await build({
    write: false,
    entryPoints: { diarium: join(root, "packages/cli/src/main.ts") },
    outdir: join(root, "packages/cli/dist"),
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    external,
    sourcemap: "linked",
    logLevel: "warning",
    // Bundled CommonJS dependencies (natural's stemmer) call require(); give ESM one.
    banner: { js: "import { createRequire as __diariumRequire } from 'node:module'; const require = __diariumRequire(import.meta.url);" },
  });
  // The map first, so the bundle that names it never lands before it.
  const files = [...result.outputFiles].sort((a, b) => Number(b.path.endsWith(".map")) - Number(a.path.endsWith(".map")));
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    const temp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temp, file.contents);
    renameSync(temp, file.path);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await buildBundle();
  console.log(`built ${bundlePath}`);
}
