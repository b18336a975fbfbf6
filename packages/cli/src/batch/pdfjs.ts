import Module, { createRequire } from "node:module";
import { pdfLibrary } from "@diarium/parser";

/**
 * pdf.js as the CLI's workers load it, without what only drawing a page needs. On import, pdf.js
 * requires its optional native canvas (@napi-rs/canvas, for DOMMatrix, ImageData and Path2D) and
 * reads `Response.prototype` (to add `bytes`), which makes Node load its fetch implementation:
 * together some 60-100 ms of a worker's start. diarium never draws a page with pdf.js (OCR renders
 * with pdftoppm) nor fetches with it (it is given the bytes), so the canvas is a stub for the
 * worker's life, and `Response` one only while pdf.js loads (the parser's pdfLibrary, which loads
 * both of its files). For the workers only: a process that draws with pdf.js must not get the stubs.
 */
let loading: Promise<void> | undefined;

/** Loads pdf.js once per worker (a no-op after the first call). */
export function loadPdfJsWithoutDrawing(): Promise<void> {
  loading ??= load().catch(() => undefined);
  return loading;
}

async function load(): Promise<void> {
  stubCanvas();
  const response = Object.getOwnPropertyDescriptor(globalThis, "Response");
  Object.defineProperty(globalThis, "Response", { value: class { bytes(): void {} }, configurable: true, writable: true });
  try {
    await pdfLibrary();
  } finally {
    if (response) Object.defineProperty(globalThis, "Response", response);
  }
}

/** `require("@napi-rs/canvas")` from pdf.js gives three empty classes (nothing when it is not installed: pdf.js then goes without). */
function stubCanvas(): void {
  let path: string;
  try {
    const pdfJs = createRequire(import.meta.url).resolve("pdfjs-dist/legacy/build/pdf.mjs");
    path = createRequire(pdfJs).resolve("@napi-rs/canvas");
  } catch {
    return;
  }
  const stub = new Module(path);
  stub.filename = path;
  stub.loaded = true;
  stub.exports = { DOMMatrix: class DOMMatrix {}, ImageData: class ImageData {}, Path2D: class Path2D {} };
  createRequire(path).cache[path] = stub;
}
