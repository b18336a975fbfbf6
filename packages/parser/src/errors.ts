/**
 * Why a file could not be analysed. Readers return these instead of throwing; the CLI prints
 * them as one line: `path: E_CODE: message`.
 */
export const READ_ERROR_CODES = [
  "E_EMPTY", // nothing but whitespace
  "E_BINARY", // NULs or control bytes: not a text file
  "E_ENCODING", // bytes that decode in no supported encoding
  "E_UNSUPPORTED", // a file type diarium does not read (.docx, images)
  "E_TOO_LARGE", // over the size limit
  "E_NOT_PDF", // named .pdf but not a PDF
  "E_ENCRYPTED", // a PDF that needs a password
  "E_NO_TEXT", // a PDF without a text layer (a scan)
  "E_DAMAGED", // a PDF pdf.js cannot parse
  "E_ZERO_PAGES", // a PDF with no pages
  "E_TIMEOUT", // reading took longer than the per-file limit
  "E_IO", // the file could not be read from disk
  "E_INTERNAL", // a bug in diarium: please report it
] as const;
export type ReadErrorCode = (typeof READ_ERROR_CODES)[number];

export type ReadError = { ok: false; code: ReadErrorCode; message: string };

export function readError(code: ReadErrorCode, message: string): ReadError {
  return { ok: false, code, message };
}

export function isReadError(value: unknown): value is ReadError {
  return typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false && "code" in value;
}
