/**
 * The OCR engine the PDF reader is given in the CLI: poppler's pdftoppm rasterises a page, Tesseract
 * reads it with the language data from Debian (tesseract-ocr-swe), and its TSV goes back to the
 * parser, which turns it into lines. Nothing is downloaded at run time. Both tools run as child
 * processes of the analysis worker under the file's time limit (each child is killed at the
 * deadline) and its memory limit (an address-space cap on each child).
 *
 * pdftoppm rather than pdf.js on a canvas: pdf.js needs a native canvas package (node-canvas or
 * skia) to paint a page in Node, which neither Debian nor our dependencies provide, while
 * pdftoppm comes with poppler-utils next to tesseract and renders a page at 300 dpi in ~0.2 s.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OcrEngine, OcrMode, OcrOptions, OcrPageText } from "@diarium/parser";

/** What `--ocr`, `--ocr-lang` and `--ocr-dpi` ask for. */
export type OcrSettings = { mode: OcrMode; lang: string; dpi: number };

export const DEFAULT_OCR: OcrSettings = { mode: "auto", lang: "swe", dpi: 300 };

/** An OCR child's memory cap when none is given (MB): the CLI's default memory per worker (--max-memory). */
export const DEFAULT_OCR_MEMORY_MB = 2048;

/** How to install what OCR needs, for the E_NO_TEXT message. */
export const INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-swe poppler-utils";

/** The Swedish word list of Debian's wswedish package (ISO-8859-1, one word a line), when installed. */
const WORD_LIST = "/usr/share/dict/swedish";

/** The largest TSV or tool message read back from a child, in bytes. */
const MAX_OUTPUT = 64 << 20;

// node:child_process is loaded at the first OCR: a text paper never needs it, and loading it costs
// each start ~3-5 ms (it brings net, dgram and streams with it).
let childProcess: typeof import("node:child_process") | undefined;
function tools(): typeof import("node:child_process") {
  return (childProcess ??= createRequire(import.meta.url)("node:child_process") as typeof import("node:child_process"));
}

// Per worker: whether the tools are there is asked once, and the word list read once, since a
// batch asks for every scanned paper. Both are facts of the machine, not of a paper.
const checked = new Map<string, string | null>();
let wordList: Set<string> | undefined;

/**
 * Why OCR cannot run with this language here, or null when it can: pdftoppm and tesseract must be
 * on PATH and the language's data installed.
 * @example ocrUnavailable("swe") // null, or "tesseract is not installed (apt-get install …)"
 */
export function ocrUnavailable(lang: string): string | null {
  const known = checked.get(lang);
  if (known !== undefined) return known;
  let reason: string | null = null;
  const langs = tools().spawnSync("tesseract", ["--list-langs"], { encoding: "utf8", timeout: 10_000 });
  if (langs.error || langs.status !== 0) reason = `tesseract is not installed (${INSTALL_HINT})`;
  else if (!lang.split("+").every((l) => langs.stdout.split(/\r?\n/).includes(l))) reason = `tesseract has no language data for "${lang}" (apt-get install tesseract-ocr-${lang.split("+")[0]})`;
  else {
    const poppler = tools().spawnSync("pdftoppm", ["-v"], { encoding: "utf8", timeout: 10_000 });
    if (poppler.error) reason = `pdftoppm is not installed (${INSTALL_HINT})`;
  }
  checked.set(lang, reason);
  return reason;
}

/** The words of the system's Swedish word list in lower case, or an empty set when it is absent. */
export function swedishWords(): Set<string> {
  if (wordList) return wordList;
  try {
    wordList = new Set(readFileSync(WORD_LIST, "latin1").toLowerCase().split("\n").filter((w) => w !== ""));
  } catch {
    wordList = new Set();
  }
  return wordList;
}

/** Runs a tool to its end or its deadline; its stdout, or the reason it failed. */
function run(command: string, args: string[], deadline: number, memoryMb: number): Promise<{ ok: true; stdout: string } | { ok: false; reason: string }> {
  const timeout = Math.max(1, deadline - Date.now());
  // `ulimit -v` caps the child's address space: a page that would take more fails alone
  const script = `ulimit -v ${Math.round(memoryMb * 1024)} 2>/dev/null; exec "$0" "$@"`;
  return new Promise((resolve) => {
    tools().execFile("sh", ["-c", script, command, ...args], { encoding: "utf8", timeout, killSignal: "SIGKILL", maxBuffer: MAX_OUTPUT, env: { ...process.env, OMP_THREAD_LIMIT: "1" } }, (error, stdout, stderr) => {
      if (!error) return resolve({ ok: true, stdout });
      const killed = (error as { killed?: boolean }).killed === true;
      resolve({ ok: false, reason: killed ? `${command} ran past the time limit` : `${command} failed: ${(stderr || error.message).trim().split("\n").slice(-1)[0]}` });
    });
  });
}

/**
 * An engine over one PDF: each page asked for is rendered to a greyscale image at `dpi` and read
 * by Tesseract (one thread: the batch's parallelism is the worker pool's), pages one after another.
 * The images live in a temporary folder removed when the pages are read.
 * @example const engine = tesseractEngine(bytes, { mode: "auto", lang: "swe", dpi: 300 }, Date.now() + 120_000, 2048)
 */
export function tesseractEngine(bytes: Uint8Array, settings: OcrSettings, deadline: number, memoryMb: number, onPage?: (done: number, total: number) => void): OcrEngine {
  return async (pages) => {
    const unavailable = ocrUnavailable(settings.lang);
    if (unavailable) return { ok: false, reason: unavailable };
    const dir = mkdtempSync(join(tmpdir(), "diarium-ocr-"));
    try {
      const pdf = join(dir, "paper.pdf");
      writeFileSync(pdf, bytes);
      const read: OcrPageText[] = [];
      onPage?.(0, pages.length);
      for (const [k, page] of pages.entries()) {
        const image = join(dir, `page-${page}`);
        const render = await run("pdftoppm", ["-r", String(settings.dpi), "-gray", "-f", String(page), "-l", String(page), "-singlefile", pdf, image], deadline, memoryMb);
        if (!render.ok) return { ok: false, reason: `page ${page}: ${render.reason}` };
        const ocr = await run("tesseract", [`${image}.pgm`, "stdout", "-l", settings.lang, "--dpi", String(settings.dpi), "--psm", "3", "tsv"], deadline, memoryMb);
        rmSync(`${image}.pgm`, { force: true });
        if (!ocr.ok) return { ok: false, reason: `page ${page}: ${ocr.reason}` };
        read.push({ page, tsv: ocr.stdout });
        onPage?.(k + 1, pages.length);
      }
      return { ok: true, pages: read };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/**
 * The reader's OCR options for one PDF. Whether the tools are there is asked, and the word list
 * read, only when a page needs OCR: a born-digital PDF pays nothing.
 * @example ocrOptionsFor(bytes, DEFAULT_OCR, deadline, 2048) // { mode: "auto", engine, lang: "swe", words }
 */
export function ocrOptionsFor(bytes: Uint8Array, settings: OcrSettings, deadline: number, memoryMb: number, onPage?: (done: number, total: number) => void): OcrOptions {
  if (settings.mode === "never") return { mode: "never", engine: null, lang: settings.lang };
  return { mode: settings.mode, engine: tesseractEngine(bytes, settings, deadline, memoryMb, onPage), lang: settings.lang, words: swedishWords };
}
