import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { analyzeDocument, finishAnalysis } from "@diarium/extractor";
import { isReadError, normalize, readDocument, type AnnotationMode } from "@diarium/parser";
import { validateAnalysis, type Analysis } from "@diarium/schema";
import { DIARIUM_VERSION } from "../version.ts";
import { messageOf } from "./failure.ts";
import { writeAtomic } from "./output.ts";
import { renderSummary } from "../summary.ts";
import { DEFAULT_OCR, DEFAULT_OCR_MEMORY_MB, ocrOptionsFor, type OcrSettings } from "../ocr/tesseract.ts";

/** One file for a worker: read it (or take the bytes), analyse, validate, write or return. */
export type Task = {
  id: number;
  file: string;
  bytes?: Uint8Array;
  display: string;
  format: "pdf" | "text";
  outFile: string | null;
  pretty: boolean;
  summary: boolean;
  timeoutMs: number;
  maxBytes: number;
  /** Whether a PDF's form-field and annotation text is read (--annotations). */
  annotations: AnnotationMode;
  /** OCR of a PDF's pages without a usable text layer (--ocr, --ocr-lang, --ocr-dpi); auto in Swedish at 300 dpi when absent. */
  ocr?: OcrSettings;
  /** The worker's memory limit in MB, which each OCR child process is held to too. */
  memoryMb?: number;
};

export type TaskResult =
  | { id: number; ok: true; output: string | null; sha256: string }
  | { id: number; ok: false; code: string; message: string };

/**
 * Runs one task to the end; never throws. Used by the worker threads and, for a lone input,
 * could run in-process.
 * @example await runTask({ id: 0, file: "/abs/a.txt", display: "a.txt", format: "text", outFile: null, … })
 */
export async function runTask(task: Task, onPages?: (done: number, total: number) => void): Promise<TaskResult> {
  const fail = (code: string, message: string): TaskResult => ({ id: task.id, ok: false, code, message });
  let bytes: Uint8Array;
  try {
    bytes = task.bytes ?? readFileSync(task.file);
  } catch (error) {
    return fail("E_IO", `cannot read: ${messageOf(error)}`);
  }
  try {
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const result = await analyzeBytes(task, bytes, sha256, onPages);
    if (!result.ok) return fail(result.code, result.message);
    const checked = validateAnalysis(result.analysis);
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

/** How much past the file's time limit an OCR child may run before it is killed (ms). */
const OCR_GRACE_MS = 2000;

/**
 * analyzeInput's pipeline, with the CLI's reading options (--annotations), finished the same way
 * (a PDF's annotation spans and evidence boxes, which only the raw reading knows).
 */
async function analyzeBytes(task: Task, bytes: Uint8Array, sha256: string, onPages?: (done: number, total: number) => void): Promise<{ ok: true; analysis: Analysis } | { ok: false; code: string; message: string }> {
  // OCR children get a little longer than the reader's own time limit, so that a slow page ends as E_TIMEOUT
  const ocr = task.format === "pdf" ? { ocr: ocrOptionsFor(bytes, task.ocr ?? DEFAULT_OCR, Date.now() + task.timeoutMs + OCR_GRACE_MS, task.memoryMb ?? DEFAULT_OCR_MEMORY_MB, onPages) } : {};
  const raw = await readDocument(bytes, task.format, { timeoutMs: task.timeoutMs, maxBytes: task.maxBytes, annotations: task.annotations, ...ocr });
  if (isReadError(raw)) return raw;
  const doc = normalize(raw);
  const source = { path: task.display, sha256, format: task.format, pages: doc.pages, ...("ocr" in raw && raw.ocr ? { ocr: raw.ocr } : {}) };
  const analysis = analyzeDocument(doc, source, DIARIUM_VERSION);
  // a PDF's annotations and evidence boxes, which only its raw reading knows
  return { ok: true, analysis: finishAnalysis(analysis, raw, doc) };
}

/** What a worker holds, in bytes: its JavaScript heap and its external memory (array buffers included). */
export type MemoryReport = { kind: "memory"; held: number };
/** How far OCR of a task's pages has come: `done` of `total` pages read (sent as each page is read). */
export type PageReport = { kind: "pages"; id: number; done: number; total: number };
/** What a worker sends its pool: a task's result, what it holds (several times a second, and before each result), or OCR progress. */
export type WorkerMessage = TaskResult | MemoryReport | PageReport;

/** True for a worker's OCR progress report. */
export function isPageReport(message: WorkerMessage): message is PageReport {
  return (message as { kind?: unknown }).kind === "pages";
}

/** True for a worker's memory report, false for a task result. */
export function isMemoryReport(message: WorkerMessage): message is MemoryReport {
  return (message as { kind?: unknown }).kind === "memory";
}

function memoryReport(): MemoryReport {
  const { heapTotal, external } = process.memoryUsage();
  return { kind: "memory", held: heapTotal + external };
}

/**
 * The worker thread's loop: one task in, one result out. What the worker holds is reported every
 * `reportEveryMs` (from the pool's workerData; 100 by default) and just before each result, so
 * that the pool can stop a file that takes it past its budget and retire a worker left large.
 */
export function serveTasks(): void {
  const port = parentPort;
  if (!port) return;
  const every = (workerData as { reportEveryMs?: unknown } | null)?.reportEveryMs;
  setInterval(() => port.postMessage(memoryReport()), typeof every === "number" && every > 0 ? every : 100).unref();
  port.on("message", (task: Task) => {
    void runTask(task, (done, total) => port.postMessage({ kind: "pages", id: task.id, done, total } satisfies PageReport)).then((result) => {
      port.postMessage(memoryReport());
      port.postMessage(result);
    });
  });
}
