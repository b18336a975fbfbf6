import { parentPort, workerData } from "node:worker_threads";
import type { AnnotationMode, PdfRawDocument, RawDocument } from "@diarium/parser";
import type { OcrSettings } from "../ocr/tesseract.ts";
import type { WorkerStart } from "./spawn.ts";

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
  /**
   * The worker only reads the file and hands the document back (`raw` of the result) for the
   * caller to analyse, when the caller can do so well inside the time limit (see handsBack in
   * read.ts); otherwise it analyses it as usual.
   */
  handBack?: boolean;
};

export type TaskResult =
  | {
      id: number;
      ok: true;
      output: string | null;
      sha256: string;
      /** The document read, when the task asked for it back (`handBack`) and the worker left its analysis to the caller. */
      raw?: RawDocument | PdfRawDocument;
    }
  | { id: number; ok: false; code: string; message: string };

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

/** pdf.js (once per worker: later calls wait for the same load), from the bundle's script if it runs from the bundle. */
async function loadPdfJs(): Promise<void> {
  const start = workerData as Partial<WorkerStart> | null;
  const compiled = start?.compiled;
  await (await import("./pdfjs.ts")).loadPdfJsWithoutDrawing(compiled?.pdfJs ? { script: compiled.pdfJs, codeCache: compiled.codeCache } : undefined);
}

/**
 * One task in a worker. The analysis (extractor, schema) is imported only when a task needs it:
 * a worker that reads a lone PDF and hands it back loads the reader and pdf.js alone.
 */
async function perform(task: Task, onPages: (done: number, total: number) => void): Promise<TaskResult> {
  const started = Date.now();
  if (task.format === "pdf") await loadPdfJs();
  const { readTask, handsBack } = await import("./read.ts");
  const read = await readTask(task, onPages);
  if (!read.ok) return read;
  if (task.handBack && handsBack(task, read.raw, Date.now() - started)) return { id: task.id, ok: true, output: null, sha256: read.sha256, raw: read.raw };
  return (await import("./run.ts")).finishTask(task, read);
}

/**
 * The worker thread's loop: one task in, one result out. What the worker holds is reported every
 * `reportEveryMs` (from the pool's workerData; 100 by default) and just before each result, so
 * that the pool can stop a file that takes it past its budget and retire a worker left large. A
 * worker started for a PDF (`preloadPdf`) loads pdf.js and the reader at once, while its caller
 * is still loading the command line and the analysis; its first task then waits for that load.
 */
export function serveTasks(saveCodeCache?: () => void): void {
  const port = parentPort;
  if (!port) return;
  // the worker script's code cache, once, after the first task (with the functions it compiled)
  let unsaved = saveCodeCache;
  const start = workerData as Partial<WorkerStart> | null;
  // a failed load is met again, and reported, by the first task
  if (start?.preloadPdf === true) void loadPdfJs().then(() => import("./read.ts")).catch(() => undefined);
  const every = start?.reportEveryMs;
  setInterval(() => port.postMessage(memoryReport()), typeof every === "number" && every > 0 ? every : 100).unref();
  port.on("message", (task: Task) => {
    void perform(task, (done, total) => port.postMessage({ kind: "pages", id: task.id, done, total } satisfies PageReport)).then(async (result) => {
      // The code caches, written when the worker ran without ones that fitted (~20 ms each, once):
      // before the result, since a lone PDF's worker is stopped as soon as its result is in; pdf.js's
      // after the first PDF, with the functions its reading compiled.
      unsaved?.();
      unsaved = undefined;
      if (task.format === "pdf") (await import("./pdfjs.ts")).savePdfJsCodeCache();
      port.postMessage(memoryReport());
      port.postMessage(result);
    });
  });
}
