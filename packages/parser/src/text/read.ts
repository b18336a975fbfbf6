import { isReadError, type ReadError } from "../errors.ts";
import type { RawDocument, SourceLine } from "../source.ts";
import { decodeText } from "./decode.ts";

// A line end in any convention: "\r\n", "\n" or a lone "\r".
const LINE_END = /\r\n|\n|\r/g;
/** A line longer than this is not a line of a paper: text whose line breaks were lost. */
const LONG_LINE = 20_000;

/**
 * Reads a text paper: decodes it and cuts it into lines. A form feed starts a new page, so text
 * extracted with page breaks keeps its pages.
 * @example readText(bytes).lines[0] // { text: "Utlåtande 2013:125 RVII (Dnr 325-1328/2012) ", start: 0, page: null }
 */
export function readText(bytes: Uint8Array): RawDocument | ReadError {
  const decoded = decodeText(bytes);
  if (isReadError(decoded)) return decoded;
  return linesOfText(decoded.text);
}

/** Cuts decoded text into source lines (exported for tests and for text that is already a string). */
export function linesOfText(raw: string): RawDocument {
  const hasPages = raw.includes("\f");
  let page = 1;
  const lines: SourceLine[] = [];
  let start = 0;
  const push = (end: number) => {
    let text = raw.slice(start, end);
    let s = start;
    // Form feeds split pages; a line may hold several ("\f\f" for empty pages).
    while (text.includes("\f")) {
      const i = text.indexOf("\f");
      if (text.slice(0, i).trim() !== "") lines.push({ text: text.slice(0, i), start: s, page: hasPages ? page : null });
      page++;
      s += i + 1;
      text = text.slice(i + 1);
    }
    lines.push({ text, start: s, page: hasPages ? page : null });
  };
  if (raw.includes("\r")) {
    for (const m of raw.matchAll(LINE_END)) {
      push(m.index);
      start = m.index + m[0].length;
    }
  } else {
    // without a carriage return every line end is a "\n": found by indexOf, without a match object a line
    for (let at = raw.indexOf("\n"); at >= 0; at = raw.indexOf("\n", start)) {
      push(at);
      start = at + 1;
    }
  }
  push(raw.length);
  const longest = lines.reduce((max, l) => Math.max(max, l.text.length), 0);
  const notes =
    longest > LONG_LINE
      ? [{ code: "W_LONG_LINE" as const, message: `a line of ${longest} characters: the text has lost its line breaks, so headings and sections may be missed` }]
      : [];
  return { format: "text", raw, lines, pages: hasPages ? page : null, notes };
}
