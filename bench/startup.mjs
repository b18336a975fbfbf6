#!/usr/bin/env node
// Start-up benchmark: wall-clock time of the `diarium` command (packages/cli/bin/diarium.mjs, what
// `npm i -g ./packages/cli` installs) for one paper, `--help`, `pnpm diarium` for comparison, and
// bare `node -e 0` as this machine's floor. Median and best of N runs, from the corpus folder.
//
//   pnpm bench:startup                 # 11 runs each
//   pnpm bench:startup -- --runs 21
//
// Figures are printed, never asserted (the goal: `diarium analyze one.txt` ≤ 0.35 s).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bundleIsStale, buildBundle } from "../scripts/build.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { runs: { type: "string", default: "11" } } });
const runs = Number(values.runs);
const bin = join(root, "packages/cli/bin/diarium.mjs");
const corpus = join(root, "corpus");

if (bundleIsStale()) await buildBundle();

/**
 * CPU seconds (user + system) of this process's finished children, from /proc (Linux): on a busy
 * machine wall time waits for the cores, CPU time does not.
 */
function childrenCpu() {
  const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /, "").split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100; // cutime, cstime in clock ticks (100/s)
}

/** Median and best wall time, and median CPU time, in seconds of `argv` run `runs` times (after one warm-up). */
function time(argv) {
  const seconds = [];
  const cpu = [];
  for (let i = 0; i <= runs; i++) {
    const started = process.hrtime.bigint();
    const cpuBefore = childrenCpu();
    const run = spawnSync(argv[0], argv.slice(1), { cwd: corpus, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    if (run.status !== 0) throw new Error(`${argv.join(" ")} exited ${run.status}: ${run.stderr}`);
    if (i > 0) seconds.push(elapsed), cpu.push(childrenCpu() - cpuBefore);
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return { median: median(seconds), best: Math.min(...seconds), cpu: median(cpu) };
}

const cases = [
  ["node -e 0 (this machine's floor)", [process.execPath, "-e", "0"]],
  ["diarium --help", [process.execPath, bin, "--help"]],
  ["diarium analyze one.txt", [process.execPath, bin, "analyze", "stockholm-utlatande-2013-125.txt"]],
  ["diarium analyze one.txt --format summary", [process.execPath, bin, "analyze", "stockholm-utlatande-2013-125.txt", "--format", "summary"]],
  ["diarium analyze one.pdf", [process.execPath, bin, "analyze", "stockholm-utlatande-2013-125-print.pdf"]],
  ["pnpm diarium analyze one.txt", ["pnpm", "--silent", "diarium", "analyze", "stockholm-utlatande-2013-125.txt"]],
];
console.log(`start-up, ${runs} runs each, from corpus/ (load average ${loadavg()[0].toFixed(2)} on ${availableParallelism()} cores):`);
console.log(`  ${"".padEnd(42)} wall median / best    CPU median`);
for (const [label, argv] of cases) {
  const { median, best, cpu } = time(argv);
  console.log(`  ${label.padEnd(42)} ${median.toFixed(3)} s / ${best.toFixed(3)} s    ${cpu.toFixed(2)} s`);
}
