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
      // A source that does not compile (a checkout mid-change): one line, not esbuild's stack.
      const first = error?.errors?.[0];
      const where = first?.location ? `${first.location.file}:${first.location.line}: ` : "";
      process.stderr.write(`diarium: E_BUILD: ${where}${first?.text ?? error?.message ?? error}\n`);
      process.exit(1);
    }
  }
}
const { main } = await import(new URL("../dist/diarium.mjs", import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
