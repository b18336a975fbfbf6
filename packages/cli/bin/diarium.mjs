#!/usr/bin/env node
// The `diarium` command. Installed from the repository (`npm i -g ./packages/cli`) it rebuilds the
// bundle when a source is newer (as `pnpm diarium` does); installed from a packed tarball it runs
// the bundle it ships.
import { existsSync } from "node:fs";

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
const { main } = await import(new URL("../dist/diarium.mjs", import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
