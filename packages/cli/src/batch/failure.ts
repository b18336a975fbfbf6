/**
 * A file that could not be analysed. Printed as one line, `path: E_CODE: message`, and again in
 * the summary and in `failures.ndjson`.
 */
export type Failure = { path: string; code: string; message: string };

/**
 * The one-line form of a failure (never a stack trace).
 * @example failureLine({ path: "a.docx", code: "E_UNSUPPORTED", message: "…" }) // "a.docx: E_UNSUPPORTED: …"
 */
export function failureLine(f: Failure): string {
  const oneLine = f.message.replace(LINE_BREAKS, " ").trim();
  return `${f.path}: ${f.code}: ${oneLine}`;
}

/** Line breaks inside an error message: "Unexpected token\n    at …". */
const LINE_BREAKS = /\s*[\r\n]+\s*/g;

/** The message of anything thrown, without its stack. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
