import type { Evidence } from "./analysis.ts";

/**
 * Every code diarium reports, in one naming style and one place: warnings (W_…) that an analysis
 * carries, each with the rule that raises it (the vfile message idea: code, rule, place, message),
 * and failures (E_…) that stop a file, which the CLI prints as `path: E_CODE: message`.
 *
 * Plain data without zod (the schemas that use the codes are in analysis.ts): the parser's read
 * errors import it as `@diarium/schema/codes`, so that a worker that only reads a PDF does not
 * load and build the schemas (~30-60 ms of its start).
 */

/** Warnings, each with the rule (module/concern) that raises it. */
export const WARNING_RULES = {
  W_LONG_LINE: "text/line-breaks",
  W_PDF_NO_HEADER: "pdf/header",
  W_PDF_TRUNCATED: "pdf/end-marker",
  W_PDF_XREF_REBUILT: "pdf/xref",
  W_PDF_PAGES_LEFT_OUT: "pdf/page-limit",
  W_PDF_PAGE_UNREADABLE: "pdf/page",
  W_PDF_PAGES_WITHOUT_TEXT: "pdf/text-layer",
  W_OCR_LOW_CONFIDENCE: "ocr/confidence",
  W_PDF_ANNOTATION_TEXT: "pdf/annotations",
  W_PDF_ANNOTATION_TEXT_LEFT_OUT: "pdf/annotations",
  W_UNKNOWN_PARTY: "parties/vocabulary",
  W_STANCE_UNRESOLVED: "positions/reference",
  W_FORUM_UNKNOWN: "positions/forum",
  W_DATE_YEAR_INFERRED: "dates/year",
  W_DATE_WITHOUT_YEAR: "dates/year",
  W_SUM_MISMATCH: "checks/sum",
} as const;
export type WarningCode = keyof typeof WARNING_RULES;
export const WARNING_CODES = Object.keys(WARNING_RULES) as [WarningCode, ...WarningCode[]];

/** Failures: why a file could not be analysed (the readers') or written (the CLI's). */
export const ERROR_CODES = [
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
  "E_MEMORY", // the worker went past its memory cap
  "E_IO", // the file could not be read from or written to disk
  "E_CHANGED", // a queued paper whose bytes changed between enqueue and work
  "E_SCHEMA", // an analysis that does not fit the contract (a bug)
  "E_NO_INPUT", // a folder with no papers
  "E_NO_ANALYSES", // a folder with no analyses to index
  "E_INTERNAL", // a bug in diarium: please report it
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A warning with its rule filled in from the code.
 * @example warning("W_SUM_MISMATCH", "the parts add up to 766 778, not to 766 788", ev) // { code, rule: "checks/sum", message, evidence }
 */
export function warning(code: WarningCode, message: string, evidence: Evidence | null): { code: WarningCode; rule: string; message: string; evidence: Evidence | null } {
  return { code, rule: WARNING_RULES[code], message, evidence };
}
