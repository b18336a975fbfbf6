#!/usr/bin/env node
// pdf.js painting a PDF's pages onto a canvas in Node (the @napi-rs/canvas that pdfjs-dist brings
// as its optional dependency), to set beside pdftoppm as OCR's rasteriser: prints seconds per page
// for the paint alone and with the PNG encoding Tesseract would read.
//   node bench/render-pdfjs.mjs FILE.pdf DPI [PAGES]     (bench:ocr runs it)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [file, dpiArg = "300", pagesArg] = process.argv.slice(2);
const dpi = Number(dpiArg);
const require = createRequire(join(root, "packages/parser/package.json"));
const pdfjs = await import(pathToFileURL(require.resolve("pdfjs-dist/legacy/build/pdf.mjs")).href);
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, useSystemFonts: false }).promise;
const pages = Math.min(doc.numPages, Number(pagesArg ?? doc.numPages));
let paint = 0;
let encode = 0;
for (let n = 1; n <= pages; n++) {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: dpi / 72 });
  const t0 = process.hrtime.bigint();
  const { canvas, context } = doc.canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvasContext: context, canvas, viewport }).promise;
  const t1 = process.hrtime.bigint();
  canvas.toBuffer("image/png");
  const t2 = process.hrtime.bigint();
  paint += Number(t1 - t0) / 1e9;
  encode += Number(t2 - t1) / 1e9;
  page.cleanup();
}
await doc.destroy();
console.log(JSON.stringify({ pages, paint, encode }));
