#!/usr/bin/env node
// `pnpm pack:all [--out DIR]`: builds every package to JavaScript with .d.ts types and packs it, so
// that the tarballs install and run on plain Node 20 without this checkout.
//
// In the workspace each package's `exports` points at its TypeScript sources (tests, vitest, tsx
// and `pnpm diarium` run from source, with nothing to build first); `publishConfig` names what the
// packed package exports instead, `{ types: ./dist/index.d.ts, import: ./dist/index.js }`, and
// `pnpm pack` writes it into the tarball's manifest with `workspace:*` and `catalog:` versions
// resolved (`npm pack` knows neither, so the packing is pnpm's).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildBundle } from "./build.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
/** In dependency order: each is compiled against the declarations of the ones before it. */
export const PACKAGES = ["schema", "parser", "extractor", "cli"];
/** Where each package's compiled library goes (the CLI's dist also holds its esbuild bundle). */
const LIB_DIR = { schema: "dist", parser: "dist", extractor: "dist", cli: "dist/lib" };

/** A relative module specifier ending in .ts in a declaration file: `from "../batch/failure.ts"`. */
const TS_SPECIFIER = /((?:from|import)\s*\(?\s*["'])(\.{1,2}\/[^"']+)\.ts(["'])/g;

function run(command, args, cwd) {
  const r = spawnSync(command, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} (in ${cwd}) exited ${r.status}\n${r.stdout}`);
  return r.stdout;
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/**
 * Compiles one package with tsc (`packages/<name>/tsconfig.build.json`). tsc rewrites the
 * sources' `./x.ts` imports to `./x.js` in JavaScript but keeps them in declarations, so those are
 * rewritten here; the CLI's declarations get the typings of its two untyped dependencies.
 */
export function compilePackage(name) {
  const dir = join(root, "packages", name);
  const lib = join(dir, LIB_DIR[name]);
  rmSync(lib, { recursive: true, force: true });
  const tsc = createRequire(join(root, "package.json")).resolve("typescript/bin/tsc");
  run(process.execPath, [tsc, "-p", "tsconfig.build.json"], dir);
  for (const file of filesUnder(lib).filter((f) => f.endsWith(".d.ts"))) {
    writeFileSync(file, readFileSync(file, "utf8").replace(TS_SPECIFIER, "$1$2.js$3"));
  }
  if (name === "cli") {
    mkdirSync(join(lib, "types"), { recursive: true });
    copyFileSync(join(dir, "src/types/vendor.d.ts"), join(lib, "types/vendor.d.ts"));
    const index = join(lib, "src/index.d.ts");
    writeFileSync(index, `/// <reference path="../types/vendor.d.ts" />\n${readFileSync(index, "utf8")}`);
  }
}

/**
 * Builds and packs every package into `out`; returns the tarballs' paths in dependency order.
 * @example await packAll("/tmp/packs") // ["/tmp/packs/diarium-schema-0.1.0.tgz", …, "/tmp/packs/diarium-cli-0.1.0.tgz"]
 */
export async function packAll(out) {
  mkdirSync(out, { recursive: true });
  const unlock = await lockPacking();
  try {
    for (const name of PACKAGES) compilePackage(name);
    await buildBundle();
    return packEach(out);
  } finally {
    unlock();
  }
}

/**
 * Packing rewrites every package's dist: two runs at once on one checkout (a test and
 * `pnpm pack:check`) take turns through a lock folder; one left by a killed run is taken over
 * after ten minutes.
 */
async function lockPacking() {
  const lock = join(root, "dist/.pack-lock");
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch {
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

function packEach(out) {
  return PACKAGES.map((name) => {
    const printed = run("pnpm", ["pack", "--pack-destination", out], join(root, "packages", name));
    const tarball = printed.split("\n").map((l) => l.trim()).find((l) => l.endsWith(".tgz"));
    if (!tarball) throw new Error(`pnpm pack of ${name} named no tarball:\n${printed}`);
    if (name === "cli") dropStaleChunks(resolve(out, tarball));
    return resolve(out, tarball);
  });
}

/** A relative import of the bundle: `from "./chunks/chunk-ABC.mjs"`, `import("./query-XYZ.mjs")`. */
const BUNDLE_IMPORT = /["'](\.\/(?:chunks\/)?[\w-]+\.mjs)["']/g;

/**
 * The bundle keeps the chunks of earlier builds for an hour (a run may still load them), and
 * `files` cannot tell them apart: the CLI's tarball is unpacked, every chunk the two entries do
 * not reach is dropped, and it is packed again.
 */
function dropStaleChunks(tarball) {
  const stage = mkdtempSync(join(tmpdir(), "diarium-pack-"));
  try {
    run("tar", ["-xzf", tarball, "-C", stage], stage);
    const dist = join(stage, "package/dist");
    const reached = new Set();
    const visit = (file) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const m of readFileSync(file, "utf8").matchAll(BUNDLE_IMPORT)) visit(resolve(dirname(file), m[1]));
    };
    visit(join(dist, "diarium.mjs"));
    for (const chunk of readdirSync(join(dist, "chunks"))) if (!reached.has(join(dist, "chunks", chunk))) rmSync(join(dist, "chunks", chunk));
    run("tar", ["-czf", tarball, "-C", stage, "package"], stage);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const at = process.argv.indexOf("--out");
  const out = resolve(process.env.INIT_CWD ?? process.cwd(), at > 0 ? process.argv[at + 1] : join(root, "dist/packages"));
  for (const tarball of await packAll(out)) console.log(tarball);
}
