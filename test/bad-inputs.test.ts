import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeInput } from "@diarium/extractor";
import { validateAnalysis, type Analysis } from "@diarium/schema";
import { outputPath } from "../packages/cli/src/batch/inputs.ts";
import { corpus, diarium, ensureBundle, FAILURE_LINE, tempDir } from "../packages/cli/test/helpers.ts";
import { ENCRYPTED_PDF, IMAGE_ONLY_PDF, ZERO_PAGE_PDF } from "../packages/parser/test/pdf-fixtures.ts";

/**
 * Every kind of broken file an archive run meets, made here from the corpus, each with its exact
 * outcome: an analysis (with the warning that tells what was wrong) or one stable error code.
 */

const paper = readFileSync(corpus("stockholm-utlatande-2013-125.txt"), "utf8");
const printPdf = readFileSync(corpus("stockholm-utlatande-2013-125-print.pdf"));

/** The paper with the few characters Latin-1 lacks (dashes, curly quotes) made plain. */
const latinPaper = paper.replace(/[–—]/g, "-").replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[^\u0000-\u00ff]/g, "?");

/** A deterministic stream of bytes that is no text: NULs, control bytes and high bytes. */
function junk(length: number): Buffer {
  const out = Buffer.alloc(length);
  let x = 7;
  for (let i = 0; i < length; i++) out[i] = (x = (x * 1103515245 + 12345) & 0x7fffffff) >> 16;
  return out;
}

/** The print PDF with every in-use xref entry pointing at byte 1: pdf.js must rebuild the table. */
function brokenXref(pdf: Buffer): Buffer {
  const s = pdf.toString("latin1");
  const at = s.lastIndexOf("\nxref");
  return Buffer.from(s.slice(0, at) + s.slice(at).replace(/\d{10} \d{5} n/g, "0000000001 00000 n"), "latin1");
}

/**
 * The print PDF with a few bytes overwritten and four stretches cut (a case the fuzzer found):
 * pdf.js rebuilds its xref, loses two pages, and rejects a promise of its own that nothing awaits.
 */
function strayRejectionPdf(pdf: Buffer): Buffer {
  const set = (b: Buffer, at: number, bytes: number[]) => Buffer.concat([b.subarray(0, at), Buffer.from(bytes), b.subarray(at + bytes.length)]);
  let b = set(pdf, 1256, [0x66, 0x48, 0xac, 0xac, 0x5b]);
  b = set(b, 16835, [0x6d, 0x86, 0x97, 0xe1, 0xc3, 0xc9, 0x12, 0x2a]);
  const keep = [[0, 6306], [8306, 22835], [23521, 27584], [30779, 32426], [35749, b.length]] as const;
  return Buffer.concat(keep.map(([from, to]) => b.subarray(from, to)));
}

type Case = { name: string; bytes: Buffer; format: "text" | "pdf" } & ({ code: string } | { warning: string | null; sameTextAs?: string });

const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(paper, "utf16le")]);
const CASES: Case[] = [
  { name: "tom.txt", format: "text", bytes: Buffer.alloc(0), code: "E_EMPTY" },
  { name: "blanksteg.txt", format: "text", bytes: Buffer.from(" \n\t\r\n   \n"), code: "E_EMPTY" },
  { name: "skräp.txt", format: "text", bytes: junk(4096), code: "E_BINARY" },
  { name: "nul.txt", format: "text", bytes: Buffer.from(paper.slice(0, 2000) + "\u0000\u0000" + paper.slice(2000)), code: "E_BINARY" },
  { name: "latin1.txt", format: "text", bytes: Buffer.from(latinPaper, "latin1"), warning: null, sameTextAs: latinPaper },
  { name: "utf16le.txt", format: "text", bytes: utf16le, warning: null, sameTextAs: paper },
  { name: "utf16be.txt", format: "text", bytes: Buffer.from(utf16le).swap16(), warning: null, sameTextAs: paper },
  // A BOM, then a high surrogate with no low one after it.
  { name: "trasig-utf16.txt", format: "text", bytes: Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]), code: "E_ENCODING" },
  { name: "stor.txt", format: "text", bytes: Buffer.alloc(50 * 1024 * 1024, "Kommunfullmäktige beslutar.\n"), code: "E_TOO_LARGE" },
  {
    name: "en-rad.txt",
    format: "text",
    bytes: Buffer.from("Kommunfullmäktige beslutar att motionen bifalls och att 300 000 kr anvisas. ".repeat(66_000)),
    warning: "W_LONG_LINE",
  },
  { name: "avklippt.pdf", format: "pdf", bytes: printPdf.subarray(0, Math.floor(printPdf.length / 2)), code: "E_DAMAGED" },
  { name: "krypterad.pdf", format: "pdf", bytes: Buffer.from(ENCRYPTED_PDF), code: "E_ENCRYPTED" },
  { name: "skannad.pdf", format: "pdf", bytes: Buffer.from(IMAGE_ONLY_PDF), code: "E_NO_TEXT" },
  { name: "inga-sidor.pdf", format: "pdf", bytes: Buffer.from(ZERO_PAGE_PDF), code: "E_ZERO_PAGES" },
  { name: "trasig-xref.pdf", format: "pdf", bytes: brokenXref(printPdf), warning: "W_PDF_XREF_REBUILT" },
  { name: "sidor-saknas.pdf", format: "pdf", bytes: strayRejectionPdf(printPdf), warning: "W_PDF_PAGE_UNREADABLE" },
  { name: "inte-en.pdf", format: "pdf", bytes: Buffer.from("Detta är ett brev, ingen PDF.\n"), code: "E_NOT_PDF" },
  // A .docx is a ZIP archive: handed to the PDF reader it is no PDF.
  { name: "brev.docx.pdf", format: "pdf", bytes: Buffer.concat([Buffer.from("PK\u0003\u0004"), junk(2000)]), code: "E_NOT_PDF" },
];

const analyses = new Map<string, Analysis>();
async function analyze(c: Case) {
  const sha256 = createHash("sha256").update(c.bytes).digest("hex");
  return analyzeInput({ path: c.name, bytes: new Uint8Array(c.bytes), sha256, format: c.format });
}

describe("the library on bad input", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const result = await analyze(c);
    if ("code" in c) {
      expect(result.ok ? "an analysis" : result.code).toBe(c.code);
      if (!result.ok) expect(result.message).not.toContain("\n");
      return;
    }
    if (!result.ok) throw new Error(`${c.name}: ${result.code}: ${result.message}`);
    expect(validateAnalysis(result.analysis).ok).toBe(true);
    const codes = result.analysis.warnings.map((w) => w.code);
    if (c.warning) expect(codes).toContain(c.warning);
    else expect(codes.filter((w) => w.startsWith("W_PDF") || w === "W_LONG_LINE")).toEqual([]);
    analyses.set(c.name, result.analysis);
  });

  it("reads Latin-1 and UTF-16 to the same text, å ä ö included, as UTF-8", async () => {
    for (const c of CASES) {
      if (!("sameTextAs" in c) || c.sameTextAs === undefined) continue;
      const fromUtf8 = await analyzeInput({ path: "x.txt", bytes: new TextEncoder().encode(c.sameTextAs), sha256: "0", format: "text" });
      if (!fromUtf8.ok) throw new Error(fromUtf8.message);
      const analysis = analyses.get(c.name) ?? (await analyze(c).then((r) => (r.ok ? r.analysis : undefined)));
      expect(analysis?.text, c.name).toBe(fromUtf8.analysis.text);
      expect(analysis?.text).toMatch(/föredragande borgarrådet/i);
      expect(analysis?.sections.map((s) => s.kind)).toEqual(fromUtf8.analysis.sections.map((s) => s.kind));
    }
  });

  it("takes a size limit from the caller", async () => {
    const result = await analyzeInput({ path: "a.txt", bytes: new TextEncoder().encode(paper), sha256: "0", format: "text" }, { maxBytes: 1000 });
    expect(result.ok ? "an analysis" : `${result.code}: ${result.message}`).toBe("E_TOO_LARGE: 35 kB is over the limit of 1 kB for a text");
  });
});

describe("the batch on all of them at once", () => {
  beforeAll(ensureBundle, 120_000);

  it("writes every good file, names every bad one with its code, and exits 1", () => {
    const archive = tempDir("bad-inputs");
    for (const c of CASES) {
      const name = c.name === "brev.docx.pdf" ? "brev.docx" : c.name;
      const dir = join(archive, c.format === "pdf" ? "pdf" : "text");
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, name), c.bytes);
    }
    writeFileSync(join(archive, "text", "utlåtande (kopia).txt"), paper);
    writeFileSync(join(archive, "anteckningar.json"), "{}"); // not a paper: left alone
    symlinkSync(archive, join(archive, "loop"));
    symlinkSync(join(archive, "finns-inte.txt"), join(archive, "text", "död-länk.txt"));
    const out = tempDir("bad-inputs-out");

    const run = diarium(["analyze", archive, "--out", out, "--quiet"]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const failed = new Map<string, string>();
    for (const line of run.stderr.split("\n")) {
      const m = FAILURE_LINE.exec(line.trim());
      if (m?.groups) failed.set(m.groups.path!.slice(archive.length + 1), m.groups.code!);
    }
    const expected = Object.fromEntries([
      ...CASES.flatMap((c) => ("code" in c ? [[`${c.format}/${c.name === "brev.docx.pdf" ? "brev.docx" : c.name}`, c.name === "brev.docx.pdf" ? "E_UNSUPPORTED" : c.code]] : [])),
      ["loop", "E_IO"],
      ["text/död-länk.txt", "E_IO"],
    ]);
    expect(Object.fromEntries(failed)).toEqual(expected);
    const ndjson = readFileSync(join(out, "failures.ndjson"), "utf8").trim().split("\n");
    expect(ndjson).toHaveLength(Object.keys(expected).length);

    const good = [...CASES.filter((c) => !("code" in c)).map((c) => `${c.format}/${c.name}`), "text/utlåtande (kopia).txt"];
    for (const rel of good) {
      const file = join(out, rel.replace(/\.(txt|pdf)$/, ".json"));
      expect(existsSync(file), rel).toBe(true);
      expect(validateAnalysis(JSON.parse(readFileSync(file, "utf8"))).ok).toBe(true);
    }
  });

  // the CLI, not the parser, drops the rejection: in a worker (above), in this thread and in `view`
  it("reads the PDF on which pdf.js drops a rejection of its own alone and in view, without a crash", () => {
    const dir = tempDir("stray-rejection");
    const file = join(dir, "sidor-saknas.pdf");
    writeFileSync(file, strayRejectionPdf(printPdf));
    const lone = diarium(["analyze", file, "--quiet"]);
    expect(lone.stderr).toBe("");
    expect(lone.status).toBe(0);
    expect((JSON.parse(lone.stdout) as Analysis).warnings.map((w) => w.code)).toContain("W_PDF_PAGE_UNREADABLE");
    const view = diarium(["view", file, "--out", join(dir, "sidor-saknas.html"), "--quiet"]);
    expect(view.stderr).not.toContain("FormatError");
    expect(view.status).toBe(0);
    expect(existsSync(join(dir, "sidor-saknas.html"))).toBe(true);
  });

  it("never writes outside --out, whatever the input is called", () => {
    expect(outputPath("/tmp/out", "2013/a.json")).toBe("/tmp/out/2013/a.json");
    expect(() => outputPath("/tmp/out", "../a.json")).toThrow(/escapes --out/);
    expect(() => outputPath("/tmp/out", "/etc/a.json")).toThrow(/escapes --out/);
    expect(() => outputPath("/tmp/out", "2013/../../a.json")).toThrow(/escapes --out/);
  });
});
