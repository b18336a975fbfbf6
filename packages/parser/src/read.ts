import type { ReadError } from "./errors.ts";
import { readPdf } from "./pdf/index.ts";
import type { RawDocument } from "./source.ts";
import { readText } from "./text/read.ts";

export type InputFormat = "pdf" | "text";
export type ReadOptions = { timeoutMs?: number };

/**
 * Reads a paper's bytes in its format. Text is read here; PDFs by the PDF reader.
 * @example await readDocument(bytes, "text") // RawDocument or ReadError
 */
export async function readDocument(bytes: Uint8Array, format: InputFormat, options: ReadOptions = {}): Promise<RawDocument | ReadError> {
  if (format === "text") return readText(bytes);
  return readPdf(bytes, options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs });
}
