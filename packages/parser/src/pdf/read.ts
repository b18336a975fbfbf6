/**
 * readPdf: a PDF's bytes as a RawDocument of lines in reading order, with layout cues, pages and
 * page furniture flagged, or a ReadError. Pages are read one at a time and released.
 */
import { readError, type ReadError } from "../errors.ts";
import type { RawDocument, SourceLine } from "../source.ts";
import { annotationTextsOf, type AnnotationKind, type AnnotationMode, type PageAnnotations } from "./annotations.ts";
import { endsTruncated, isNoPdfStructure, looksLikePdf, pdfErrorOf, pdfReasonOf } from "./errors.ts";
import { furnitureOfLines, type BandLine } from "./furniture.ts";
import { placedItemsOf } from "./items.ts";
import { linesOfPage, type PlacedLine } from "./lines.ts";
import { annotationNotes, annotationTotals, noTextMessage } from "./messages.ts";
import { hasLetterRuns, respaceLetters } from "./letterspacing.ts";
import { openPdf, pdfLibrary, type PdfDocument, type PdfLoadingTask, type PdfPage, type PdfTextPiece } from "./load.ts";
import { xrefIsBroken } from "./xref.ts";
import { textBoxesOfLine, type TextBox } from "./boxes.ts";
import { readByOcr, type OcrOptions, type OcrReport, type PageForOcr } from "../ocr/pages.ts";
import { MIN_CHARS } from "../ocr/quality.ts";
import { imageCover } from "./images.ts";

export type PdfReadOptions = {
  /** Give up after this many milliseconds (default 60 000): E_TIMEOUT. */
  timeoutMs?: number;
  /** Read at most this many pages; the rest are left out with a note. */
  maxPages?: number;
  /** Read the text of filled form fields, FreeText and notes as lines of their own (default "include"). */
  annotations?: AnnotationMode;
  /** OCR of pages without a usable text layer, by the caller's engine (the CLI's tesseract); none by default. */
  ocr?: OcrOptions;
};

/** Where the text of one annotation stands in `RawDocument.raw` (start inclusive, end exclusive). */
export type AnnotationSpan = {
  kind: AnnotationKind;
  /** The form field's name, or null. */
  name: string | null;
  page: number;
  /** The annotation's rectangle in PDF points, [x0, y0, x1, y1]. */
  box: [number, number, number, number];
  /** Its text, lines joined with "\n". */
  text: string;
  start: number;
  end: number;
};

/**
 * A PDF read: its lines, which of them hold annotation text rather than the pages' own, and where
 * on its page each run of the pages' text is printed (`boxes`, in raw order).
 */
export type PdfRawDocument = RawDocument & { annotations: AnnotationSpan[]; boxes: TextBox[]; ocr?: OcrReport };

/** Font names that mark a bold face: "Arial-BoldMT", "Helvetica-Bold", "Calibri-Semibold". */
const BOLD_FONT = /bold|black|heavy|semibold|demi/i;

type PageLines = { lines: PlacedLine[]; top: number; bottom: number; annotations: PageAnnotations; unreadable?: string; quarter?: number; view?: readonly number[] };

const NO_ANNOTATIONS: PageAnnotations = { read: [], skipped: { hidden: 0, popups: 0, excluded: 0 }, emptyFields: 0 };

/**
 * Real font names ("FAAAAJ+Arial-BoldMT") of the page's fonts not yet known (the text content's
 * styles name them in the CLI's build of pdf.js); loads those via the operator list.
 */
async function learnFonts(page: PdfPage, fonts: Map<string, string>, wanted: Set<string>): Promise<void> {
  const missing = [...wanted].filter((f) => !fonts.has(f));
  if (missing.length === 0) return;
  // pdf.js as published sends fonts to this side only when the page's operator list is built; fonts
  // are shared by the document, so this is paid on the first page that uses a font, not on every page.
  await page.getOperatorList();
  for (const id of missing) {
    let name = "";
    try {
      const font = page.commonObjs.get(id) as { name?: unknown } | null;
      name = typeof font?.name === "string" ? font.name : "";
    } catch {
      name = "";
    }
    fonts.set(id, name);
  }
}

/**
 * The strings the page draws, as its operator list has them (runs of spaces kept); with
 * `pageOnly`, those of the page's content alone, not of its annotations' appearances.
 */
async function drawnStrings(page: PdfPage, pageOnly = false): Promise<string[]> {
  const { OPS, AnnotationMode } = await pdfLibrary();
  const ops = await page.getOperatorList(pageOnly ? { annotationMode: AnnotationMode.DISABLE } : {});
  const out: string[] = [];
  ops.fnArray.forEach((fn, i) => {
    if (fn !== OPS.showText && fn !== OPS.showSpacedText) return;
    const glyphs = (ops.argsArray[i] as unknown[][] | undefined)?.[0] ?? [];
    out.push(glyphs.map((g) => (typeof g === "object" && g !== null && typeof (g as { unicode?: unknown }).unicode === "string" ? (g as { unicode: string }).unicode : "")).join(""));
  });
  return out;
}

/** The page's annotation text; a page whose annotations pdf.js cannot read keeps its own text. */
async function annotationsOf(page: PdfPage, mode: AnnotationMode): Promise<PageAnnotations> {
  try {
    return annotationTextsOf(await page.getAnnotations({ intent: "display" }), mode);
  } catch {
    return NO_ANNOTATIONS;
  }
}

/**
 * The page's text items as getTextContent gives them, read from its stream here: getTextContent's
 * own loop (`for await` over the stream) releases the stream's reader when done, and Node then makes
 * a TypeError, stack and all, to reject the reader's closed promise (~0.1 ms a page, ~7 % of the
 * stream's cost in a profile). An XFA page's text (not read: pdf.js's enableXfa is off) still
 * comes from getTextContent.
 */
async function textItemsOf(page: PdfPage, fonts: Map<string, string>): Promise<PdfTextPiece[]> {
  if (page.isPureXfa) return (await page.getTextContent()).items;
  const reader = (page.streamTextContent() as ReadableStream<TextChunk>).getReader();
  const items: PdfTextPiece[] = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return items;
    items.push(...value.items);
    learnFontNames(value.styles, fonts);
  }
}

/** A chunk of a page's text content: its items, and the styles of the fonts they use, by font id. */
type TextChunk = { items: PdfTextPiece[]; styles?: Record<string, { fontName?: unknown }> };

/**
 * The font names a text chunk's styles carry: the CLI's build of pdf.js adds `fontName` to each
 * style (scripts/build.mjs, fontNamesInTextStyles), so that no operator list need be built for
 * them; pdf.js as published leaves it out, and learnFonts asks the operator list.
 */
function learnFontNames(styles: TextChunk["styles"], fonts: Map<string, string>): void {
  for (const id in styles) {
    const name = styles[id]?.fontName;
    if (typeof name === "string" && !fonts.has(id)) fonts.set(id, name);
  }
}

async function readPage(doc: PdfDocument, number: number, fonts: Map<string, string>, mode: AnnotationMode): Promise<PageLines> {
  const page = await doc.getPage(number);
  try {
    const { flat: items, rotated, frame, quarter } = placedItemsOf(await textItemsOf(page, fonts), page.view);
    await learnFonts(page, fonts, new Set([...items, ...rotated].filter((i) => i.text.trim() !== "").map((i) => i.font)));
    const flat = hasLetterRuns(items) ? respaceLetters(items, await drawnStrings(page)) : items;
    const lines = linesOfPage(flat, frame.width);
    for (const item of rotated) {
      if (item.text.trim() === "") continue;
      lines.push({ text: item.text.trim(), x: item.x, y: item.y, size: item.size, font: item.font, gapBefore: 0, paragraphBefore: true });
    }
    return { lines, top: frame.top, bottom: frame.bottom, quarter, annotations: await annotationsOf(page, mode), view: page.view };
  } finally {
    page.cleanup();
  }
}

/**
 * The pages' lines as one RawDocument: lines joined with "\n", an empty line at each paragraph
 * break; each page's annotation text follows its own text, a paragraph per annotation.
 */
function documentOf(pages: PageLines[], fonts: Map<string, string>, notes: RawDocument["notes"]): PdfRawDocument {
  const band: BandLine[] = [];
  pages.forEach((p, k) => p.lines.forEach((l) => band.push({ text: l.text, y: l.y, page: k + 1, top: p.top, bottom: p.bottom })));
  const furniture = furnitureOfLines(band, pages.length);
  const lines: SourceLine[] = [];
  const texts: string[] = [];
  const annotations: AnnotationSpan[] = [];
  const boxes: TextBox[] = [];
  let offset = 0;
  let index = 0;
  const push = (line: SourceLine) => {
    lines.push(line);
    texts.push(line.text);
    offset += line.text.length + 1;
  };
  const paragraphBreak = (page: number) => {
    if (lines.length > 0 && lines[lines.length - 1]?.text !== "") push({ text: "", start: offset, page });
  };
  pages.forEach((p, k) => {
    // A page's first line of text continues the previous page's paragraph as far as layout can
    // tell (the gap above it is the header's); normalisation decides, joining "funk-" / "tionsnedsättning".
    let firstOfPage = true;
    for (const l of p.lines) {
      const isFurniture = furniture[index++] === true;
      const breakBefore = l.paragraphBefore && !isFurniture && !firstOfPage;
      if (!isFurniture) firstOfPage = false;
      if (breakBefore) paragraphBreak(k + 1);
      const cues = { size: l.size, bold: BOLD_FONT.test(fonts.get(l.font) ?? ""), x: Math.round(l.x * 10) / 10, gapBefore: l.gapBefore };
      if (l.runs) boxes.push(...textBoxesOfLine(l.runs, offset, k + 1, p.quarter ?? 0));
      push({ text: l.text, start: offset, page: k + 1, cues, ...(isFurniture ? { furniture: true } : {}) });
    }
    for (const a of p.annotations.read) {
      paragraphBreak(k + 1);
      const start = offset;
      for (const text of a.lines) push({ text, start: offset, page: k + 1 });
      annotations.push({ kind: a.kind, name: a.name, page: k + 1, box: a.box, text: a.lines.join("\n"), start, end: offset - 1 });
    }
  });
  return { format: "pdf", raw: texts.join("\n"), lines, pages: pages.length, notes, annotations, boxes };
}

/** A page with an empty text layer is a scan when an image covers at least this share of it (a logo or a signature does not). */
const SCAN_COVER = 0.4;

/**
 * The pages as OCR decides on them: text, view, and for a page with next to no text whether an image
 * covers it. The document read leaves images out of its operator lists (openPdf), so the images of
 * such pages are measured in a second opening of `bytes`, made only when a page asks for it.
 */
async function pagesForOcr(bytes: Uint8Array, pages: PageLines[]): Promise<PageForOcr[]> {
  let withImages: PdfLoadingTask | undefined;
  /** Whether an image covers page `n`; true for a page pdf.js cannot paint, which may still be a scan (OCR tries). */
  const scanned = async (n: number): Promise<boolean> => {
    let page: PdfPage | undefined;
    try {
      withImages ??= await openPdf(bytes);
      page = await (await withImages.promise).getPage(n);
      return (await imageCover(page)) >= SCAN_COVER;
    } catch {
      return true;
    } finally {
      page?.cleanup();
    }
  };
  const out: PageForOcr[] = [];
  try {
    for (const [k, p] of pages.entries()) {
      const text = p.lines.map((l) => l.text).join("\n");
      const page: PageForOcr = { text, view: p.view ?? [0, 0, 595, 842], unreadable: p.unreadable !== undefined };
      if (p.unreadable === undefined && text.replace(/\s+/gu, "").length < MIN_CHARS) page.image = await scanned(k + 1);
      out.push(page);
    }
  } finally {
    await withImages?.destroy().catch(() => undefined);
  }
  return out;
}

/** Longest text shown in a message: the start of what a page draws outside its crop box. */
const SAMPLE = 40;

/**
 * What the first page draws, when its text content is empty: the glyphs its operator list shows
 * (pdf.js's text content drops those outside the crop box). Read for a PDF without text only, and
 * for one page.
 */
async function textOutsideView(doc: PdfDocument): Promise<string> {
  let page: PdfPage | undefined;
  try {
    page = await doc.getPage(1);
    const drawn = (await drawnStrings(page, true)).join("").replace(/\s+/g, " ").trim();
    return drawn.length > SAMPLE ? `${drawn.slice(0, SAMPLE)}…` : drawn;
  } catch {
    return "";
  } finally {
    page?.cleanup();
  }
}

/** The reasons pdf.js gave for pages it could not read, each once: "Illegal character: 41". */
function pageReasons(pages: PageLines[]): string {
  const reasons = [...new Set(pages.flatMap((p) => (p.unreadable === undefined ? [] : [p.unreadable])))];
  return reasons.slice(0, 3).join("; ") + (reasons.length > 3 ? `; and ${reasons.length - 3} more` : "");
}

async function readAll(task: PdfLoadingTask, bytes: Uint8Array, options: Required<Pick<PdfReadOptions, "maxPages" | "annotations">> & Pick<PdfReadOptions, "ocr">): Promise<PdfRawDocument | ReadError> {
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    if (!looksLikePdf(bytes) && isNoPdfStructure(error)) return readError("E_NOT_PDF", "not a PDF (no %PDF- header, and pdf.js cannot read it as one)");
    return pdfErrorOf(error);
  }
  const notes: RawDocument["notes"] = [];
  if (!looksLikePdf(bytes)) notes.push({ code: "W_PDF_NO_HEADER", message: "the file has no %PDF- header; pdf.js read it from its objects, so check the text is complete" });
  if (endsTruncated(bytes)) notes.push({ code: "W_PDF_TRUNCATED", message: "the PDF has no end marker (%%EOF) and may be cut short; read what pdf.js could recover" });
  else if (xrefIsBroken(bytes)) notes.push({ code: "W_PDF_XREF_REBUILT", message: "the PDF's cross-reference table is broken; pdf.js rebuilt it from the objects, so check the text is complete" });
  if (doc.numPages === 0) return readError("E_ZERO_PAGES", "the PDF has no pages");
  const count = Math.min(doc.numPages, options.maxPages);
  if (count < doc.numPages) notes.push({ code: "W_PDF_PAGES_LEFT_OUT", message: `read the first ${count} of ${doc.numPages} pages` });
  const fonts = new Map<string, string>();
  const pages: PageLines[] = [];
  for (let n = 1; n <= count; n++) {
    try {
      pages.push(await readPage(doc, n, fonts, options.annotations));
    } catch (error) {
      const reason = pdfReasonOf(error);
      notes.push({ code: "W_PDF_PAGE_UNREADABLE", message: `page ${n} could not be read (pdf.js: ${reason})` });
      pages.push({ lines: [], top: 842, bottom: 0, annotations: NO_ANNOTATIONS, unreadable: reason });
    }
  }
  // pages without a usable text layer read by OCR: their lines replace the layer's
  const ocr = options.ocr && options.ocr.mode !== "never" ? await readByOcr(await pagesForOcr(bytes, pages), options.ocr) : null;
  for (const [n, lines] of ocr?.lines ?? []) {
    const page = pages[n - 1];
    if (page) page.lines = lines;
  }
  notes.push(...(ocr?.notes ?? []));
  const ocrNote = !options.ocr || options.ocr.mode === "never" ? "OCR was not asked for" : ocr?.unavailable ? `OCR could not run: ${ocr.unavailable}` : ocr?.report ? "OCR found no text" : "no image covers a page, so OCR had no scan to read";
  const totals = annotationTotals(pages.map((p) => p.annotations));
  if (!pages.some((p) => p.lines.length > 0 || p.annotations.read.length > 0)) {
    if (pages.some((p) => p.unreadable !== undefined)) {
      const all = pages.every((p) => p.unreadable !== undefined);
      return readError("E_DAMAGED", `the PDF is damaged: ${all ? "no page could be read" : "no page with text could be read"} (pdf.js: ${pageReasons(pages)})`);
    }
    return readError("E_NO_TEXT", noTextMessage(totals, await textOutsideView(doc), ocrNote));
  }
  notes.push(...annotationNotes(totals));
  const blank = pages.flatMap((p, k) => (p.lines.length === 0 && p.annotations.read.length === 0 && p.unreadable === undefined ? [k + 1] : []));
  if (blank.length > 0) notes.push({ code: "W_PDF_PAGES_WITHOUT_TEXT", message: `no text layer on page${blank.length > 1 ? "s" : ""} ${blank.join(", ")} (scanned?); ${ocrNote}` });
  try {
    const doc = documentOf(pages, fonts, notes);
    return ocr?.report ? { ...doc, ocr: ocr.report } : doc;
  } catch (error) {
    // Not the file's fault: a bug in the layout code, reported as such rather than as a damaged PDF.
    return readError("E_INTERNAL", `laying out the PDF's text failed (${error instanceof Error ? error.message : String(error)}); please report it`);
  }
}

/**
 * Reads a PDF's text layer, and the text of its filled form fields and annotations as lines of
 * their own. Never throws: a file that cannot be read is a ReadError (E_NOT_PDF, E_ENCRYPTED,
 * E_DAMAGED, E_ZERO_PAGES, E_NO_TEXT, E_TIMEOUT). A file without a "%PDF-" header is read when
 * pdf.js finds a PDF in it (with a note), and is E_NOT_PDF when it does not.
 * @example
 * const doc = await readPdf(bytes); // corpus/real/alingsas-ten-2025-12-15-65-motion-laddstationer.pdf
 * // doc.lines[0].text === "Tekniska nämnden", doc.pages === 2,
 * // the same header on page 2 has furniture: true
 */
export async function readPdf(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<PdfRawDocument | ReadError> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  let task: PdfLoadingTask;
  try {
    task = await openPdf(bytes, { images: false });
  } catch (error) {
    return pdfErrorOf(error);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ReadError>((resolve) => {
    timer = setTimeout(() => resolve(readError("E_TIMEOUT", `reading the PDF took longer than ${timeoutMs >= 1000 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`}`)), timeoutMs);
  });
  const settings = { maxPages: options.maxPages ?? Infinity, annotations: options.annotations ?? "include", ...(options.ocr ? { ocr: options.ocr } : {}) };
  try {
    return await Promise.race([readAll(task, bytes, settings).catch((error: unknown) => pdfErrorOf(error)), timeout]);
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}
