/**
 * What the PDF reader says of annotation text and of a document without text: the notes on what
 * was read from annotations or left out, and the E_NO_TEXT message that says what there was.
 */
import type { RawDocument } from "../source.ts";
import type { PageAnnotations } from "./annotations.ts";

/** Annotation counts over a document. */
export type AnnotationTotals = { read: number; readPages: number[]; skipped: PageAnnotations["skipped"]; emptyFields: number };

/**
 * Annotation counts over a document's pages, for the notes and the E_NO_TEXT message.
 * @example annotationTotals(pages).read // 6 for freetexts.pdf (its popup is skipped: skipped.popups 1)
 */
export function annotationTotals(pages: readonly PageAnnotations[]): AnnotationTotals {
  const skipped = { hidden: 0, popups: 0, excluded: 0 };
  let emptyFields = 0;
  for (const p of pages) {
    skipped.hidden += p.skipped.hidden;
    skipped.popups += p.skipped.popups;
    skipped.excluded += p.skipped.excluded;
    emptyFields += p.emptyFields;
  }
  const readPages = pages.flatMap((p, k) => (p.read.length > 0 ? [k + 1] : []));
  return { read: pages.reduce((n, p) => n + p.read.length, 0), readPages, skipped, emptyFields };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * Why a PDF gives no text, as the E_NO_TEXT message: what the pages and their annotations hold.
 * @example "no text on the pages; 2 annotations hold text, not read (2 hidden)"
 */
export function noTextMessage(totals: AnnotationTotals, outside: string, ocrNote = "OCR was not asked for"): string {
  const { skipped, emptyFields } = totals;
  // pdf.js's text content leaves out glyphs drawn outside the page's crop box (what a viewer or a
  // printer shows); endchar.pdf draws its title there. That text is not the paper's: it is not read.
  if (outside !== "") return `no text in the pages' visible area: page 1 draws text outside its crop box ("${outside}"), which no viewer shows and diarium does not read`;
  const unread = skipped.excluded + skipped.hidden + skipped.popups;
  if (unread > 0) return `no text on the pages; ${plural(unread, "annotation")} ${unread === 1 ? "holds" : "hold"} text, not read (${skippedText(skipped)})`;
  if (emptyFields > 0) return `no text on the pages, and no annotation text: its ${plural(emptyFields, "form field")} ${emptyFields === 1 ? "holds" : "hold"} none (empty fields, checkboxes or buttons: a blank form, or scanned?); ${ocrNote}`;
  return `no text layer (a scanned PDF?); ${ocrNote}`;
}

/**
 * The notes on annotation text: what was read as lines of its own, and what holds text but was left out.
 * @example annotationNotes(totals)[0].code // "W_PDF_ANNOTATION_TEXT"
 */
export function annotationNotes(totals: AnnotationTotals): RawDocument["notes"] {
  const notes: RawDocument["notes"] = [];
  if (totals.read > 0) {
    const pages = `page${totals.readPages.length > 1 ? "s" : ""} ${totals.readPages.join(", ")}`;
    notes.push({ code: "W_PDF_ANNOTATION_TEXT", message: `text of ${plural(totals.read, "annotation")} (filled form fields, FreeText, notes) on ${pages} is read as lines of its own after the page's text` });
  }
  const left = { ...totals.skipped, popups: 0 };
  if (left.excluded + left.hidden > 0) notes.push({ code: "W_PDF_ANNOTATION_TEXT_LEFT_OUT", message: `${plural(left.excluded + left.hidden, "annotation")} ${left.excluded + left.hidden === 1 ? "holds" : "hold"} text that is not read (${skippedText(left)})` });
  return notes;
}

/** How many annotations hold text that is not read, by reason, for a message: "2 hidden, 1 popup". */
function skippedText(skipped: PageAnnotations["skipped"]): string {
  const parts: string[] = [];
  if (skipped.excluded) parts.push(`${skipped.excluded} left out by --annotations exclude`);
  if (skipped.hidden) parts.push(`${skipped.hidden} hidden`);
  if (skipped.popups) parts.push(`${skipped.popups} popup${skipped.popups > 1 ? "s" : ""} repeating another annotation`);
  return parts.join(", ");
}
