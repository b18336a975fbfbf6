/**
 * What pdf.js throws, as the parser's typed read errors.
 */
import { readError, type ReadError } from "../errors.ts";

/** "%PDF-" within the first KiB (some files carry a few bytes of junk before it, which readers accept). */
const PDF_MAGIC = "%PDF-";

/**
 * True when the bytes start like a PDF: "%PDF-1.7" within the first 1024 bytes.
 * @example looksLikePdf(new TextEncoder().encode("%PDF-1.4\n...")) // true
 */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString("latin1");
  return head.includes(PDF_MAGIC);
}

/**
 * True when the last KiB holds no "%%EOF": the file was cut short (a broken download).
 * @example endsTruncated(bytes.subarray(0, bytes.length / 2)) // true
 */
export function endsTruncated(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 1024);
  return !Buffer.from(bytes.buffer, bytes.byteOffset + from, bytes.length - from).toString("latin1").includes("%%EOF");
}

function nameAndMessage(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message };
  if (typeof error === "object" && error !== null) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return { name: typeof name === "string" ? name : "", message: typeof message === "string" ? message : String(error) };
  }
  return { name: "", message: String(error) };
}

/**
 * What pdf.js said of a failure, for a message: its own words, with the class name only where it
 * tells something ("FormatError: Bad FCHECK in flate stream"; "Illegal character: 41" rather than
 * "UnknownErrorException: Illegal character: 41").
 * @example pdfReasonOf(new Error("Page dictionary kids object is not an array.")) // "Page dictionary kids object is not an array."
 */
export function pdfReasonOf(error: unknown): string {
  const { name, message } = nameAndMessage(error);
  const quiet = name === "" || name === "Error" || name === "UnknownErrorException" || name === "InvalidPDFException";
  return quiet ? message : `${name}: ${message}`;
}

/**
 * The read error for an exception pdf.js raised while opening a document.
 * @example pdfErrorOf(new PasswordException("No password given", 1)).code // "E_ENCRYPTED"
 */
export function pdfErrorOf(error: unknown): ReadError {
  if (nameAndMessage(error).name === "PasswordException") return readError("E_ENCRYPTED", "the PDF is encrypted and needs a password");
  return readError("E_DAMAGED", `the PDF is damaged and pdf.js cannot read it (${pdfReasonOf(error)})`);
}

/**
 * True when pdf.js found no PDF structure at all in the bytes ("Invalid PDF structure."): for
 * bytes without a "%PDF-" header that means they are no PDF, not a damaged one.
 */
export function isNoPdfStructure(error: unknown): boolean {
  return nameAndMessage(error).name === "InvalidPDFException";
}
