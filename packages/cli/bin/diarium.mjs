#!/usr/bin/env node
// The `diarium` command. Installed from the repository (`npm i -g ./packages/cli`) it rebuilds the
// bundle when a source is newer (as `pnpm diarium` does); installed from a packed tarball it runs
// the bundle it ships.
import { existsSync } from "node:fs";

const build = new URL("../../../scripts/build.mjs", import.meta.url);
if (existsSync(build)) {
  const { bundleIsStale, buildBundle } = await import(build.href);
  if (bundleIsStale()) await buildBundle();
}
const { main } = await import(new URL("../dist/diarium.mjs", import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
