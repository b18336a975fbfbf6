// Running the real `diarium` CLI from a bench: wall time, exit code and peak RSS of the process.
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Runs `node scripts/diarium.mjs …args`; resolves with wall seconds, exit code, stderr and peak RSS
 * in MB: VmHWM of the process (main thread and all worker threads), read from /proc while it runs (Linux).
 */
export function runCli(args) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(root, "scripts/diarium.mjs"), ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    let peakKb = 0;
    const poll = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch {
        // the process has just exited
      }
    }, 50);
    child.on("exit", (code) => {
      clearInterval(poll);
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, code, peakMb: peakKb / 1024, stderr });
    });
  });
}

/** How many analyses (.json files) a folder holds, at any depth. */
export const countJson = (dir) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".json")).length;
