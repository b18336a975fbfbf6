// The machine a bench ran on, printed with its figures (they mean little without it), and the
// one-line summary rows that `pnpm bench` collects into its closing table.
import { availableParallelism, loadavg } from "node:os";
import { readFileSync } from "node:fs";

/** "2 cores (nproc), AMD EPYC, Node v20.20.2, load average 7.0 at start" */
export function describeMachine() {
  let cpu = "unknown CPU";
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  return `${availableParallelism()} cores (nproc), ${cpu}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at start`;
}

/** Prints a row for the closing table of `pnpm bench` (bench/run.mjs picks up lines starting "SUMMARY\t"). */
export function summary(measure, value, target) {
  console.log(`SUMMARY\t${measure}\t${value}\t${target}`);
}

/**
 * The bench's own arguments: `pnpm bench:x -- --runs 5` hands the script a bare "--" first, which
 * parseArgs would take for the end of the options.
 * @example parseArgs({ args: benchArgs(), options: { runs: { type: "string" } } })
 */
export function benchArgs() {
  return process.argv.slice(2).filter((arg) => arg !== "--");
}
