import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeInput } from "@diarium/extractor";
import { annotationsIn, isReadError, normalize, readPdf } from "@diarium/parser";

/**
 * The PDFs of pdf.js's own test suite that diarium once read badly (../shared/corpus/pdfjs/, read
 * in place, never copied here; SOURCES.md says what each is): fonts that need pdf.js's CMaps
 * give the text poppler's pdftotext reads; text that lives only in form fields and annotations is
 * read, or refused with a message that names it; a file without a %PDF- header that pdf.js reads
 * is analysed; a damaged file's message keeps pdf.js's reason.
 */

const SUITE = fileURLToPath(new URL("../../shared/corpus/pdfjs/", import.meta.url));
const present = existsSync(join(SUITE, "SOURCES.md"));
const pdftotext = spawnSync("pdftotext", ["-v"]).error === undefined;
if (!present) console.log("pdfjs-suite: ../shared/corpus/pdfjs/ is absent; the pdf.js suite tests are skipped");
else if (!pdftotext) console.log("pdfjs-suite: pdftotext (poppler-utils) is missing; the CMap comparisons are skipped");

/** SOURCES.md's table: file name → what diarium did with it when the issue was filed. */
function sources(): Map<string, string> {
  const rows = new Map<string, string>();
  if (!present) return rows;
  for (const line of readFileSync(join(SUITE, "SOURCES.md"), "utf8").split("\n")) {
    const row = /^\| ([\w.-]+\.pdf) \| (.+) \|$/.exec(line);
    if (row) rows.set(row[1] as string, row[2] as string);
  }
  return rows;
}

const rows = sources();
const named = (test: (what: string) => boolean) => [...rows].filter(([, what]) => test(what)).map(([file, what]) => ({ file, what }));
const CMAP_FILES = named((what) => /CMap/.test(what));
const ANNOTATION_FILES = named((what) => /form fields or annotations/.test(what));
const DAMAGED_FILES = named((what) => what.startsWith("E_DAMAGED"));

function bytesOf(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(SUITE, file)));
}

async function analyse(file: string) {
  const bytes = bytesOf(file);
  return analyzeInput({ path: file, bytes, sha256: createHash("sha256").update(bytes).digest("hex"), format: "pdf" });
}

/** Letters and digits only, compatibility forms folded: spacing and punctuation differ between readers. */
const fold = (s: string) => s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Bytes of a legacy encoding shown as Latin-1 letters: "È« ÊÀ ½ç" (no character above U+00FF). */
const LATIN1_MOJIBAKE = /^[\u0000-\u00ff]*[\u0080-\u00ff]{2}[\u0000-\u00ff]*$/s;

/**
 * What poppler reads of a file, as words of two or more letters or digits. For a CID font it has
 * no Unicode map for (SimFang-variant.pdf, XiaoBiaoSong.pdf: GB-EUC-H) poppler writes the font's
 * GB 2312 codes as Latin-1 ("È« ÊÀ ½ç"); read as GB 18030 they are the words ("全 世 界").
 */
function popplerWords(file: string): string[] {
  const run = spawnSync("pdftotext", ["-enc", "UTF-8", join(SUITE, file), "-"], { encoding: "utf8" });
  const out = run.stdout.replace(/\u00ad/g, ""); // soft hyphens (issue11768_reduced.pdf): invisible, and no code of GB 2312
  const text = LATIN1_MOJIBAKE.test(out) ? new TextDecoder("gb18030").decode(Buffer.from(out, "latin1")) : out;
  return text.split(/\s+/).map(fold).filter((w) => w.length >= 2);
}

/** Up to `n` of the words, spread evenly over the text. */
function sampleOf(words: string[], n: number): string[] {
  if (words.length <= n) return words;
  return Array.from({ length: n }, (_, k) => words[Math.floor((k * words.length) / n)] as string);
}

describe.skipIf(!present)("pdf.js's test PDFs", () => {
  it("lists the files the issue names", () => {
    expect(CMAP_FILES.length).toBe(23);
    expect(ANNOTATION_FILES.length).toBe(45);
    expect(DAMAGED_FILES.length).toBe(3);
  });

  describe.skipIf(!pdftotext).each(CMAP_FILES)("$file (a font with a predefined CMap)", ({ file }) => {
    it("is analysed with the words poppler reads", async () => {
      const result = await analyse(file);
      if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
      const text = fold(result.analysis.text);
      const sample = sampleOf(popplerWords(file), 40);
      expect(sample.length).toBeGreaterThan(0);
      const missing = sample.filter((w) => !text.includes(w));
      // Readers may differ on a word or two (a ligature, a glyph mapped apart): nine in ten must be there.
      expect(missing.length, `not read: ${missing.join(" ")}`).toBeLessThanOrEqual(Math.floor(sample.length / 10));
    });
  });

  describe.each(ANNOTATION_FILES)("$file (text in form fields or annotations only)", ({ file }) => {
    it("is analysed with its annotation text, or refused with a message naming annotation text", async () => {
      const result = await analyse(file);
      if (!result.ok) {
        expect(result.code).toBe("E_NO_TEXT");
        expect(result.message).toMatch(/annotation/);
        expect(result.message).not.toMatch(/^no text layer \(a scanned PDF\?\)/);
        return;
      }
      expect(result.analysis.warnings.map((w) => w.code)).toContain("W_PDF_ANNOTATION_TEXT");
      const raw = await readPdf(bytesOf(file));
      if (isReadError(raw)) throw new Error(raw.message);
      const annotations = annotationsIn(raw.annotations, normalize(raw));
      expect(annotations.length).toBeGreaterThan(0);
      for (const a of annotations) {
        expect(a.text.trim()).not.toBe("");
        // The normaliser reads a line holding only a number as a page number and drops it (a
        // field holding "100"): the value stays in the annotation's text, without evidence.
        if (/^\d{1,4}$/.test(a.text) && a.evidence === null) continue;
        if (!a.evidence) throw new Error(`no evidence for ${JSON.stringify(a)}`);
        expect(fold(a.evidence.quote)).toBe(fold(a.text));
        expect(result.analysis.text.slice(a.evidence.start, a.evidence.end)).toBe(a.evidence.quote);
        expect(a.evidence.quote.trim()).not.toBe("");
        expect(a.evidence.page).toBeGreaterThanOrEqual(1);
      }
    });
  });

  it("reads a filled multi-line text field as lines of their own, with its name and box", async () => {
    const raw = await readPdf(bytesOf("annotation-tx3.pdf"));
    if (isReadError(raw)) throw new Error(raw.message);
    expect(raw.lines.map((l) => l.text)).toEqual(["tx annotation", "Line2", "Line3", "Line4"]);
    const [field] = annotationsIn(raw.annotations, normalize(raw));
    expect(field).toMatchObject({ kind: "field", name: "Text2", evidence: { page: 1, quote: "tx annotation\nLine2\nLine3\nLine4" } });
    expect(field?.box.map(Math.round)).toEqual([17, 45, 317, 778]);
  });

  it("reads FreeText annotations but not the popup that repeats one of them", async () => {
    const raw = await readPdf(bytesOf("freetexts.pdf"));
    if (isReadError(raw)) throw new Error(raw.message);
    expect(raw.annotations.map((a) => a.kind)).toEqual(Array(6).fill("freetext"));
    expect(raw.lines.filter((l) => l.text === "Hello World from Foxit")).toHaveLength(1);
  });

  it("leaves hidden fields unread and says so", async () => {
    expect(await readPdf(bytesOf("annotation_hidden_noview.pdf"))).toEqual({
      ok: false,
      code: "E_NO_TEXT",
      message: "no text on the pages; 2 annotations hold text, not read (2 hidden)",
    });
  });

  it("reads no annotation text under 'exclude', and says what was left out", async () => {
    expect(await readPdf(bytesOf("annotation-tx.pdf"), { annotations: "exclude" })).toMatchObject({
      code: "E_NO_TEXT",
      message: "no text on the pages; 1 annotation holds text, not read (1 left out by --annotations exclude)",
    });
  });

  it("analyses bug1606566.pdf, which has no %PDF- header, and notes it", async () => {
    const result = await analyse("bug1606566.pdf");
    if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
    expect(result.analysis.warnings.map((w) => w.code)).toContain("W_PDF_NO_HEADER");
    if (pdftotext) for (const w of popplerWords("bug1606566.pdf")) expect(fold(result.analysis.text)).toContain(w);
  });

  describe.each(DAMAGED_FILES)("$file (damaged)", ({ file, what }) => {
    it("is refused as E_DAMAGED with pdf.js's reason", async () => {
      const reason = /\("(.+)"\)/.exec(what)?.[1];
      expect(reason).toBeDefined();
      const result = await analyse(file);
      expect(result).toMatchObject({ ok: false, code: "E_DAMAGED" });
      expect(!result.ok && result.message).toContain(reason);
    });
  });

  it("says endchar.pdf draws its text outside the crop box, quoting it", async () => {
    const result = await analyse("endchar.pdf");
    expect(result).toMatchObject({ ok: false, code: "E_NO_TEXT" });
    const message = result.ok ? "" : result.message;
    expect(message).toMatch(/outside its crop box/);
    if (pdftotext) for (const w of popplerWords("endchar.pdf")) expect(fold(message)).toContain(w);
  });
});
