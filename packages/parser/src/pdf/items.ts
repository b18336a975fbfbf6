/**
 * pdf.js text items as placed items in the page's reading frame. Most pages run their text left to
 * right; a landscape page (a wide table turned on its side, an appendix printed with /Rotate 90)
 * runs it upwards or downwards in PDF space. The direction most characters share is turned to
 * run left to right, so that lines are found the same way on every page.
 */
import type { PlacedItem } from "./lines.ts";
import type { PdfTextItem, PdfTextPiece } from "./load.ts";

/** A page's extent in the reading frame: its width, and the y of its top and bottom edges. */
export type PageFrame = { width: number; top: number; bottom: number };

/**
 * Items that run in the page's main direction, the rest (a vertical margin note), the frame, and
 * the quarter turns that took the page's main direction to the frame's (0: none).
 */
export type PageItems = { flat: PlacedItem[]; rotated: PlacedItem[]; frame: PageFrame; quarter: number };

/** An item is axis-aligned when its direction is within this many radians of a quarter turn. */
const ALIGNED = 0.01;

function isTextItem(item: PdfTextPiece): item is PdfTextItem {
  return "str" in item;
}

/** Turns a point by `quarter` quarter turns clockwise: text running upwards (1) then runs rightwards. */
export function turn(x: number, y: number, quarter: number): [number, number] {
  if (quarter === 1) return [y, -x];
  if (quarter === 2) return [-x, -y];
  if (quarter === 3) return [-y, x];
  return [x, y];
}

/**
 * The page's text items placed in its reading frame (points, y upwards), with the page's frame.
 * Empty items are dropped; items at an angle to the main direction are returned apart.
 * @example placedItemsOf(content.items, page.view).flat[0] // { text: "Tekniska nämnden", x: 388.1, y: 795.2, size: 12, … }
 */
export function placedItemsOf(items: readonly PdfTextPiece[], view: readonly number[]): PageItems {
  const text = items.filter(isTextItem).filter((item) => item.str !== "");
  const weight = [0, 0, 0, 0];
  const quarters = text.map((item) => {
    const [a = 0, b = 0] = item.transform as number[];
    const angle = Math.atan2(b, a);
    const quarter = (((Math.round(angle / (Math.PI / 2)) % 4) + 4) % 4) as 0 | 1 | 2 | 3;
    const aligned = Math.abs(angle - Math.round(angle / (Math.PI / 2)) * (Math.PI / 2)) < ALIGNED;
    if (aligned) weight[quarter] = (weight[quarter] ?? 0) + item.str.length;
    return aligned ? quarter : -1;
  });
  const main = weight.indexOf(Math.max(...weight));
  const flat: PlacedItem[] = [];
  const rotated: PlacedItem[] = [];
  text.forEach((item, k) => {
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    if (quarters[k] === main) {
      const [x, y] = turn(e, f, main);
      flat.push({ text: item.str, x, y, width: item.width, size, font: item.fontName });
    } else rotated.push({ text: item.str, x: e, y: f, width: item.width, size, font: item.fontName });
  });
  const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = view;
  const corners = [turn(x0, y0, main), turn(x1, y1, main)];
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  return { flat, rotated, frame: { width: Math.max(...xs) - Math.min(...xs), top: Math.max(...ys), bottom: Math.min(...ys) }, quarter: main };
}
