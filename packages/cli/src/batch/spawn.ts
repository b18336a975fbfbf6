import { closeSync, openSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

/** Marks a worker thread started from the CLI bundle (see worker-entry.ts). */
export const WORKER_MARK = "diarium-analyze-worker";

/** How often a worker reports what it holds (ms); the pool checks the process's memory as often. */
export const REPORT_EVERY_MS = 100;

/** --max-memory when it is not given: MB per worker, its heap and pdf.js's buffers together. */
export const DEFAULT_MAX_MEMORY_MB = 2048;

/**
 * The classic scripts a bundled worker runs through V8's code cache: its own (dist/worker.cjs),
 * pdf.js's (dist/pdfjs-dist.cjs, null when it is missing or was built from another pdfjs-dist than
 * the one installed), and the bin's code-cache loader that compiles them.
 */
export type CompiledScripts = { worker: string; codeCache: string; pdfJs: string | null };

/** What a worker is told as it starts (its workerData). */
export type WorkerStart = {
  mark: typeof WORKER_MARK;
  reportEveryMs: number;
  /** Load pdf.js and the reader at once, before the first task comes (a worker started for a PDF). */
  preloadPdf: boolean;
  /** The scripts of a bundled worker, or null: the sources run unbundled, as modules. */
  compiled: CompiledScripts | null;
};

/**
 * How a bundled worker starts: the bin's loader compiles dist/worker.cjs through its code cache (a
 * worker of the ES module bundle compiled its modules afresh each time, ~40-60 ms of its start) and
 * the script serves tasks, writing the cache after its first when none fitted. Without pdf.js's
 * script the worker imports pdfjs-dist, which a script compiled through vm may do only under an
 * experimental loader option that Node warns of on stderr: it is then required as a plain module.
 */
const START_COMPILED = `"use strict";
const { workerData: { compiled } } = require("node:worker_threads");
const script = compiled.pdfJs ? require(compiled.codeCache).loadWithCodeCache(compiled.worker) : { exports: require(compiled.worker) };
script.exports.serve(script.save);`;

/**
 * A worker thread running `entry` (dist/worker.cjs, or worker-entry.ts unbundled), its heap held to
 * a budget of `memoryMb` (heapLimits); with `preloadPdf` it loads pdf.js and the reader as it starts.
 * @example const worker = startWorker(new URL("./worker.cjs", import.meta.url), 2048)
 */
export function startWorker(entry: URL, memoryMb: number, preloadPdf = false): Worker {
  const compiled = compiledScripts(entry);
  const options = {
    workerData: { mark: WORKER_MARK, reportEveryMs: REPORT_EVERY_MS, preloadPdf, compiled } satisfies WorkerStart,
    resourceLimits: heapLimits(memoryMb),
    stdout: false,
    stderr: false,
  };
  return compiled ? new Worker(START_COMPILED, { ...options, eval: true }) : new Worker(entry, options);
}

/**
 * The scripts of a bundled worker entry (dist/worker.cjs): itself, the bin's code-cache loader and
 * pdf.js's script beside it when that fits; null for an entry that is not the bundle's script (the
 * sources run unbundled).
 */
function compiledScripts(entry: URL): CompiledScripts | null {
  if (entry.protocol !== "file:" || !entry.pathname.endsWith(".cjs")) return null;
  const pdfJs = fileURLToPath(new URL("./pdfjs-dist.cjs", entry));
  return { worker: fileURLToPath(entry), codeCache: fileURLToPath(new URL("../bin/code-cache.cjs", entry)), pdfJs: builtFromInstalled(pdfJs) ? pdfJs : null };
}

/**
 * True when pdf.js's script was built from the pdfjs-dist installed beside it: its first line,
 * `// pdfjs-dist 5.6.205`, names the version (scripts/build.mjs). False when it is missing.
 */
function builtFromInstalled(script: string): boolean {
  try {
    const { version } = createRequire(script)("pdfjs-dist/package.json") as { version: string };
    const fd = openSync(script, "r");
    try {
      const head = Buffer.alloc(100);
      const n = readSync(fd, head, 0, head.length, 0);
      return head.subarray(0, n).toString("latin1").split("\n", 1)[0] === `// pdfjs-dist ${version}`;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * A worker the `diarium` bin started before it loaded the command line (prestart.ts), for the
 * first pool it fits. `gone` is set when it failed or exited before a pool took it.
 */
export type Prestarted = { worker: Worker; entry: string; memoryMb: number; gone: boolean };

/**
 * The prestarted worker for a pool of `entry` workers with `memoryMb` each, or undefined (none, one
 * started for other limits, or one already gone: stopped, and the pool starts its own).
 * @example takePrestarted(prestarted, entry, 2048) // the worker, listening for nothing yet
 */
export function takePrestarted(prestarted: Prestarted | undefined, entry: URL, memoryMb: number): Worker | undefined {
  if (!prestarted) return undefined;
  const { worker } = prestarted;
  if (prestarted.gone || prestarted.entry !== entry.href || prestarted.memoryMb !== memoryMb) {
    stopWorker(worker);
    return undefined;
  }
  worker.removeAllListeners();
  worker.ref();
  return worker;
}

/**
 * Stops a worker whose results nobody waits for any more: its listeners go (a message or an exit
 * after this is nobody's), and an error while it stops is dropped.
 * @example stopWorker(slot.worker)
 */
export function stopWorker(worker: Worker): void {
  worker.removeAllListeners();
  worker.on("error", () => undefined);
  void worker.terminate();
}

/**
 * A worker's heap limits for a budget of `memoryMb`: the young generation (V8's default for a large
 * heap is 3 × 16 MB) and the old one share the budget, rather than the old generation having all of
 * it and the young one on top. It also sets how far the old generation grows between full
 * collections: V8 lets one capped at 2 048 MB or more grow to 4 × what a collection left until it
 * has timed its collector, and to 2 × below that. A worker's first full collection comes at
 * start-up (13 MB of bundle live), so under the default --max-memory 2048 a text worker's old
 * generation grew to ~60 MB before its second one (~25 s into a batch), while later limits are
 * live + 24 MB (V8's minimum step plus the young generation): a 2 000-paper batch peaked ~40 MB
 * over a 200-paper one, which ends before that collection. Capped at 2 016 MB its first limits are
 * ~34 and ~48 MB, then ~42 MB as before. The cost is more full collections, ~10-30 ms each (a
 * 2 000-paper text batch 19-36 instead of 11-20; PDFs, whose collector V8 times as slower, grow
 * by 2 × rather than up to 4 × all along). A --max-memory of 2 080 or more gets the 4 × back.
 * @example heapLimits(2048) // { maxOldGenerationSizeMb: 2016, maxYoungGenerationSizeMb: 32 }
 */
function heapLimits(memoryMb: number): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  const young = Math.max(4, Math.min(32, Math.floor(memoryMb / 8)));
  return { maxOldGenerationSizeMb: Math.max(young, memoryMb - young), maxYoungGenerationSizeMb: young };
}
