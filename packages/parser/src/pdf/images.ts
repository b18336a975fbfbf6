/**
 * How much of a page its largest image covers: what tells a scanned page (one image over the
 * whole page) from a blank page, a page whose few words are its whole text ("Bilaga 1"), or a
 * page that holds only a signature or a logo, when the page's text layer is empty.
 */
import { pdfLibrary, type PdfPage } from "./load.ts";

type Matrix = [number, number, number, number, number, number];

/** m × n as PDF composes them: n applied first, then m (the `cm` operator's order). */
function times(n: Matrix, m: Matrix): Matrix {
  return [n[0] * m[0] + n[1] * m[2], n[0] * m[1] + n[1] * m[3], n[2] * m[0] + n[3] * m[2], n[2] * m[1] + n[3] * m[3], n[4] * m[0] + n[5] * m[2] + m[4], n[4] * m[1] + n[5] * m[3] + m[5]];
}

/**
 * The share of the page's area (0–1) that its largest image covers, from the page's own content
 * (annotations left out): an image is painted into the unit square of the current transform.
 * Building the operator list decodes the page's images, so it is asked only of pages with an
 * empty text layer, which OCR would read anyway.
 * @example await imageCover(page) // 1 for a page of a scan made by scripts/make-scans.mjs, 0.02 for a signature
 */
export async function imageCover(page: PdfPage): Promise<number> {
  const { OPS, AnnotationMode } = await pdfLibrary();
  const painting = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObjectRepeat]);
  const ops = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
  const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = page.view;
  const pageArea = Math.abs((x1 - x0) * (y1 - y0)) || 1;
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let largest = 0;
  ops.fnArray.forEach((fn, i) => {
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = times((ops.argsArray[i] as number[]).slice(0, 6) as Matrix, ctm);
    else if (painting.has(fn)) largest = Math.max(largest, Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]));
  });
  return Math.min(1, largest / pageArea);
}
