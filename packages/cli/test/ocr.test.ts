import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isReadError, normalize, readPdf } from "@diarium/parser";
import type { Analysis, Evidence } from "@diarium/schema";
import { corpus, diarium, ensureBundle, FAILURE_LINE, place, root, tempDir } from "./helpers.ts";

/** Whether this machine can OCR: CI installs tesseract-ocr, tesseract-ocr-swe and poppler-utils (.ci/run). */
const canOcr = spawnSync("tesseract", ["--list-langs"], { encoding: "utf8" }).stdout?.split("\n").includes("swe") === true && spawnSync("pdftoppm", ["-v"]).error === undefined;
if (!canOcr) console.log("ocr.test: tesseract with Swedish data or pdftoppm is not installed; the OCR tests are skipped (apt-get install tesseract-ocr tesseract-ocr-swe poppler-utils)");

const PRINT = "stockholm-utlatande-2013-125-print.pdf";
/** Pages of the print PDF scanned for the test: two, since OCR takes seconds a page. */
const PAGES = 2;
const DPI = 200;

/** Every evidence object in an analysis. */
function evidenceOf(value: unknown, out: Evidence[] = []): Evidence[] {
  if (Array.isArray(value)) for (const v of value) evidenceOf(v, out);
  else if (value && typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.start === "number" && typeof v.end === "number" && typeof v.quote === "string") out.push(v as unknown as Evidence);
    for (const child of Object.values(v)) evidenceOf(child, out);
  }
  return out;
}

/** The words of a text, folded for comparison ("§", punctuation and case aside). */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of `want`'s words (as a multiset) that `got` holds. */
function recall(want: string[], got: string[]): number {
  const left = new Map<string, number>();
  for (const w of got) left.set(w, (left.get(w) ?? 0) + 1);
  let found = 0;
  for (const w of want) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      found++;
      left.set(w, n - 1);
    }
  }
  return want.length === 0 ? 1 : found / want.length;
}

describe.skipIf(!canOcr)("diarium analyze of a folder mixing born-digital, scanned and text papers", () => {
  const folder = tempDir("ocr-mixed");
  const out = tempDir("ocr-mixed-out");
  let run: ReturnType<typeof diarium>;
  const read = (name: string): Analysis => JSON.parse(readFileSync(join(out, name), "utf8")) as Analysis;

  beforeAll(async () => {
    await ensureBundle();
    place(folder, "utlatande.pdf", PRINT);
    place(folder, "utlatande.txt", "stockholm-utlatande-2013-125.txt");
    mkdirSync(join(folder, "skannat"), { recursive: true });
    // two pages of the print PDF, rendered at 200 dpi, turned, blurred and noisy, without a text layer
    execFileSync(process.execPath, [join(root, "scripts/make-scans.mjs"), "--dpi", String(DPI), "--pages", String(PAGES), "--out", join(folder, "skannat"), corpus(PRINT)]);
    // a generous time limit: OCR takes seconds a page, and many more on a machine shared with others
    run = diarium(["analyze", folder, "--out", out, "--jobs", "2", "--quiet", "--timeout", "900"]);
  }, 900_000);

  it("writes an analysis for every paper, with the OCR'd pages marked on the scanned one", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const scanned = read(`skannat/${DPI}/${PRINT.replace(/\.pdf$/, ".json")}`);
    expect(scanned.source.pages).toBe(PAGES);
    expect(scanned.source.ocr?.lang).toBe("swe");
    expect(scanned.source.ocr?.pages.map((p) => p.page)).toEqual([1, 2]);
    for (const p of scanned.source.ocr?.pages ?? []) expect(p.confidence).toBeGreaterThan(80);
    expect(read("utlatande.json").source.ocr).toBeUndefined();
    expect(read("utlatande.txt.json").source.ocr).toBeUndefined();
  });

  it("reads the scan's text close to the born-digital pages", async () => {
    const born = await readPdf(new Uint8Array(readFileSync(corpus(PRINT))), { maxPages: PAGES });
    if (isReadError(born)) throw new Error(born.message);
    const want = wordsOf(normalize(born).text);
    const got = wordsOf(read(`skannat/${DPI}/${PRINT.replace(/\.pdf$/, ".json")}`).text);
    expect(recall(want, got)).toBeGreaterThan(0.95);
    expect(recall(got, want)).toBeGreaterThan(0.9);
  });

  it("gives every OCR evidence its text slice as quote and boxes on its page", () => {
    const scanned = read(`skannat/${DPI}/${PRINT.replace(/\.pdf$/, ".json")}`);
    const evidence = evidenceOf(scanned);
    expect(evidence.length).toBeGreaterThan(5);
    // the scan's pages are its images at 200 dpi: A4, 595 × 842 points
    for (const e of evidence) {
      expect(scanned.text.slice(e.start, e.end)).toBe(e.quote);
      for (const box of e.boxes ?? []) {
        expect(box.page).toBeGreaterThanOrEqual(1);
        expect(box.page).toBeLessThanOrEqual(PAGES);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(596);
        expect(box.y + box.height).toBeLessThanOrEqual(843);
      }
    }
    expect(evidence.filter((e) => (e.boxes ?? []).length > 0).length).toBeGreaterThan(evidence.length / 2);
  });

  it("names no party or forum the born-digital paper does not", () => {
    const scanned = read(`skannat/${DPI}/${PRINT.replace(/\.pdf$/, ".json")}`);
    const born = read("utlatande.json");
    const parties = new Set(born.parties.map((p) => p.code));
    const forums = new Set(born.positions.map((p) => p.forum));
    expect(scanned.parties.map((p) => p.code).filter((c) => !parties.has(c))).toEqual([]);
    expect(scanned.positions.map((p) => p.forum).filter((f) => !forums.has(f))).toEqual([]);
  });
});

describe.skipIf(!canOcr)("a scanned paper without tesseract", () => {
  it("fails with E_NO_TEXT and says how to install it", () => {
    const folder = tempDir("ocr-missing");
    execFileSync(process.execPath, [join(root, "scripts/make-scans.mjs"), "--dpi", "100", "--pages", "1", "--out", folder, corpus(PRINT)]);
    const scan = join(folder, "100", PRINT);
    expect(existsSync(scan)).toBe(true);
    // a PATH without tesseract: node is called by its full path
    const run = spawnSync(process.execPath, [join(root, "scripts/diarium.mjs"), "analyze", scan, "--quiet"], { encoding: "utf8", env: { ...process.env, PATH: "/nonexistent" } });
    expect(run.status).toBe(1);
    const line = run.stderr.trim().split("\n")[0] ?? "";
    expect(line).toMatch(FAILURE_LINE);
    expect(line).toContain("E_NO_TEXT");
    expect(line).toContain("apt-get install tesseract-ocr tesseract-ocr-swe");
  });
});
