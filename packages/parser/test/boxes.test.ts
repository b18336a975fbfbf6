import { describe, expect, it } from "vitest";
import { evidenceBoxes, isReadError, normalize, readPdf, type PdfRawDocument } from "../src/index.ts";
import { linesOfPage, type PlacedItem } from "../src/pdf/lines.ts";
import { textBoxesOfLine } from "../src/pdf/boxes.ts";
import { glyphWidth } from "../src/pdf/glyph-widths.ts";
import { corpusBytes } from "./helpers.ts";
import { SIDEWAYS_PDF } from "./pdf-fixtures.ts";

const item = (text: string, x: number, width: number, y = 700): PlacedItem => ({ text, x, y, width, size: 12, font: "F1" });

describe("where a line's characters are printed", () => {
  it("gives each item's characters their run, the space between two items none", () => {
    const [line] = linesOfPage([item("Ärendet har remitterats till", 60, 150), item("socialnämnden,", 213, 80)], 595);
    expect(line?.text).toBe("Ärendet har remitterats till socialnämnden,");
    expect(line?.runs).toEqual([
      { start: 0, end: 28, x0: 60, x1: 210, y: 700 - 0.2 * 12, height: 1.1 * 12 },
      { start: 29, end: 43, x0: 213, x1: 293, y: 700 - 0.2 * 12, height: 1.1 * 12 },
    ]);
  });

  it("moves a run back by the spaces trimmed off the line's start, keeping the share of the width they took", () => {
    const [line] = linesOfPage([item("  Hej", 60, 30)], 595);
    expect(line?.text).toBe("Hej");
    expect(line?.runs).toMatchObject([{ start: 0, end: 3, x0: 72, x1: 90 }]);
  });

  it("keeps a cell after a gutter on its own run, after the tab", () => {
    const [line] = linesOfPage([item("Beslutande", 60, 60), item("Linda Espeving (M)", 250, 100)], 595);
    expect(line?.text).toBe("Beslutande\tLinda Espeving (M)");
    expect(line?.runs?.map((r) => [r.start, r.end, r.x0])).toEqual([[0, 10, 60], [11, 29, 250]]);
  });
});

describe("a line's boxes", () => {
  it("gives a run a damaged PDF placed nowhere (NaN from its matrix) no box, and keeps the others", () => {
    const runs = [
      { start: 0, end: 7, x0: Number.NaN, x1: Number.NaN, y: 700, height: 12 },
      { start: 8, end: 15, x0: 110, x1: 160, y: 700, height: 12 },
    ];
    expect(textBoxesOfLine(runs, 100, 1, 0)).toEqual([{ start: 108, end: 115, page: 1, x: 110, y: 700, width: 50, height: 12 }]);
  });
});

describe("evidence boxes of the Stockholm print PDF", async () => {
  const raw = (await readPdf(corpusBytes("stockholm-utlatande-2013-125-print.pdf"))) as PdfRawDocument;
  if (isReadError(raw)) throw new Error(raw.message);
  const doc = normalize(raw);
  const boxesOf = evidenceBoxes(raw.boxes, doc.offsets, raw.raw);
  const span = (quote: string) => {
    const start = doc.text.indexOf(quote);
    expect(start).toBeGreaterThanOrEqual(0);
    return boxesOf(start, start + quote.length);
  };

  it("puts the date line on page 3 in one box, one line high", () => {
    const [box, ...rest] = span("Stockholm den 18 september 2013");
    expect(rest).toEqual([]);
    expect(box).toMatchObject({ page: 3 });
    expect(box!.height).toBeGreaterThan(10);
    expect(box!.height).toBeLessThan(16);
  });

  it("gives a quote over two printed lines two boxes, top to bottom", () => {
    const boxes = span("Motion (2012:46) av Stefan Nilsson och Jonas Eklund (båda MP) om ”Fler\npersonliga ombud");
    expect(boxes.map((b) => b.page)).toEqual([1, 1]);
    expect(boxes[0]!.y).toBeGreaterThan(boxes[1]!.y);
  });

  it("joins a word split at a line end ('funk-' / 'tionsnedsättning') from both lines' boxes", () => {
    const boxes = span("Fler personliga ombud för personer med psykisk funktionsnedsättning");
    expect(boxes.map((b) => b.page)).toEqual([1, 1]);
    // the second line holds "tionsnedsättning" alone: a short box
    expect(boxes[1]!.width).toBeLessThan(boxes[0]!.width / 2);
  });

  it("starts a quote inside a long item near its first letter, by the letters' widths", () => {
    // "Kommunstyrelsen föreslår att …" is one item; "Kommunstyrelsen" is about a third of "Kommunstyrelsen föreslår att".
    const [whole] = span("Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.");
    const [word] = span("Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.".slice(0, 15));
    expect(word!.x).toBe(whole!.x);
    const share = [..."Kommunstyrelsen"].reduce((s, c) => s + glyphWidth(c), 0) / [..."Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande."].reduce((s, c) => s + glyphWidth(c), 0);
    expect(word!.width / whole!.width).toBeCloseTo(share, 2);
  });

  it("keeps every box of the paper's text inside its A4 page", () => {
    for (const b of raw.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(595.3);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.y + b.height).toBeLessThanOrEqual(842);
    }
  });
});

describe("evidence boxes on a page turned on its side", () => {
  it("stands a box of upward-running text upright in PDF space: narrow, and as tall as its words are long", async () => {
    const raw = (await readPdf(SIDEWAYS_PDF)) as PdfRawDocument;
    if (isReadError(raw)) throw new Error(raw.message);
    const doc = normalize(raw);
    const start = doc.text.indexOf("Bilaga 2, tabell");
    const [whole] = evidenceBoxes(raw.boxes, doc.offsets, raw.raw)(start, start + "Bilaga 2, tabell".length);
    const [word] = evidenceBoxes(raw.boxes, doc.offsets, raw.raw)(start, start + "Bilaga".length);
    // 12 pt text drawn upwards from (80, 60): its glyphs stand left of x = 80
    expect(whole).toMatchObject({ page: 1, x: 80 - 0.9 * 12, y: 60, width: 13.2 });
    expect(whole!.height).toBeGreaterThan(60);
    expect(word).toMatchObject({ x: whole!.x, y: 60 });
    expect(word!.height).toBeLessThan(whole!.height / 2);
  });
});
