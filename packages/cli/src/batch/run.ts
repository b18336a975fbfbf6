import { readFileSync } from "node:fs";
import { analyzeDocument, finishAnalysis } from "@diarium/extractor";
import { isReadError, normalize, readText } from "@diarium/parser";
import { validateAnalysis } from "@diarium/schema";
import { DIARIUM_VERSION } from "../version.ts";
import { messageOf } from "./failure.ts";
import { writeAtomic } from "./output.ts";
import { renderSummary } from "../summary.ts";
import type { WorkerPool } from "./pool.ts";
import { readTask, type TaskRead } from "./read.ts";
import type { Task, TaskResult } from "./worker.ts";

/**
 * Runs one task to the end; never throws. For a lone text paper, in the command's own thread (a
 * worker reads and finishes its tasks in perform, worker.ts).
 * @example await runTask({ id: 0, file: "/abs/a.txt", display: "a.txt", format: "text", outFile: null, … })
 */
export async function runTask(task: Task, onPages?: (done: number, total: number) => void): Promise<TaskResult> {
  const read = await readTask(task, onPages);
  return read.ok ? finishTask(task, read) : read;
}

/**
 * A task's document, read, analysed, validated and written (or returned); never throws. A PDF's
 * analysis gets its annotations and evidence boxes, which only its raw reading knows.
 */
export function finishTask(task: Task, read: Pick<Extract<TaskRead, { ok: true }>, "raw" | "sha256">): TaskResult {
  const fail = (code: string, message: string): TaskResult => ({ id: task.id, ok: false, code, message });
  try {
    const { raw, sha256 } = read;
    const doc = normalize(raw);
    const source = { path: task.display, sha256, format: task.format, pages: doc.pages, ...("ocr" in raw && raw.ocr ? { ocr: raw.ocr } : {}) };
    const checked = validateAnalysis(finishAnalysis(analyzeDocument(doc, source, DIARIUM_VERSION), raw, doc));
    if (!checked.ok) {
      const first = checked.issues[0];
      return fail("E_INTERNAL", `bug: the analysis fails the schema at ${first?.path || "(root)"}: ${first?.message ?? "?"} (please report it)`);
    }
    const json = JSON.stringify(checked.analysis, null, task.pretty ? 2 : undefined);
    if (task.outFile) {
      writeAtomic(task.outFile, json + "\n");
      return { id: task.id, ok: true, output: task.summary ? renderSummary(checked.analysis) : null, sha256 };
    }
    return { id: task.id, ok: true, output: task.summary ? renderSummary(checked.analysis) : json, sha256 };
  } catch (error) {
    return fail("E_INTERNAL", `bug: ${messageOf(error)} (please report it)`);
  }
}

/**
 * PDFs read in `pool`'s workers, where pdf.js runs under the time and memory limits, and analysed
 * in this thread, which has the analysis loaded already: a worker that only reads never loads and
 * compiles the analysis (~0.1 s) nor warms it up, and in a batch it reads its next PDF while this
 * thread analyses the last one. A long paper, or one read close to its time limit, the worker
 * analyses itself (handsBack in read.ts), as it does a text. Once the tasks are queued, this
 * thread analyses the paper at `warmUpPaper`, if given (see warmUp), while the workers read.
 * Once the caller has queued every task it drains the pool: a worker with none left stops while
 * this thread analyses what it read (a lone PDF's worker as soon as its result is in).
 * @example const runner = readInWorkers(new WorkerPool({ entry, jobs: 1, … }), sample); await runner.run(task)
 */
export function readInWorkers(pool: WorkerPool, warmUpPaper?: URL): Pick<WorkerPool, "run" | "drain" | "close"> {
  // after the caller's synchronous round of run() calls, so that every worker has its first task
  if (warmUpPaper) setImmediate(() => warmUp(warmUpPaper));
  return {
    run: async (task) => {
      if (task.format !== "pdf") return pool.run(task);
      const result = await pool.run({ ...task, handBack: true });
      return result.ok && result.raw ? finishTask(task, { raw: result.raw, sha256: result.sha256 }) : result;
    },
    drain: () => pool.drain(),
    close: () => pool.close(),
  };
}

/** A task for the warm-up paper: analysed and dropped, never written. */
const WARM_UP_TASK: Task = { id: -1, file: "", display: "warm-up.txt", format: "text", outFile: null, pretty: false, summary: false, timeoutMs: 0, maxBytes: 0, annotations: "include" };

/**
 * Analyses a sample paper and drops the analysis. A thread's first analysis compiles the rules'
 * regular expressions and warms their code: of a 3-page paper's analysis on its own, 45-65 ms of
 * 50-70; of a 149-page one's, ~50 ms of 210. A lone PDF's thread does this while its worker reads
 * (the paper arrives 0.3 s or more later), so that the analysis after the reading runs warm. The
 * paper is dist/warm-up.txt (the build's copy of the corpus's Stockholm utlåtande, ~0.09 s); without
 * it (the sources run unbundled) nothing is done. The analysis keeps no state between papers, so
 * the paper that follows gets the analysis it would get alone.
 */
function warmUp(paper: URL): void {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(paper);
  } catch {
    return;
  }
  const raw = readText(bytes);
  if (!isReadError(raw)) finishTask(WARM_UP_TASK, { raw, sha256: "0".repeat(64) });
}
