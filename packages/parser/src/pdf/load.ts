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

// The one piece of module state in the parser, on purpose: the library is loaded once
// per process and reused. Importing pdf.js (and its in-process "fake worker") costs ~100 ms; a
// batch of a thousand papers must not pay that a thousand times. The promise holds no document.
let library: Promise<PdfJs> | undefined;

/**
 * Built-ins that the legacy build of pdf.js replaces, as it loads, with core-js's versions written
 * in JavaScript: Array.prototype.push (for a V8 bug with non-writable lengths) and JSON.stringify
 * and JSON.parse (for the raw-JSON and parse-with-source proposals). Neither pdf.js nor diarium
 * needs what they add, and they are slow: JSON.stringify of a 149-page paper's analysis takes
 * 75-200 ms instead of 6-20, and every push in the parser and the analysis goes through JavaScript.
 * Taken as this module loads (before pdf.js), put back once pdf.js has loaded.
 */
const NATIVE_BUILTINS = ([[Array.prototype, "push"], [JSON, "stringify"], [JSON, "parse"]] as const).map(([owner, key]) => ({ owner, key, descriptor: Object.getOwnPropertyDescriptor(owner, key) }));

/** pdf.js's worker file, imported here (by a variable: it has no type declarations) rather than by pdf.js's "fake worker" on the first document. */
const PDF_JS_WORKER = "pdfjs-dist/legacy/build/pdf.worker.mjs";

/**
 * How pdf.js's two files are loaded: its library, and its worker file, which sets
 * `globalThis.pdfjsWorker` as it loads (pdf.js's in-process "fake worker" takes that). By default
 * both are imported from pdfjs-dist; a program may load the same files another way (the CLI's
 * workers run them as one classic script through V8's code cache), or answer undefined to have
 * them imported after all.
 */
export type PdfJsLoader = () => Promise<PdfJs | undefined>;

async function importPdfJs(): Promise<PdfJs> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  await import(PDF_JS_WORKER);
  return pdfjs;
}

/**
 * pdf.js, loaded on first use (by `load`, on the first call) and cached for the life of the
 * process. Both of its files have loaded when the built-ins they replace are put back
 * ({@link NATIVE_BUILTINS}); later calls get the same library whatever they pass.
 * @example const { getDocument } = await pdfLibrary();
 */
export function pdfLibrary(load?: PdfJsLoader): Promise<PdfJs> {
  if (!library) {
    library = (async () => {
      try {
        return (await load?.()) ?? (await importPdfJs());
      } finally {
        // put back even when a load failed half-way: the rest of the thread goes on with the natives
        for (const { owner, key, descriptor } of NATIVE_BUILTINS) if (descriptor) Object.defineProperty(owner, key, descriptor);
      }
    })();
  }
  return library;
}

/** The exceptions pdf.js throws on a damaged file (its worker's classes, known by name). */
const PDFJS_EXCEPTIONS = /^(?:FormatError|\w+Exception|Jbig2Error|JpegError|JpxError|DNLMarkerError|EOIMarkerError)$/;

/**
 * True for a rejection pdf.js made and dropped: the error is one of its classes, from its code. On
 * some damaged PDFs pdf.js rejects an internal promise that nothing awaits (mozilla/pdf.js#8608,
 * #17981) while the reader's own calls still settle; a program that reads PDFs drops these in its
 * `unhandledRejection` listener (the CLI does; the parser installs no process listener).
 */
export function isStrayPdfJsRejection(reason: unknown): boolean {
  const { name, stack } = (typeof reason === "object" && reason !== null ? reason : {}) as { name?: unknown; stack?: unknown };
  return typeof name === "string" && PDFJS_EXCEPTIONS.test(name) && typeof stack === "string" && /pdfjs-dist|pdf\.worker/.test(stack);
}

/**
 * A data directory of the installed pdfjs-dist package, as a path with a trailing slash:
 * `standard_fonts/` holds the metrics of the 14 standard fonts (a non-embedded Helvetica),
 * `cmaps/` the packed predefined CMaps (UniGB-UCS2-H, Identity-H of a CID font such as Arial
 * Unicode) without which pdf.js maps the glyphs of such fonts to no text. This resolves a path
 * inside the installed package; it reads no user file and fetches nothing.
 */
function packageDir(name: "standard_fonts" | "cmaps"): string {
  const manifest = createRequire(import.meta.url).resolve("pdfjs-dist/package.json");
  return manifest.replace(/package\.json$/, `${name}/`);
}

/**
 * Starts loading a PDF from bytes: no eval, no font faces, no system fonts, quiet, the package's own
 * standard-font metrics and packed CMaps, and tolerant of broken objects (`stopAtErrors: false`) so that damaged files give what can be recovered.
 * With `images: false` the document's operator lists leave its images out (pdf.js's maxImageSize 0):
 * reading never paints, and an operator list built to learn a page's fonts or its drawn strings
 * otherwise decodes every image on the page (a logo's JPEG: ~25-30 ms of a 3-page paper's reading).
 * The bytes are copied, since pdf.js transfers (detaches) the buffer it is given.
 * @example const task = await openPdf(bytes, { images: false }); const doc = await task.promise;
 */
export async function openPdf(bytes: Uint8Array, { images = true }: { images?: boolean } = {}): Promise<PdfLoadingTask> {
  const { getDocument } = await pdfLibrary();
  return getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    stopAtErrors: false,
    standardFontDataUrl: packageDir("standard_fonts"),
    cMapUrl: packageDir("cmaps"),
    cMapPacked: true,
    ...(images ? {} : { maxImageSize: 0 }),
  });
}
