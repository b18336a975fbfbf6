/**
 * Whether a PDF's cross-reference data points where it claims to. pdf.js quietly rebuilds a broken
 * xref by scanning every object, so the text still comes out; a clerk should still hear that the
 * file is damaged. Looks at the bytes only, in bounded time: the last `startxref`, and the first
 * entries of the table it points at.
 */

/** How many in-use entries of a classic table are checked against their objects. */
const ENTRIES_CHECKED = 16;
const TAIL = 2048;

// "12 0 obj": what an xref offset must land on.
const OBJECT_HEADER = /^\s*\d+\s+\d+\s+obj\b/;
// An entry of a classic table: 10-digit offset, 5-digit generation, n (in use) or f (free).
const TABLE_ENTRY = /^(\d{10}) \d{5} ([nf])/;

function latin1(bytes: Uint8Array, from: number, to: number): string {
  const start = Math.max(0, from);
  const end = Math.min(bytes.length, to);
  return start >= end ? "" : Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("latin1");
}

/**
 * True when the last `startxref` is missing or does not point at an xref table or stream, or when
 * one of the table's first in-use entries does not point at its object.
 * @example xrefIsBroken(pdfWithStartxrefAt999999) // true
 */
export function xrefIsBroken(bytes: Uint8Array): boolean {
  const tail = latin1(bytes, bytes.length - TAIL, bytes.length);
  const at = tail.lastIndexOf("startxref");
  if (at < 0) return true;
  const offset = /^startxref\s+(\d+)/.exec(tail.slice(at))?.[1];
  if (offset === undefined) return true;
  const start = Number(offset);
  if (start >= bytes.length) return true;
  const head = latin1(bytes, start, start + 64);
  if (OBJECT_HEADER.test(head)) return false; // an xref stream: pdf.js checks it as it parses
  if (!/^\s*xref\b/.test(head)) return true;
  return !tableEntriesHold(bytes, start);
}

/** Checks the first in-use entries of the classic table at `start` against the objects they name. */
function tableEntriesHold(bytes: Uint8Array, start: number): boolean {
  const lines = latin1(bytes, start, start + 64 + ENTRIES_CHECKED * 40).split(/\r\n|\r|\n/);
  let checked = 0;
  for (const line of lines.slice(1)) {
    if (checked >= ENTRIES_CHECKED) break;
    if (/^\s*trailer\b/.test(line)) break;
    const entry = TABLE_ENTRY.exec(line.trim());
    if (!entry) continue; // a subsection header such as "0 12"
    if (entry[2] !== "n") continue;
    const offset = Number(entry[1]);
    if (offset >= bytes.length || !OBJECT_HEADER.test(latin1(bytes, offset, offset + 32))) return false;
    checked++;
  }
  return true;
}
