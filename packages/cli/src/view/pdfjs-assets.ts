/**
 * pdf.js for the browser, taken from the installed pdfjs-dist (its legacy build) and inlined in
 * the view, so the page needs no network: the main library as an inline module script whose
 * exports become `globalThis.pdfjsLib`, the worker as inert text the client turns into a blob: URL.
 * The worker runs as a classic script: Chromium refuses a module worker from a blob: URL in a page
 * opened from disk (its origin is opaque), so its export list goes and `import.meta.url` (only
 * used to find the JPEG 2000 and JBIG2 decoders' wasm, which a page without network cannot fetch
 * anyway) becomes the worker's own location.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { sha256Source } from "./csp.ts";

/** What the view inlines of pdf.js: the main library (exports as a global), its CSP hash, the worker. */
export type PdfJsAssets = { main: string; mainHash: string; worker: string };

let cached: PdfJsAssets | undefined;

/** The final `export{a as getDocument,…};` of an ES module bundle: pdf.min.mjs ends with one. */
const EXPORT_LIST = /export\s*\{([^}]*)\}\s*;?\s*$/;

/**
 * A bundled ES module's source with its export list turned into a global object, so that it can
 * run as an inline script that other inline scripts read.
 * @example exportsAsGlobal("const a=1;export{a as b,c};", "lib") // "const a=1;globalThis.lib={b:a,c:c};"
 */
export function exportsAsGlobal(source: string, name: string): string {
  const m = EXPORT_LIST.exec(source);
  if (!m) throw new Error("pdf.js: no export list at the end of the module");
  const entries = (m[1] ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)
    .map((e) => {
      const [local, exported = local] = e.split(/\s+as\s+/);
      return `${exported}:${local}`;
    });
  return `${source.slice(0, m.index)}globalThis.${name}={${entries.join(",")}};`;
}

/**
 * pdf.worker.min.mjs as a classic worker script: no export list, no import.meta.
 * @example classicWorker("const u=import.meta.url;export{W};") // "const u=self.location.href;"
 */
export function classicWorker(source: string): string {
  const m = EXPORT_LIST.exec(source);
  const body = (m ? source.slice(0, m.index) : source).replaceAll("import.meta.url", "self.location.href");
  if (/\bimport\.meta\b|^\s*(?:import|export)\b/m.test(body)) throw new Error("pdf.js: the worker still uses module syntax");
  return body;
}

/**
 * pdf.js's browser files, read once per process from the pdfjs-dist the CLI depends on.
 * @example loadPdfJsAssets().worker.length // ~1.3 MB
 */
export function loadPdfJsAssets(): PdfJsAssets {
  if (cached) return cached;
  const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  const build = join(root, "legacy", "build");
  const main = exportsAsGlobal(readFileSync(join(build, "pdf.min.mjs"), "utf8"), "pdfjsLib");
  cached = { main, mainHash: sha256Source(main), worker: classicWorker(readFileSync(join(build, "pdf.worker.min.mjs"), "utf8")) };
  return cached;
}
