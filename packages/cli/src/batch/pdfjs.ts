import Module, { createRequire } from "node:module";

/**
 * pdf.js as the CLI's workers load it, without what only drawing a page needs. On import, pdf.js
 * requires its optional native canvas (@napi-rs/canvas, for DOMMatrix, ImageData and Path2D) and
 * reads `Response.prototype` (to add `bytes`), which makes Node load its fetch implementation:
 * together some 60-100 ms of a worker's start. diarium never draws a page with pdf.js (OCR renders
 * with pdftoppm) nor fetches with it (it is given the bytes), so the canvas is a stub for the
 * worker's life, and `Response` one only while pdf.js's two files load. Its worker file is loaded
 * here too, as pdf.js's own `globalThis.pdfjsWorker`, which its in-process "fake worker" then takes
 * instead of importing the same file itself. For the workers only: a process that draws with
 * pdf.js must not get the stubs.
 */
let loading: Promise<void> | undefined;

/** Loads pdf.js once per worker (a no-op after the first call, and when pdfjs-dist is not found). */
export function loadPdfJsWithoutDrawing(): Promise<void> {
  loading ??= load().catch(() => undefined);
  return loading;
}

// Variables, so that the bundler leaves the imports to Node (pdfjs-dist is external) and the type
// checker does not look for declarations of the worker file, which has none.
const PDF_JS = "pdfjs-dist/legacy/build/pdf.mjs";
const PDF_JS_WORKER = "pdfjs-dist/legacy/build/pdf.worker.mjs";

async function load(): Promise<void> {
  const main = createRequire(import.meta.url).resolve(PDF_JS);
  stubCanvas(main);
  const response = Object.getOwnPropertyDescriptor(globalThis, "Response");
  Object.defineProperty(globalThis, "Response", { value: class { bytes(): void {} }, configurable: true, writable: true });
  try {
    await import(PDF_JS);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import(PDF_JS_WORKER);
  } finally {
    if (response) Object.defineProperty(globalThis, "Response", response);
  }
}

/** `require("@napi-rs/canvas")` from pdf.js gives three empty classes (nothing when it is not installed: pdf.js then goes without). */
function stubCanvas(pdfJsFile: string): void {
  let path: string;
  try {
    path = createRequire(pdfJsFile).resolve("@napi-rs/canvas");
  } catch {
    return;
  }
  const stub = new Module(path);
  stub.filename = path;
  stub.loaded = true;
  stub.exports = { DOMMatrix: class DOMMatrix {}, ImageData: class ImageData {}, Path2D: class Path2D {} };
  createRequire(pdfJsFile).cache[path] = stub;
}
