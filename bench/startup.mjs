#!/usr/bin/env node
// Start-up benchmark: wall-clock time of the `diarium` command (packages/cli/bin/diarium.cjs, what
// `npm i -g ./packages/cli` installs) for one paper, `--help`, `pnpm diarium` for comparison, and
// bare `node -e 0` as this machine's floor; also the ES module bundle loaded alone (`node
// dist/diarium.mjs`, which only loads it) and `diarium analyze` run from that bundle, without the
// bin's V8 code cache (dist/analyze.cjs, bin/code-cache.cjs), as it ran before. Median and best of
// N runs, from the corpus folder, the cases taking turns so that a change in the machine's load
// falls on all of them; each median is also given as a multiple of `node -e 0`'s.
//
//   pnpm bench:startup                 # 11 runs each
//   pnpm bench:startup -- --runs 21
//   chrt -f 50 pnpm bench:startup      # on a busy shared machine: wall time that is not mostly waiting
//
// Figures are printed, never asserted (the goal: `diarium analyze one.txt` ≤ 0.35 s).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { bundleIsStale, buildBundle, bundlePath } from "../scripts/build.mjs";
import { benchArgs, describeMachine, summary } from "./machine.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ args: benchArgs(), options: { runs: { type: "string", default: "11" } } });
const runs = Number(values.runs);
const bin = join(root, "packages/cli/bin/diarium.cjs");
const corpus = join(root, "corpus");

if (bundleIsStale()) await buildBundle();
console.log(describeMachine());

/**
 * CPU seconds (user + system) of this process's finished children, from /proc (Linux): on a busy
 * machine wall time waits for the cores, CPU time does not.
 */
function childrenCpu() {
  const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /, "").split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100; // cutime, cstime in clock ticks (100/s)
}

/** Runs `argv` once from the corpus folder; its wall time and CPU time in seconds. */
function runOnce(argv) {
  const started = process.hrtime.bigint();
  const cpuBefore = childrenCpu();
  const run = spawnSync(argv[0], argv.slice(1), { cwd: corpus, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`${argv.join(" ")} exited ${run.status}: ${run.stderr}`);
  return { wall, cpu: childrenCpu() - cpuBefore };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/** `diarium analyze` from the ES module bundle, as the bin ran it before the code cache (with the bin's V8 flag, set first as the bin sets it). */
const fromBundle = `(await import(${JSON.stringify(pathToFileURL(join(root, "packages/cli/bin/v8-flags.cjs")).href)})).setV8Flags(); const { main } = await import(${JSON.stringify(pathToFileURL(bundlePath).href)}); process.exitCode = await main(process.argv.slice(1));`;

const cases = [
  ["node -e 0 (this machine's floor)", [process.execPath, "-e", "0"]],
  ["diarium --help", [process.execPath, bin, "--help"]],
  ["diarium analyze one.txt", [process.execPath, bin, "analyze", "stockholm-utlatande-2013-125.txt"]],
  ["diarium analyze one.txt --format summary", [process.execPath, bin, "analyze", "stockholm-utlatande-2013-125.txt", "--format", "summary"]],
  ["diarium analyze one.pdf", [process.execPath, bin, "analyze", "stockholm-utlatande-2013-125-print.pdf"]],
  ["node dist/diarium.mjs (loads the bundle)", [process.execPath, bundlePath, "--help"]],
  ["analyze one.txt from dist/diarium.mjs", [process.execPath, "--input-type=module", "-e", fromBundle, "analyze", "stockholm-utlatande-2013-125.txt"]],
  ["pnpm diarium analyze one.txt", ["pnpm", "--silent", "diarium", "analyze", "stockholm-utlatande-2013-125.txt"]],
];
const times = cases.map(() => ({ wall: [], cpu: [] }));
for (let i = 0; i <= runs; i++) {
  for (const [k, [, argv]] of cases.entries()) {
    const { wall, cpu } = runOnce(argv);
    // The first round warms the file cache (and writes the bin's code cache when it has none).
    if (i > 0) times[k].wall.push(wall), times[k].cpu.push(cpu);
  }
}
console.log(`start-up, ${runs} runs each, from corpus/ (load average ${loadavg()[0].toFixed(2)} on ${availableParallelism()} cores):`);
console.log(`  ${"".padEnd(42)} wall median / best   × node -e 0   CPU median`);
const floor = median(times[0].wall);
for (const [k, [label]] of cases.entries()) {
  const { wall, cpu } = times[k];
  console.log(`  ${label.padEnd(42)} ${median(wall).toFixed(3)} s / ${Math.min(...wall).toFixed(3)} s   ${(median(wall) / floor).toFixed(2).padStart(6)}×     ${median(cpu).toFixed(2)} s`);
}
summary("start-up: diarium analyze one.txt (median wall)", `${median(times[2].wall).toFixed(3)} s (${(median(times[2].wall) / floor).toFixed(2)}× node -e 0)`, "≤ 0.35 s");
