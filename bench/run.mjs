#!/usr/bin/env node
// `pnpm bench`: every benchmark in turn (PDF reading, then batch throughput); each prints its figures.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
let failed = 0;
for (const script of ["pdf.mjs", "batch.mjs"]) {
  console.log(`\n== bench/${script}`);
  const run = spawnSync(process.execPath, [join(here, script), ...process.argv.slice(2)], { stdio: "inherit" });
  if (run.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
