import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, resolve } from "node:path";
import { analyzeInput } from "@diarium/extractor";
import { validateAnalysis, type Analysis, type ErrorCode } from "@diarium/schema";
import { messageOf } from "../batch/failure.ts";
import { FORMAT_BY_EXTENSION } from "../batch/inputs.ts";
import { containStrayPdfJsRejections } from "../batch/stray-rejections.ts";
import { DEFAULT_OCR, DEFAULT_OCR_MEMORY_MB, ocrOptionsFor } from "../ocr/tesseract.ts";
import { DIARIUM_VERSION } from "../version.ts";
import { renderPaperView } from "../view/index.ts";

export type ViewFlags = { out?: string; pdf?: string; quiet: boolean };
export type ViewIo = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

/** The time reading may take while a paper is viewed: analyze's default. */
const OCR_LIMIT_MS = 120_000;

type Loaded = { analysis: Analysis; pdfBytes?: Uint8Array } | { code: ErrorCode; message: string };

/** A paper analysed here, or an analysis read from its JSON with the PDF it names (when found and unchanged). */
async function load(input: string, flags: ViewFlags, io: ViewIo): Promise<Loaded> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(input);
  } catch (error) {
    return { code: "E_IO", message: `cannot read: ${messageOf(error)}` };
  }
  const ext = extname(input).toLowerCase();
  if (ext === ".json") {
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString("utf8"));
    } catch (error) {
      return { code: "E_SCHEMA", message: `not a diarium analysis: not JSON (${messageOf(error)})` };
    }
    const checked = validateAnalysis(value);
    if (!checked.ok) return { code: "E_SCHEMA", message: `not a diarium analysis (${checked.issues[0]?.path || "(root)"}: ${checked.issues[0]?.message ?? "?"})` };
    const analysis = checked.analysis;
    if (analysis.source.format !== "pdf") return { analysis };
    // The PDF the analysis names: --pdf, else its source path from here or from the JSON's folder.
    const candidates = flags.pdf ? [resolve(flags.pdf)] : [resolve(analysis.source.path), resolve(dirname(input), analysis.source.path), resolve(dirname(input), basename(analysis.source.path))];
    for (const file of candidates) {
      if (!existsSync(file)) continue;
      const pdf = readFileSync(file);
      if (createHash("sha256").update(pdf).digest("hex") === analysis.source.sha256) return { analysis, pdfBytes: pdf };
      io.stderr.write(`${input}: ${file} is not the PDF this analysis was made from (its SHA-256 differs)\n`);
    }
    io.stderr.write(`${input}: the PDF is not at hand (--pdf FILE names it); showing the text\n`);
    return { analysis };
  }
  const format = FORMAT_BY_EXTENSION[ext];
  if (!format) return { code: "E_UNSUPPORTED", message: `diarium views .pdf, .txt, .md, .text papers and .json analyses, not "${ext || "(no extension)"}"` };
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  // a scanned PDF is read by OCR as `diarium analyze` reads it (its words' boxes become the evidence boxes)
  const ocr = format === "pdf" ? { ocr: ocrOptionsFor(bytes, DEFAULT_OCR, Date.now() + OCR_LIMIT_MS, DEFAULT_OCR_MEMORY_MB) } : {};
  if (format === "pdf") containStrayPdfJsRejections();
  const result = await analyzeInput({ path: input, bytes, sha256, format }, { version: DIARIUM_VERSION, timeoutMs: OCR_LIMIT_MS, ...ocr });
  if (!result.ok) return { code: result.code, message: result.message };
  const checked = validateAnalysis(result.analysis);
  if (!checked.ok) return { code: "E_INTERNAL", message: `bug: the analysis fails the schema at ${checked.issues[0]?.path ?? "?"} (please report it)` };
  return format === "pdf" ? { analysis: checked.analysis, pdfBytes: bytes } : { analysis: checked.analysis };
}

/**
 * `diarium view PAPER|ANALYSIS.json [--out view.html]`: one self-contained HTML page (no network)
 * showing the paper with every fact's evidence marked. `--out -` writes it to stdout; without
 * --out it goes to `<stem>.view.html` in the current folder. Returns the exit code.
 * @example await viewCommand("corpus/stockholm-utlatande-2013-125-print.pdf", { out: "v.html", quiet: false }, io) // 0
 */
export async function viewCommand(input: string, flags: ViewFlags, io: ViewIo): Promise<number> {
  const loaded = await load(input, flags, io);
  if ("code" in loaded) {
    io.stderr.write(`${input}: ${loaded.code}: ${loaded.message}\n`);
    return 1;
  }
  const html = renderPaperView(loaded.pdfBytes ? { analysis: loaded.analysis, pdfBytes: loaded.pdfBytes } : { analysis: loaded.analysis });
  if (flags.out === "-") {
    io.stdout.write(html);
    return 0;
  }
  const out = flags.out ?? `${basename(input, extname(input))}.view.html`;
  try {
    writeFileSync(out, html);
  } catch (error) {
    io.stderr.write(`${out}: E_IO: cannot write: ${messageOf(error)}\n`);
    return 1;
  }
  if (!flags.quiet) io.stderr.write(`wrote ${out} (${Math.round(html.length / 1000)} kB${loaded.pdfBytes ? ", the PDF's pages with their evidence boxes" : ""})\n`);
  return 0;
}
