/**
 * Loading pdf.js and opening a document. This is the only module that imports pdfjs-dist.
 */
import { createRequire } from "node:module";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
export type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;
export type PdfPage = Awaited<ReturnType<PdfDocument["getPage"]>>;
export type PdfLoadingTask = ReturnType<PdfJs["getDocument"]>;
/** One entry of a page's text content: a text item or a marked-content boundary. */
export type PdfTextPiece = Awaited<ReturnType<PdfPage["getTextContent"]>>["items"][number];
/** A text item: `str`, `transform` [a, b, c, d, e, f], `width`, `height`, `fontName`, `hasEOL`. */
export type PdfTextItem = Extract<PdfTextPiece, { str: string }>;

// The one piece of module state in the parser, on purpose: issue 6 asks to load the library once
// per process and reuse it. Importing pdf.js (and its in-process "fake worker") costs ~100 ms; a
// batch of a thousand papers must not pay that a thousand times. The promise holds no document.
let library: Promise<PdfJs> | undefined;

/**
 * pdf.js, imported on first use and cached for the life of the process.
 * @example const { getDocument } = await pdfLibrary();
 */
export function pdfLibrary(): Promise<PdfJs> {
  library ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  return library;
}

/**
 * The package's own standard_fonts directory as a path with a trailing slash: pdf.js reads the
 * metrics of the 14 standard fonts (a non-embedded Helvetica) from there. This resolves a path
 * inside the installed package; it reads no user file.
 */
function standardFontDir(): string {
  const manifest = createRequire(import.meta.url).resolve("pdfjs-dist/package.json");
  return manifest.replace(/package\.json$/, "standard_fonts/");
}

/**
 * Starts loading a PDF from bytes: no eval, no font faces, no system fonts, quiet, and tolerant of
 * broken objects (`stopAtErrors: false`) so that damaged files give what can be recovered.
 * The bytes are copied, since pdf.js transfers (detaches) the buffer it is given.
 * @example const task = await openPdf(bytes); const doc = await task.promise;
 */
export async function openPdf(bytes: Uint8Array): Promise<PdfLoadingTask> {
  const { getDocument } = await pdfLibrary();
  return getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    stopAtErrors: false,
    standardFontDataUrl: standardFontDir(),
  });
}
