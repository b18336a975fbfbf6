import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { hasShared, isSharedPaper, paperPath } from "../../../test/shared.ts";

export const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
/** A paper by its corpus name: the project's corpus/, or ../shared/corpus for "real/…" (read in place, never copied into the project). */
export const corpus = (name: string): string => paperPath(name);
export { hasShared, noteSkipped } from "../../../test/shared.ts";

/** Builds the bundle once even when test files run in parallel (a lock folder serialises them). */
export async function ensureBundle(): Promise<void> {
  const lock = join(root, "packages/cli/dist/.build-lock");
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    const build = (await import(pathToFileURL(join(root, "scripts/build.mjs")).href)) as { bundleIsStale(): boolean; buildBundle(): Promise<void> };
    if (build.bundleIsStale()) await build.buildBundle();
  } finally {
    if (existsSync(lock)) rmdirSync(lock);
  }
}

/**
 * Runs the real CLI (`node scripts/diarium.mjs …`) from the repo root; with `timeoutMs`, a run that
 * has not ended by then is killed. A run ended by a signal throws, naming it: a crash (or a run
 * that would not end) leaves no line on stderr for a test to show.
 */
export function diarium(args: string[], options: { input?: string | Buffer; cwd?: string; timeoutMs?: number } = {}): SpawnSyncReturns<string> {
  const run = spawnSync(process.execPath, [join(root, "scripts/diarium.mjs"), ...args], {
    cwd: options.cwd ?? root,
    encoding: "utf8",
    input: options.input,
    maxBuffer: 256 * 1024 * 1024,
    ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
  });
  if (run.signal !== null) throw new Error(`diarium ${args.join(" ")}: ended by ${run.signal}; stderr: ${run.stderr}`);
  return run;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `diarium-${prefix}-`));
}

/** Copies a corpus paper to `dir/rel`, creating folders; a paper of ../shared is left out where it is absent. */
export function place(dir: string, rel: string, paper: string): string {
  const target = join(dir, rel);
  mkdirSync(dirname(target), { recursive: true });
  if (!hasShared && isSharedPaper(paper)) return target;
  copyFileSync(corpus(paper), target);
  return target;
}

/** `path: E_CODE: message` — the one-line failure form. */
export const FAILURE_LINE = /^(?<path>.+): (?<code>E_[A-Z_]+): (?<message>.+)$/;
