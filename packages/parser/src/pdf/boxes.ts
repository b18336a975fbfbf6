/**
 * Where a quote is printed. The reader keeps, for every run of raw text one item drew, its box on
 * the page (`TextBox`); normalisation keeps an offset map from the normalised text back to the raw
 * text. A span of the normalised text is taken back to its raw characters, those to the boxes
 * that drew them, and the boxes of one line are joined: one box per line piece of the quote.
 */
import type { PageBox } from "@diarium/schema";
import { segmentAt, type OffsetMap } from "../document.ts";
import { widthShare } from "./glyph-widths.ts";
import { turn } from "./items.ts";
import type { LineRun } from "./lines.ts";

/**
 * A run of `RawDocument.raw` (characters `start` to `end`, end exclusive) printed in one box on
 * page `page`, in PDF user space (points, y upwards, lower left corner `x`, `y`), the characters
 * spread evenly along the text's direction. `quarter` says which way the text runs when it does
 * not run left to right: the quarter turns clockwise that make it do so (1: it runs upwards, as on
 * a landscape page printed with /Rotate 90). A reader that knows its words' boxes (OCR) gives one
 * TextBox per word.
 * @example { start: 120, end: 151, page: 1, x: 90.2, y: 702.4, width: 310.5, height: 13.2 }
 */
export type TextBox = { start: number; end: number; page: number; x: number; y: number; width: number; height: number; quarter?: number };

type Rect = { x0: number; y0: number; x1: number; y1: number };

/** A rectangle turned by `quarter` quarter turns (the corners turned, the extent taken again). */
function turnRect(r: Rect, quarter: number): Rect {
  const [ax, ay] = turn(r.x0, r.y0, quarter);
  const [bx, by] = turn(r.x1, r.y1, quarter);
  return { x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) };
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * A line's runs as TextBoxes in PDF user space: the line starts at raw offset `lineStart`; its
 * runs are in the page's reading frame, `quarter` turns away from user space.
 * @example textBoxesOfLine([{ start: 0, end: 9, x0: 90, x1: 150, y: 700, height: 13 }], 40, 1, 0)
 * // [{ start: 40, end: 49, page: 1, x: 90, y: 700, width: 60, height: 13 }]
 */
export function textBoxesOfLine(runs: readonly LineRun[], lineStart: number, page: number, quarter: number): TextBox[] {
  const back = (4 - quarter) % 4;
  // a run a damaged PDF placed nowhere (a NaN or infinite position from its matrix) gets no box
  return runs.flatMap((r) => {
    const u = turnRect({ x0: r.x0, y0: r.y, x1: r.x1, y1: r.y + r.height }, back);
    const box: TextBox = { start: lineStart + r.start, end: lineStart + r.end, page, x: round(u.x0), y: round(u.y0), width: round(u.x1 - u.x0), height: round(u.y1 - u.y0) };
    if (![box.x, box.y, box.width, box.height].every(Number.isFinite)) return [];
    return [quarter ? { ...box, quarter } : box];
  });
}

/**
 * The part of a box that prints its characters `from` to `to` (raw offsets inside it), the box's
 * width spread over its characters by their estimated widths.
 */
function sliceOf(box: TextBox, from: number, to: number, raw: string): Rect {
  const q = box.quarter ?? 0;
  const f = turnRect({ x0: box.x, y0: box.y, x1: box.x + box.width, y1: box.y + box.height }, q);
  const whole = from === box.start && to === box.end;
  const text = whole ? "" : raw.slice(box.start, box.end);
  const a = whole ? 0 : widthShare(text, from - box.start);
  const b = whole ? 1 : widthShare(text, to - box.start);
  const w = f.x1 - f.x0;
  return turnRect({ x0: f.x0 + a * w, y0: f.y0, x1: f.x0 + b * w, y1: f.y1 }, (4 - q) % 4);
}

/** The raw pieces of text span [start, end): contiguous runs of the offset map, a replaced character as itself. */
function rawPieces(map: OffsetMap, start: number, end: number): [number, number][] {
  const { textStarts, rawStarts, contiguous } = map;
  const lo = segmentAt(map, start);
  if (lo < 0) return [[start, end]];
  const pieces: [number, number][] = [];
  for (let k = lo; k < textStarts.length && (textStarts[k] as number) < end; k++) {
    const t0 = Math.max(start, textStarts[k] as number);
    const t1 = Math.min(end, textStarts[k + 1] ?? Infinity);
    if (t1 <= t0) continue;
    const r = rawStarts[k] as number;
    const piece: [number, number] = contiguous[k] ? [r + t0 - (textStarts[k] as number), r + t1 - (textStarts[k] as number)] : [r, r + 1];
    const last = pieces[pieces.length - 1];
    if (last && last[1] >= piece[0] && piece[0] >= last[0]) last[1] = Math.max(last[1], piece[1]);
    else pieces.push(piece);
  }
  return pieces;
}

/** True when box b continues box a on the same printed line: same page, overlapping heights, b further along. */
function sameLine(a: PageBox, b: PageBox): boolean {
  if (a.page !== b.page) return false;
  const overlap = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return overlap > 0.5 * Math.min(a.height, b.height) && b.x >= a.x - 1;
}

/**
 * A function from a span of the normalised text to the boxes its words are printed in, on their
 * pages: one box per line piece, in reading order. Characters normalisation made up (a space for a
 * line break) or that no box holds (annotation text) add nothing.
 * @example const boxesOf = evidenceBoxes(raw.boxes, doc.offsets, raw.raw);
 * boxesOf(7116, 7147) // [{ page: 12, x: 85.1, y: 160.3, width: 170.2, height: 13.2 }] ("Stockholm den 18 september 2013")
 */
export function evidenceBoxes(boxes: readonly TextBox[], map: OffsetMap, raw: string): (start: number, end: number) => PageBox[] {
  // boxes come in raw order; the ends of the boxes, for the binary search of the first one a piece meets
  const ends = boxes.map((b) => b.end);
  return (start, end) => {
    const out: PageBox[] = [];
    for (const [r0, r1] of rawPieces(map, start, end)) {
      let lo = 0;
      let hi = ends.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((ends[mid] as number) <= r0) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < boxes.length && (boxes[k] as TextBox).start < r1; k++) {
        const box = boxes[k] as TextBox;
        const s = sliceOf(box, Math.max(r0, box.start), Math.min(r1, box.end), raw);
        const next: PageBox = { page: box.page, x: s.x0, y: s.y0, width: s.x1 - s.x0, height: s.y1 - s.y0 };
        const last = out[out.length - 1];
        if (last && sameLine(last, next)) {
          const x1 = Math.max(last.x + last.width, next.x + next.width);
          const y0 = Math.min(last.y, next.y);
          const y1 = Math.max(last.y + last.height, next.y + next.height);
          Object.assign(last, { x: Math.min(last.x, next.x), y: y0, width: x1 - Math.min(last.x, next.x), height: y1 - y0 });
        } else out.push(next);
      }
    }
    return out.map((b) => ({ page: b.page, x: round(b.x), y: round(b.y), width: round(b.width), height: round(b.height) }));
  };
}
