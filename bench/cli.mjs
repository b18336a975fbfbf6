// Running the real `diarium` CLI from a bench: wall time, exit code and peak RSS of the process.
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Runs `node scripts/diarium.mjs …args`; resolves with wall seconds, exit code, stderr, CPU seconds
 * and peak RSS in MB: VmHWM of the process (main thread and all worker threads), both read from
 * /proc while it runs (Linux).
 */
export function runCli(args) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(root, "scripts/diarium.mjs"), ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    let peakKb = 0;
    let cpuTicks = 0;
    const poll = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
        // utime and stime of all its threads (fields 14 and 15, after the parenthesised name)
        const line = readFileSync(`/proc/${child.pid}/stat`, "utf8");
        const stat = line.slice(line.lastIndexOf(")") + 2).split(" ");
        cpuTicks = Math.max(cpuTicks, Number(stat[11]) + Number(stat[12]));
      } catch {
        // the process has just exited
      }
    }, 50);
    child.on("exit", (code) => {
      clearInterval(poll);
      // CPU seconds as last seen (up to 50 ms short; clock ticks are 1/100 s on Linux)
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, code, peakMb: peakKb / 1024, cpuSeconds: cpuTicks / 100, stderr });
    });
  });
}

/** How many analyses (.json files) a folder holds, at any depth. */
export const countJson = (dir) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".json")).length;
