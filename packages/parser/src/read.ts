import { readError, type ReadError } from "./errors.ts";
import { readPdf, type AnnotationMode, type PdfRawDocument } from "./pdf/index.ts";
import type { OcrOptions } from "./ocr/pages.ts";
import type { RawDocument } from "./source.ts";
import { readText } from "./text/read.ts";

export type InputFormat = "pdf" | "text";
export type ReadOptions = {
  timeoutMs?: number;
  /** The largest input read, in bytes; larger ones are E_TOO_LARGE. Defaults to {@link MAX_BYTES}. */
  maxBytes?: number;
  /** For a PDF: whether the text of filled form fields, FreeText and notes is read (default "include"). */
  annotations?: AnnotationMode;
  /** For a PDF: OCR of pages without a usable text layer, by the caller's engine. */
  ocr?: OcrOptions;
};

/**
 * The default size limits. 20 MB of text is some 10 000 pages and takes about 20 s to analyse;
 * a PDF carries images and fonts besides its text, so it may be larger.
 */
export const MAX_BYTES: Readonly<Record<InputFormat, number>> = { text: 20_000_000, pdf: 100_000_000 };

/**
 * Reads a paper's bytes in its format. Text is read here; PDFs by the PDF reader, which also
 * says which lines hold annotation text (`annotations`).
 * @example await readDocument(bytes, "text") // RawDocument or ReadError
 */
export async function readDocument(bytes: Uint8Array, format: InputFormat, options: ReadOptions = {}): Promise<RawDocument | PdfRawDocument | ReadError> {
  const limit = options.maxBytes ?? MAX_BYTES[format];
  if (bytes.length > limit) return tooLarge(bytes.length, limit, format);
  if (format === "text") return readText(bytes);
  return readPdf(bytes, {
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.annotations === undefined ? {} : { annotations: options.annotations }),
    ...(options.ocr === undefined ? {} : { ocr: options.ocr }),
  });
}

/**
 * The error for an input over its size limit; the CLI gives it before reading the file.
 * @example tooLarge(52_428_800, 20_000_000, "text").message // "52.4 MB is over the limit of 20 MB for a text"
 */
export function tooLarge(bytes: number, limit: number, format: InputFormat): ReadError {
  return readError("E_TOO_LARGE", `${sizeText(bytes)} is over the limit of ${sizeText(limit)} for ${format === "pdf" ? "a PDF" : "a text"}`);
}

/**
 * A file size for a message.
 * @example sizeText(52_428_800) // "52.4 MB"; sizeText(20_000_000) // "20 MB"; sizeText(34_974) // "35 kB"
 */
function sizeText(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.ceil(bytes / 1000)} kB`;
  const mb = bytes / 1_000_000;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
