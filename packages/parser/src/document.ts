import { sentencesOf, type Sentence } from "./clauses/sentences.ts";
import type { Evidence, WarningCode } from "@diarium/schema";
import type { LineCues } from "./source.ts";

/** A line of the normalised text. */
export type TextLine = {
  /** Offsets into `NormalizedDocument.text` (end exclusive, before the line end). */
  start: number;
  end: number;
  page: number | null;
  cues?: LineCues;
  /** True when a blank line (a paragraph break) stands before this line. */
  paragraphStart: boolean;
};

/**
 * How offsets of the normalised text lead back to the raw input, as runs: from text offset
 * `textStarts[k]` on, characters come from raw offset `rawStarts[k]` onward (`contiguous[k]` 1), or
 * all stand for the one raw character `rawStarts[k]` (0: a replacement such as "ﬁ" → "fi").
 */
export type OffsetMap = { textStarts: number[]; rawStarts: number[]; contiguous: number[] };

/**
 * A line of page furniture that normalisation dropped ("KUNGSBACKA KOMMUN SAMMANTRÄDESPROTOKOLL 39
 * (40)", "Kommunstyrelsen", "Datum", "2024-10-22", "Justerandes sign"), kept so that a reader of the
 * paper's metadata can still see it: its text, page, span in the raw input, and the offset of
 * `NormalizedDocument.text` where it stood.
 */
export type DroppedFurniture = { text: string; page: number | null; rawStart: number; rawEnd: number; at: number };

/**
 * The normalised paper: `text` is what `Analysis.text` holds; `offsets` takes each of its offsets
 * back to the raw input, `pageStarts[p - 1]` is the text offset where page p begins.
 */
export type NormalizedDocument = {
  format: "pdf" | "text";
  text: string;
  offsets: OffsetMap;
  lines: TextLine[];
  pages: number | null;
  pageStarts: number[];
  notes: { code: WarningCode; message: string }[];
  /** The page furniture dropped from `text`, in order (absent when nothing was dropped). */
  furniture?: DroppedFurniture[];
  /** The clause layer: the sentences of `text` with their offsets, computed once when the paper is normalised. */
  sentences: Sentence[];
};

/** The index of the map's segment holding text offset `offset` (the last that starts at or before it); -1 for an empty map. */
export function segmentAt(map: OffsetMap, offset: number): number {
  let lo = 0;
  let hi = map.textStarts.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((map.textStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The offset in the raw input of text offset `offset`. */
export function rawOffset(map: OffsetMap, offset: number): number {
  const lo = segmentAt(map, offset);
  if (lo < 0) return offset;
  const base = map.rawStarts[lo] ?? 0;
  return map.contiguous[lo] ? base + (offset - (map.textStarts[lo] ?? 0)) : base;
}

/** The 1-based page holding text offset `offset`, or null when the document has no pages. */
export function pageAt(doc: Pick<NormalizedDocument, "pageStarts" | "pages">, offset: number): number | null {
  if (doc.pages === null || doc.pageStarts.length === 0) return null;
  let lo = 0;
  let hi = doc.pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((doc.pageStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * The evidence for `text.slice(start, end)`, trimmed of surrounding whitespace, with its page.
 * @example evidence(doc, 0, 12) // { start: 0, end: 12, page: 1, quote: "Utlåtande 20" }
 */
export function evidence(doc: Pick<NormalizedDocument, "text" | "pageStarts" | "pages">, start: number, end: number): Evidence {
  let s = Math.max(0, Math.min(start, doc.text.length));
  let e = Math.max(s, Math.min(end, doc.text.length));
  while (s < e && /\s/.test(doc.text[s] ?? "")) s++;
  while (e > s && /\s/.test(doc.text[e - 1] ?? "")) e--;
  return { start: s, end: e, page: pageAt(doc, s), quote: doc.text.slice(s, e) };
}

/**
 * A document over text that needs no normalisation (a test snippet, an already clean string):
 * offsets map to themselves, lines split at "\n", blank lines mark paragraph starts.
 * @example plainDocument("Beredning\nÄrendet har remitterats till socialnämnden.")
 */
export function plainDocument(text: string): NormalizedDocument {
  const offsets: OffsetMap = { textStarts: [0], rawStarts: [0], contiguous: [1] };
  const lines: TextLine[] = [];
  let start = 0;
  let blankBefore = true;
  for (const piece of text.split("\n")) {
    const end = start + piece.length;
    if (piece.trim() === "") blankBefore = true;
    else {
      lines.push({ start, end, page: null, paragraphStart: blankBefore });
      blankBefore = false;
    }
    start = end + 1;
  }
  return { format: "text", text, offsets, lines, pages: null, pageStarts: [], notes: [], sentences: sentencesOf(text) };
}
