import { createHash } from "node:crypto";
import { isReadError, readDocument, type PdfRawDocument, type RawDocument } from "@diarium/parser";
import { messageOf } from "./failure.ts";
import { readInput } from "./input-bytes.ts";
import { containStrayPdfJsRejections } from "./stray-rejections.ts";
import { DEFAULT_OCR, DEFAULT_OCR_MEMORY_MB, ocrOptionsFor } from "../ocr/tesseract.ts";
import type { Task, TaskResult } from "./worker.ts";

/** A task's file read: the document and the SHA-256 of its bytes, or why it could not be. */
export type TaskRead = { id: number; ok: true; raw: RawDocument | PdfRawDocument; sha256: string } | Extract<TaskResult, { ok: false }>;

/** How much past the file's time limit an OCR child may run before it is killed (ms). */
const OCR_GRACE_MS = 2000;

/**
 * Reads a task's file (or takes its bytes) with the CLI's reading options (--annotations, OCR);
 * never throws.
 * @example await readTask({ id: 0, file: "/abs/a.pdf", format: "pdf", … }) // { id: 0, ok: true, raw, sha256 }
 */
export async function readTask(task: Task, onPages?: (done: number, total: number) => void): Promise<TaskRead> {
  const fail = (code: string, message: string): TaskRead => ({ id: task.id, ok: false, code, message });
  let bytes = task.bytes;
  if (!bytes) {
    const input = readInput(task.file, { format: task.format, maxBytes: task.maxBytes, timeoutMs: task.timeoutMs });
    if (!input.ok) return fail(input.code, input.message);
    bytes = input.bytes;
  }
  if (task.format === "pdf") containStrayPdfJsRejections();
  try {
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    // OCR children get a little longer than the reader's own time limit, so that a slow page ends as E_TIMEOUT
    const ocr = task.format === "pdf" ? { ocr: ocrOptionsFor(bytes, task.ocr ?? DEFAULT_OCR, Date.now() + task.timeoutMs + OCR_GRACE_MS, task.memoryMb ?? DEFAULT_OCR_MEMORY_MB, onPages) } : {};
    const raw = await readDocument(bytes, task.format, { timeoutMs: task.timeoutMs, maxBytes: task.maxBytes, annotations: task.annotations, ...ocr });
    if (isReadError(raw)) return fail(raw.code, raw.message);
    return { id: task.id, ok: true, raw, sha256 };
  } catch (error) {
    return fail("E_INTERNAL", `bug: ${messageOf(error)} (please report it)`);
  }
}

/** The most text a worker hands back for its caller to analyse (characters): ~1000 pages. */
const HAND_BACK_CHARS = 2_000_000;
/**
 * The time the caller is allowed per character of text, against what is left of the file's time
 * limit (ms): 10 µs, some five times what a cold analysis of a long paper takes (~2 µs a character
 * with normalisation, validation and the JSON; 149 pages, 0.4 MB, in ~0.6 s).
 */
const HAND_BACK_MS_PER_CHAR = 0.01;

/**
 * Whether a worker that read `raw` in `elapsedMs` hands it back for the caller to analyse: only
 * when the caller, which runs without the worker's limits, is sure to finish well inside what is
 * left of the time limit and the text is of a paper's size. Otherwise the worker analyses it,
 * under its time and memory limits.
 * @example handsBack({ timeoutMs: 120_000, … }, raw, 900) // true for a 149-page paper
 */
export function handsBack(task: Pick<Task, "timeoutMs">, raw: RawDocument, elapsedMs: number): boolean {
  const chars = raw.raw.length;
  return chars <= HAND_BACK_CHARS && task.timeoutMs - elapsedMs >= chars * HAND_BACK_MS_PER_CHAR;
}
