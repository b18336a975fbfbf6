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
  return `${printable(f.path)}: ${f.code}: ${printable(oneLine)}`;
}

/** Line breaks inside an error message: "Unexpected token\n    at …". */
const LINE_BREAKS = /\s*[\r\n]+\s*/g;
/** Control characters (ESC starts a terminal escape sequence) in a file name or message. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** A file name is any bytes but "/" and NUL: one with an escape sequence must not drive the terminal. */
function printable(text: string): string {
  return text.replace(CONTROL, "?");
}

/**
 * A batch's failures in input order, whichever file finished first: one met while collecting the
 * inputs stands where it was met (after `at[i]` inputs), an input's own failure at that input's place.
 * @example inInputOrder([docx], [1], new Map([[2, empty], [0, binary]])) // [binary, docx, empty]
 */
export function inInputOrder(collected: readonly Failure[], at: readonly number[], ofInput: ReadonlyMap<number, Failure>): Failure[] {
  const placed = [
    // before input k (2k + 1) and after input k - 1: a stable sort keeps those met at one place in their order
    ...collected.map((failure, i) => ({ failure, place: 2 * (at[i] ?? Number.MAX_SAFE_INTEGER) })),
    ...[...ofInput].map(([id, failure]) => ({ failure, place: 2 * id + 1 })),
  ];
  return placed.sort((a, b) => a.place - b.place).map((p) => p.failure);
}

/** The message of anything thrown, without its stack. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
