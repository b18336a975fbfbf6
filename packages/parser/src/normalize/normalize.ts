import { sentencesOf } from "../clauses/sentences.ts";
import type { DroppedFurniture, NormalizedDocument, OffsetMap, TextLine } from "../document.ts";
import type { RawDocument, SourceLine } from "../source.ts";
import { cleanChars, unspaceLetters, type CleanLine } from "./chars.ts";
import { furnitureOf } from "./furniture.ts";
import { joinAcrossLines } from "./hyphenation.ts";
import { isDoubleSpaced, breakBetween } from "./paragraphs.ts";

/** A line or paragraph break comes from the end of the line before it: every character at offset 0 from there. */
const BREAK_FROM: readonly number[] = [0, 0];

type Content = { line: SourceLine; clean: CleanLine; gap: number };

/** Collects the text with its offset map as runs. */
class TextBuilder {
  parts: string[] = [];
  length = 0;
  map: OffsetMap = { textStarts: [], rawStarts: [], contiguous: [] };
  private lastRaw = -2;

  /**
   * Appends `text`, its character `i` from raw offset `base + from[i]` (`base` where `from` has none),
   * or `base + from + i` when `from` is a number (a line taken whole).
   */
  push(text: string, base: number, from: readonly number[] | number): void {
    const runs = this.map;
    for (let i = 0; i < text.length; i++) {
      const r = typeof from === "number" ? base + from + i : base + (from[i] ?? 0);
      const kind = runs.contiguous[runs.contiguous.length - 1];
      const continues = (kind === 1 && r === this.lastRaw + 1) || (kind === 0 && r === this.lastRaw);
      if (!continues) {
        runs.textStarts.push(this.length + i);
        runs.rawStarts.push(r);
        // Two characters from one raw character (a ligature, a paragraph break) start a constant run.
        runs.contiguous.push(r === this.lastRaw ? 0 : 1);
      }
      this.lastRaw = r;
      // A line taken whole, once inside a contiguous run, continues it to its end: no new run.
      if (typeof from === "number" && runs.contiguous[runs.contiguous.length - 1] === 1) {
        this.lastRaw = base + from + text.length - 1;
        break;
      }
    }
    this.parts.push(text);
    this.length += text.length;
  }

  dropLast(): void {
    const last = this.parts[this.parts.length - 1] ?? "";
    this.parts[this.parts.length - 1] = last.slice(0, -1);
    this.length--;
    const runs = this.map;
    while (runs.textStarts.length > 0 && (runs.textStarts[runs.textStarts.length - 1] ?? 0) >= this.length) {
      runs.textStarts.pop();
      runs.rawStarts.pop();
      runs.contiguous.pop();
    }
    this.lastRaw = -2;
  }
}

/**
 * Turns what a reader produced into the clean text of `Analysis.text`: furniture dropped, lines
 * cleaned, doubled blank lines read as single line breaks, paragraphs apart by one blank line, words
 * split at line ends joined. Every offset of the result maps back to the raw input and to its page.
 * @example normalize(linesOfText("funk-\n\ntionsnedsättning")).text // "funktionsnedsättning"
 */
export function normalize(raw: RawDocument): NormalizedDocument {
  const furniture = furnitureOf(raw.lines, raw.format);
  const contents: Content[] = [];
  const dropped: { line: SourceLine; after: number }[] = [];
  let gap = 0;
  for (let i = 0; i < raw.lines.length; i++) {
    const line = raw.lines[i] as SourceLine;
    if (furniture[i] && line.text.trim() !== "") dropped.push({ line, after: contents.length });
    if (furniture[i] || line.text.trim() === "") {
      gap++;
      continue;
    }
    const first = line.text.search(/\S/);
    const last = line.text.trimEnd().length;
    const clean = unspaceLetters(cleanChars(line.text, first, last), line.text);
    if (clean.text.trim() === "") {
      gap++;
      continue;
    }
    contents.push({ line, clean, gap });
    gap = 0;
  }
  const doubled = isDoubleSpaced(contents.map((c) => c.gap));
  const out = new TextBuilder();
  const lines: TextLine[] = [];
  const pageStarts: number[] = [];
  let current: TextLine | null = null;
  // Where in the text each content line starts, for the place of the furniture dropped before it.
  const startsAt: number[] = [];
  for (let k = 0; k < contents.length; k++) {
    startsAt.push(out.length);
    const c = contents[k] as Content;
    const prev = contents[k - 1];
    let paragraph = true;
    if (prev && current) {
      const previousText = out.parts[out.parts.length - 1] ?? "";
      paragraph = breakBetween(previousText, c.clean.text, c.gap, doubled);
      const join = joinAcrossLines(previousText, c.clean.text);
      if (join !== "break") {
        if (join === "drop-hyphen") out.dropLast();
        out.push(c.clean.text, c.line.start, c.clean.from);
        current.end = out.length;
        continue;
      }
      const lineEnd = prev.line.start + prev.line.text.length;
      out.push(paragraph ? "\n\n" : "\n", lineEnd, BREAK_FROM);
    }
    const page = c.line.page;
    if (page !== null) while (pageStarts.length < page) pageStarts.push(out.length);
    const start = out.length;
    out.push(c.clean.text, c.line.start, c.clean.from);
    current = { start, end: out.length, page, paragraphStart: paragraph, ...(c.line.cues ? { cues: c.line.cues } : {}) };
    lines.push(current);
  }
  if (raw.pages !== null) while (pageStarts.length < raw.pages) pageStarts.push(out.length);
  const text = out.parts.join("");
  const doc: NormalizedDocument = { format: raw.format, text, offsets: out.map, lines, pages: raw.pages, pageStarts, notes: raw.notes, sentences: sentencesOf(text) };
  if (dropped.length > 0) doc.furniture = dropped.map((d) => droppedFurniture(d.line, startsAt[d.after] ?? out.length));
  return doc;
}

function droppedFurniture(line: SourceLine, at: number): DroppedFurniture {
  const lead = line.text.length - line.text.trimStart().length;
  const text = line.text.trim();
  return { text, page: line.page, rawStart: line.start + lead, rawEnd: line.start + lead + text.length, at };
}
