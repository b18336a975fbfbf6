#!/usr/bin/env node
// `pnpm bench`: every benchmark in turn (text throughput, PDF reading, batch throughput); each
// prints its figures, and this script closes with a table of the rows they mark "SUMMARY".
// Smaller runs: TEXT_PAPERS=200 TEXT_LARGE=8 REPEATS=1 PDF_DEV=0 pnpm bench -- --files 100 --big 0
// (arguments after -- go to bench/batch.mjs).
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describeMachine } from "./machine.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const machine = describeMachine();
const rows = [];
let failed = 0;

/** Runs one bench script, echoing its output and keeping its summary rows. */
function runScript(script, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(here, script), ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let pending = "";
    child.stdout.on("data", (chunk) => {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop();
      for (const line of lines) {
        if (line.startsWith("SUMMARY\t")) rows.push(line.split("\t").slice(1));
        else console.log(line);
      }
    });
    child.on("exit", (code) => resolve(code));
  });
}

const started = Date.now();
for (const [script, args] of [["text.mjs", []], ["pdf.mjs", []], ["batch.mjs", process.argv.slice(2)]]) {
  console.log(`\n== bench/${script}`);
  if ((await runScript(script, args)) !== 0) failed++;
}
console.log(`\n== summary (${((Date.now() - started) / 60000).toFixed(1)} min) on ${machine}`);
const width = [0, 1, 2].map((k) => Math.max(["measure", "value", "target"][k].length, ...rows.map((r) => r[k].length)));
const line = (r) => `  ${r[0].padEnd(width[0])}  ${r[1].padEnd(width[1])}  ${r[2]}`;
console.log(line(["measure", "value", "target"]));
for (const r of rows) console.log(line(r));
process.exitCode = failed ? 1 : 0;
