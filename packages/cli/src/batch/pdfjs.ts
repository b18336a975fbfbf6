import Module, { createRequire } from "node:module";
import { pdfLibrary, type PdfJsLoader } from "@diarium/parser";

/**
 * pdf.js as the CLI's workers load it, without what only drawing a page needs. On import, pdf.js
 * requires its optional native canvas (@napi-rs/canvas, for DOMMatrix, ImageData and Path2D) and
 * reads `Response.prototype` (to add `bytes`), which makes Node load its fetch implementation:
 * together some 60-100 ms of a worker's start. diarium never draws a page with pdf.js (OCR renders
 * with pdftoppm) nor fetches with it (it is given the bytes), so the canvas is a stub for the
 * worker's life, and `Response` one only while pdf.js loads (the parser's pdfLibrary, which loads
 * both of its files). For the workers only: a process that draws with pdf.js must not get the stubs.
 *
 * Its two files come from dist/pdfjs-dist.cjs when the build made it (scripts/build.mjs): one
 * classic script, compiled through V8's code cache (bin/code-cache.cjs) as the bin's analyze.cjs
 * is, where the ES modules of pdfjs-dist are compiled afresh by every worker (~120-170 ms).
 */
let loading: Promise<void> | undefined;

/** Where a worker finds pdf.js as one script, and the code-cache loader that runs it (both files of the CLI's install). */
export type PdfJsScript = { script: string; codeCache: string };

/** Writes the script's code cache, when the worker ran it without one that fitted; undefined otherwise. */
let saveCodeCache: (() => void) | undefined;

/** Loads pdf.js once per worker (a no-op after the first call): from `from` when given, else from pdfjs-dist. */
export function loadPdfJsWithoutDrawing(from?: PdfJsScript): Promise<void> {
  loading ??= load(from).catch(() => undefined);
  return loading;
}

/**
 * Writes the code cache of dist/pdfjs-dist.cjs when this worker ran it without one that fitted; once
 * per worker, after its first PDF, so that the functions the reading compiled are in the cache.
 */
export function savePdfJsCodeCache(): void {
  const save = saveCodeCache;
  saveCodeCache = undefined;
  save?.();
}

async function load(from: PdfJsScript | undefined): Promise<void> {
  stubCanvas();
  const response = Object.getOwnPropertyDescriptor(globalThis, "Response");
  Object.defineProperty(globalThis, "Response", { value: class { bytes(): void {} }, configurable: true, writable: true });
  try {
    await pdfLibrary(from ? async () => runScript(from) : undefined);
  } finally {
    if (response) Object.defineProperty(globalThis, "Response", response);
  }
}

type CodeCacheLoader = { loadWithCodeCache(file: string): { exports: { pdfjs?: unknown }; save(): void } };

/**
 * pdf.js from its script, which spawn.ts checked was built from the pdfjs-dist installed; undefined
 * (pdf.js is then imported) should the script have gone since.
 */
function runScript({ script, codeCache }: PdfJsScript): Awaited<ReturnType<PdfJsLoader>> {
  try {
    const loaded = (createRequire(script)(codeCache) as CodeCacheLoader).loadWithCodeCache(script);
    saveCodeCache = loaded.save;
    return loaded.exports.pdfjs as Awaited<ReturnType<PdfJsLoader>>;
  } catch {
    return undefined;
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
