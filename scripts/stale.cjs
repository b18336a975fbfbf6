// Whether packages/cli/dist is older than what it was built from. CommonJS, so that the `diarium`
// bin (itself CommonJS: Node's ES module loader costs a lone paper ~10 ms more) asks it before each
// command without loading scripts/build.mjs, which builds.
"use strict";
const { existsSync, readFileSync, statSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const dist = join(root, "packages/cli/dist");
const bundlePath = join(dist, "diarium.mjs");
const analyzeScriptPath = join(dist, "analyze.cjs");
/** The files the bundle was built from (relative to the root), written by each build. */
const inputsPath = join(dist, "inputs.json");

/**
 * True when the bundle is missing or older than a file it was built from: a source esbuild read,
 * a package manifest, or the build script. Only those are looked at (dist/inputs.json, written by
 * the build), not every folder of the packages: the check runs before each `diarium` command.
 * `at`: the checkout to look at (a test's copy; this one when left out).
 */
function bundleIsStale(at = root) {
  const dir = join(at, "packages/cli/dist");
  const built = statSync(join(dir, "diarium.mjs"), { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined || !["worker.cjs", "analyze.cjs", "prestart.cjs"].every((name) => existsSync(join(dir, name)))) return true;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(join(dir, "inputs.json"), "utf8"));
  } catch {
    return true;
  }
  return !Array.isArray(inputs) || inputs.some((rel) => !((statSync(join(at, rel), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) <= built));
}

module.exports = { root, dist, bundlePath, analyzeScriptPath, inputsPath, bundleIsStale };
