/**
 * OCR words placed on the PDF page: Tesseract's pixel boxes turned into the reader's placed items
 * (PDF points, y upwards, baselines), so that a scanned page goes through the same line building,
 * furniture removal and normalisation as a page with a text layer. A scan is rarely straight:
 * the page's skew is measured from Tesseract's own lines and taken out before lines are rebuilt,
 * and the words of one Tesseract line share one baseline.
 */
import { median, type PlacedItem } from "../pdf/lines.ts";
import { wordsByLine, type OcrPageWords, type OcrWord } from "./tsv.ts";
import { regex } from "../text/regex.ts";

/** The font name OCR items carry: no font is known, and none reads as bold. */
const OCR_FONT = "ocr";

/** Word heights of capitals and ascenders without descenders are this share of the font size ("Tekniska" 37 px at 300 dpi, 12 pt). */
const ASCENDER_SHARE = 0.74;
/** …of words with both ascenders and descenders ("Ärendebeskrivning"). */
const FULL_SHARE = 0.95;
/** …of words with neither ("om", "en"). */
const XHEIGHT_SHARE = 0.53;
/** A letter reaching above the x-height: "Tekniska", "2025-12-15". */
export const ASCENDER = /[A-Z0-9bdfhiklt]/;
/** A letter reaching below the baseline, a bracket, or a capital with marks above it (taller than a plain capital). */
export const DESCENDER = /[gjpqyQÅÄÖ,;()[\]{}|/]/;
/** A line must span this many pixels and hold this many words to measure the page's skew. */
const SKEW_SPAN = 200;
const SKEW_WORDS = 3;
/** Skews above this (radians, ~6°) are not a slightly crooked scan: left as they are. */
const MAX_SKEW = 0.1;

/** A word of specks: no letter or digit ("|", "_", "."), read with less than this confidence. */
const SPECK_CONFIDENCE = 60;
/** A word of three characters at most read with less than this confidence is noise in a margin or a logo ("Nu", "se", "[0]"). */
const NOISE_CONFIDENCE = 45;
const NOISE_LENGTH = 3;
const ALPHANUMERIC = regex(String.raw`[\p{L}\p{N}]`, "u");
/** Punctuation that stands as a word of its own in a sentence: "Amanda Andersson (MP) - motion", "§". */
const STANDALONE_MARK = /^(?:[–—\-%&•]|§§?)$/;
/** Marks that never stand alone in a Swedish sentence: a lone one is dust or a table rule ("|", ";", ":"). */
const DUST = /^[|!;:,.'"`´~_^*°]+$/;

/** A placed OCR word: the item the line builder reads, and its box on the page in PDF points. */
export type OcrItem = PlacedItem & { box: { x: number; y: number; width: number; height: number }; conf: number };

/** Where the image lies on the page: the page's box in PDF points, [x0, y0, x1, y1]. */
export type PageView = readonly number[];

/** True for words worth keeping: not specks, not low-confidence noise of one or two characters. */
function isWord(w: OcrWord): boolean {
  if (w.text === "•") return true; // a bullet given back by its place (repair.ts): Tesseract is never sure of it
  if (DUST.test(w.text)) return false;
  if (!ALPHANUMERIC.test(w.text)) return STANDALONE_MARK.test(w.text) ? w.conf >= NOISE_CONFIDENCE : w.conf >= SPECK_CONFIDENCE;
  return !(w.conf < NOISE_CONFIDENCE && w.text.length <= NOISE_LENGTH);
}

/**
 * The page's skew in radians (positive when lines run down to the right in the image): the median
 * slope of word bottoms along Tesseract's longer lines; 0 when no line is long enough.
 * @example skewOf(words) // 0.0087 for a page scanned half a degree crooked
 */
export function skewOf(words: readonly OcrWord[]): number {
  const slopes: number[] = [];
  for (const line of wordsByLine(words)) {
    if (line.length < SKEW_WORDS) continue;
    const xs = line.map((w) => w.left + w.width / 2);
    if (Math.max(...xs) - Math.min(...xs) < SKEW_SPAN) continue;
    // words without descenders sit on the baseline; a line of only such words is rarer than a
    // line with a few of them, so fit the bottoms of those that qualify when there are enough
    const plain = line.filter((w) => !DESCENDER.test(w.text));
    const fit = plain.length >= SKEW_WORDS ? plain : line;
    const mx = fit.reduce((s, w) => s + w.left + w.width / 2, 0) / fit.length;
    const my = fit.reduce((s, w) => s + w.top + w.height, 0) / fit.length;
    let sxy = 0;
    let sxx = 0;
    for (const w of fit) {
      const dx = w.left + w.width / 2 - mx;
      sxy += dx * (w.top + w.height - my);
      sxx += dx * dx;
    }
    if (sxx > 0) slopes.push(sxy / sxx);
  }
  const angle = Math.atan(median(slopes));
  return Math.abs(angle) > MAX_SKEW ? 0 : angle;
}

/** A word in the page's top band at least this many times as tall as the page's median word is a logo's lettering. */
const LETTERHEAD_HEIGHTS = 2;
/** The top band of the page where letterheads stand, as a share of its height. */
const LETTERHEAD_BAND = 0.15;

/**
 * The words without a letterhead's lettering: a word near the top of the page twice as tall as the
 * page's text is part of a logo ("ALINGSÅS" in the municipality's emblem), which a born-digital
 * paper draws as an image and whose letters would otherwise sit in the header's lines.
 */
function withoutLetterhead(words: OcrWord[], pageHeight: number): OcrWord[] {
  const height = median(words.map((w) => w.height));
  return words.filter((w) => !(w.top + w.height < LETTERHEAD_BAND * pageHeight && w.height >= LETTERHEAD_HEIGHTS * height));
}

/** Words of one Tesseract line this many word heights apart stand in two columns: a logo beside the header. */
const GUTTER_HEIGHTS = 2.5;

/**
 * A Tesseract line cut where a gap as wide as a gutter parts its words: Tesseract sometimes makes
 * one line of a letterhead's logo and the header beside it ("ALINGSÅS … Kommunstyrelsens"), and
 * one baseline for both would put the header's second line beside its first.
 */
function piecesOf(line: OcrWord[], pageHeight: number): OcrWord[][] {
  const sorted = [...line].sort((a, b) => a.left - b.left);
  const height = median(sorted.map((w) => w.height));
  const pieces: OcrWord[][] = [];
  let previous: OcrWord | undefined;
  for (const w of sorted) {
    if (previous && w.left - (previous.left + previous.width) <= GUTTER_HEIGHTS * height) pieces[pieces.length - 1]?.push(w);
    else pieces.push([w]);
    previous = w;
  }
  // in the letterhead's band, a piece of one or two characters beside others is what is left of
  // the logo's lettering or emblem ("S", "3" beside "Kommunstyrelsens", "arbetsutskott")
  if (pieces.length < 2) return pieces;
  return pieces.filter((p) => !(p.map((w) => w.text).join("").length <= 2 && p.every((w) => w.top + w.height < LETTERHEAD_BAND * pageHeight)));
}

/** The font size a line's words suggest, in pixels, from the heights of its words by their letter shapes. */
function sizeOfLine(line: readonly OcrWord[]): number {
  const tall = line.filter((w) => ASCENDER.test(w.text) && !DESCENDER.test(w.text)).map((w) => w.height / ASCENDER_SHARE);
  if (tall.length > 0) return median(tall);
  const full = line.filter((w) => DESCENDER.test(w.text)).map((w) => w.height / FULL_SHARE);
  if (full.length > 0) return median(full);
  return median(line.map((w) => w.height / XHEIGHT_SHARE));
}

/**
 * A page's OCR words as placed items in PDF points: specks and margin noise dropped, the skew taken
 * out, each word on its Tesseract line's baseline with the line's font size (rounded to half a
 * point), and its box on the page as scanned. The image is taken to cover the page's view
 * (what pdftoppm renders), so pixels scale to points by the view's size over the image's.
 * @example
 * ocrItemsOf(wordsOfTsv(tsv), [0, 0, 595.3, 841.9])[0]
 * // { text: "Tekniska", x: 388.3, y: 795.5, width: 50.8, size: 12, font: "ocr", box: { x: 388.3, y: 794.2, width: 50.8, height: 8.9 }, conf: 96.6 }
 */
export function ocrItemsOf(page: OcrPageWords, view: PageView): OcrItem[] {
  const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = view;
  if (page.width <= 0 || page.height <= 0) return [];
  const sx = (x1 - x0) / page.width;
  const sy = (y1 - y0) / page.height;
  const words = withoutLetterhead(page.words.filter(isWord), page.height);
  const angle = skewOf(words);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const [cx, cy] = [page.width / 2, page.height / 2];
  // a word's box turned straight about the page's centre: x' along the line, y' across it
  const straight = (w: OcrWord) => {
    const [dx, dy] = [w.left + w.width / 2 - cx, w.top + w.height / 2 - cy];
    return { x: cx + dx * cos + dy * sin - w.width / 2, bottom: cy - dx * sin + dy * cos + w.height / 2 };
  };
  const items: OcrItem[] = [];
  for (const line of wordsByLine(words).flatMap((l) => piecesOf(l, page.height))) {
    const placed = line.map(straight);
    const plain = placed.filter((_, k) => !DESCENDER.test((line[k] as OcrWord).text));
    const baseline = median((plain.length > 0 ? plain : placed).map((p) => p.bottom));
    const size = Math.round(sizeOfLine(line) * sy * 2) / 2;
    line.forEach((w, k) => {
      const p = placed[k] as { x: number; bottom: number };
      items.push({
        text: w.text,
        x: round(x0 + p.x * sx),
        y: round(y1 - baseline * sy),
        width: round(w.width * sx),
        size,
        font: OCR_FONT,
        box: { x: round(x0 + w.left * sx), y: round(y1 - (w.top + w.height) * sy), width: round(w.width * sx), height: round(w.height * sy) },
        conf: Math.round(w.conf * 10) / 10,
      });
    });
  }
  return items;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
