import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  isKnownWord,
  knownWordsOf,
  marksMended,
  ocrItemsOf,
  ocrLinesOf,
  pagesToOcr,
  readByOcr,
  repairToken,
  skewOf,
  textLayerQuality,
  textLayerVerdict,
  wordsOfTsv,
  type OcrWord,
} from "../src/index.ts";

// Tesseract 5.3 (swe) on page 1 of a scan made by scripts/make-scans.mjs at 300 dpi from
// ../shared/corpus/real/alingsas-ten-2025-12-15-65-motion-laddstationer.pdf (turned, blurred, noisy).
const TSV = readFileSync(new URL("./fixtures/ocr/laddstationer-scan-300dpi-p1.tsv", import.meta.url), "utf8");
/** The page's box in PDF points, as pdf.js gives it for the scan (595.44 × 841.92 pt, A4 at 300 dpi). */
const VIEW = [0, 0, 595.44, 841.92];

/** The words a test knows, besides the lexicon's. */
const known = knownWordsOf(new Set(["stöld", "säkra", "för", "fullmäktige", "kommun", "vilkor", "villkor", "lämnat", "ligger", "inte"]));

function word(text: string, left: number, top: number, width: number, height: number, conf = 95): OcrWord {
  return { text, conf, left, top, width, height, block: 1, par: 1, line: 1 };
}

describe("Tesseract's TSV as words", () => {
  it("reads the page size and each word with its box, confidence and line", () => {
    const page = wordsOfTsv(TSV);
    expect([page.width, page.height]).toEqual([2481, 3508]);
    expect(page.words.find((w) => w.text === "Tekniska")).toEqual({ text: "Tekniska", conf: 96.31163, left: 1622, top: 159, width: 211, height: 37, block: 1, par: 1, line: 1 });
    // rows of blocks, paragraphs and lines are not words; neither are empty texts
    expect(page.words.every((w) => w.text.trim() !== "")).toBe(true);
  });

  it("takes a page without a page row at the words' extent", () => {
    const tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n5\t1\t1\t1\t1\t1\t10\t20\t30\t40\t91.5\tBeslut\n5\t1\t1\t1\t1\t2\t50\t20\t30\t40\t-1\t \n";
    expect(wordsOfTsv(tsv)).toEqual({ width: 40, height: 60, words: [{ text: "Beslut", conf: 91.5, left: 10, top: 20, width: 30, height: 40, block: 1, par: 1, line: 1 }] });
  });
});

describe("OCR words placed on the page", () => {
  it("gives each word a box inside the page in PDF points and its line's baseline", () => {
    const items = ocrItemsOf(wordsOfTsv(TSV), VIEW);
    const tekniska = items.find((i) => i.text === "Tekniska");
    // the born-digital page prints "Tekniska nämnden" at x 388.1, baseline 795.2, 12 pt
    expect(tekniska?.x).toBeCloseTo(388.1, -0.5);
    expect(tekniska?.y).toBeCloseTo(795.2, -0.5);
    expect(Math.abs((tekniska?.size ?? 0) - 12)).toBeLessThanOrEqual(0.5);
    for (const i of items) {
      expect(i.box.x).toBeGreaterThanOrEqual(0);
      expect(i.box.y).toBeGreaterThanOrEqual(0);
      expect(i.box.x + i.box.width).toBeLessThanOrEqual(VIEW[2] as number);
      expect(i.box.y + i.box.height).toBeLessThanOrEqual(VIEW[3] as number);
    }
  });

  it("measures the skew of a crooked scan from its lines", () => {
    // three words on one line, each 10 px lower per 1000 px: a 0.57° turn
    const crooked = [word("Förvaltningen", 100, 1000, 300, 40), word("anser", 1175, 1010, 150, 40), word("att", 2200, 1020, 100, 40)];
    expect(skewOf(crooked)).toBeCloseTo(0.01, 3);
    expect(skewOf(crooked.slice(0, 2))).toBe(0);
  });

  it("drops specks and margin noise, keeps short words read surely", () => {
    const items = ocrItemsOf({ width: 2481, height: 3508, words: [word("rr", 304, 170, 79, 87, 5.9), word("|", 90, 900, 4, 60, 30), word("i", 300, 900, 10, 34, 93), word("-", 320, 900, 10, 5, 80)] }, VIEW);
    expect(items.map((i) => i.text)).toEqual(["i", "-"]);
  });
});

describe("lines and reading order rebuilt", () => {
  const { lines, confidence } = ocrLinesOf(TSV, VIEW, known);
  const texts = lines.map((l) => l.text);

  it("rebuilds the page's lines in reading order, the logo's big lettering left out", () => {
    expect(texts.slice(0, 8)).toEqual([
      "Tekniska nämnden",
      "Protokoll",
      "KOMMUN",
      "2025-12-15",
      "§ 65 2025.242 TEN",
      "Motion gällande att införa laddstationer för Alingsås cyklister - Amanda",
      "Andersson (MP)",
      "Ärendebeskrivning",
    ]);
    expect(confidence).toBe(94.4);
  });

  it("gives back the § Tesseract reads as 8 by its height, and leaves a plain 8 alone", () => {
    expect(texts).toContain("Amanda Andersson (MP) har till kommunfullmäktige den 24 september 2025, § 204 lämnat");
    expect(texts).toContain("Arbetsutskottet har behandlat ärendet under sitt Sammanträde 8 december, § 43 och");
  });

  it("gives back a bullet Tesseract reads as a letter", () => {
    expect(texts).toContain("• att kommunfullmäktige beslutar att uppdra åt tekniska nämnden i samverkan med");
  });

  it("marks paragraph breaks by the gaps between lines, as for a text layer", () => {
    const before = (start: string) => lines.find((l) => l.text.startsWith(start))?.paragraphBefore;
    expect(before("Motion gällande")).toBe(true);
    expect(before("Ärendebeskrivning")).toBe(true);
    expect(before("Amanda Andersson (MP) har")).toBe(false);
    expect(before("en motion gällande")).toBe(false);
  });
});

describe("safe Swedish repairs", () => {
  it("mends å/ä/ö and l/1/I inside a word when exactly one mended form is known", () => {
    expect(repairToken("stoldsakra", known)).toBe("stöldsäkra"); // a compound of two known words
    expect(repairToken("kommunfu1lmäktige.", known)).toBe("kommunfullmäktige.");
    expect(repairToken("(lamnat)", known)).toBe("(lämnat)");
    expect(repairToken("Iigger", known)).toBe("ligger");
    expect(repairToken("$&", known)).toBe("§§");
  });

  it("refuses what is not safe", () => {
    expect(repairToken("2O25", known)).toBe("2O25"); // a number is never touched
    expect(repairToken("1O", known)).toBe("1O");
    expect(repairToken("8", known)).toBe("8");
    expect(repairToken("vilkor", known)).toBe("vilkor"); // known as read (an old spelling): kept
    expect(repairToken("Xyzzy", known)).toBe("Xyzzy"); // no known form
    expect(repairToken("lnte", (w) => ["inte", "lnte"].includes(w))).toBe("lnte"); // known as read
  });

  it("refuses a mend when two forms are known", () => {
    const both = (w: string) => ["fora", "föra", "förä"].includes(w);
    expect(repairToken("forä", both)).toBe("forä");
  });

  it("knows a compound of two known words, with a linking s", () => {
    expect(isKnownWord("stöldsäkra", known)).toBe(true);
    expect(isKnownWord("kommunsfullmäktige", known)).toBe(true);
    expect(isKnownWord("stöldsäkr", known)).toBe(false);
  });

  it("reads a § by its box only before a number, and never a digit of its line's height", () => {
    const line = [word("2025,", 1748, 888, 110, 39), word("8", 1876, 888, 21, 43), word("204", 1913, 888, 73, 34), word("lämnat", 2000, 888, 150, 34)];
    expect(marksMended(line).map((w) => w.text)).toEqual(["2025,", "§", "204", "lämnat"]);
    const plain = [word("den", 1500, 2557, 60, 34), word("8", 1571, 2557, 21, 34), word("december,", 1609, 2557, 211, 39)];
    expect(marksMended(plain).map((w) => w.text)).toEqual(["den", "8", "december,"]);
    const kronor = [word("Totalt", 100, 500, 120, 34), word("8", 300, 500, 21, 34), word("204", 330, 500, 73, 34), word("kronor", 420, 500, 120, 34)];
    expect(marksMended(kronor).map((w) => w.text)).toEqual(["Totalt", "8", "204", "kronor"]);
  });
});

describe("which pages need OCR", () => {
  const lexicon = knownWordsOf();

  it("reads an empty page and a page of unmapped glyphs, keeps prose and a name list", () => {
    const prose = "Tekniska nämnden fick den 29 september 2025 motionen för beredning och besvarande. Förvaltningen har i skrivelse den 27 november lämnat följande yttrande.";
    const names = "Beslutande Linda Espeving (M) ordförande Anton Karlsson (V) Per Hoel (SD) Boris Jenskiegg (-) Amanda Andersson (MP) ledamot ersättare";
    const unmapped = "\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD".repeat(2);
    expect(pagesToOcr(["", prose, unmapped, names, "Sida 2 av 4"], "auto", lexicon)).toEqual([1, 3, 5]);
    // an empty layer over no image is a blank page or a page of a few words ("Bilaga 1"), not a scan
    expect(pagesToOcr(["", "Bilaga 1", "", unmapped], "auto", lexicon, [false, false, true, false])).toEqual([3, 4]);
    expect(pagesToOcr(["", prose], "always", lexicon)).toEqual([1, 2]);
    expect(pagesToOcr(["", prose], "never", lexicon)).toEqual([]);
  });

  it("calls letters that spell no word garbage (a font's shifted character map)", () => {
    // "Tekniska nämnden fick den … " with every letter shifted by three: a broken ToUnicode map
    const shifted = Array.from({ length: 8 }, () => "Whnqlvnd qdpqghq ilfn ghq 29 vhswhpehu prwlrqhq iru ehuhgqlqj rfk ehvydudqgh").join(" ");
    const q = textLayerQuality(shifted, lexicon);
    expect(q.wordChars).toBeGreaterThan(0.8);
    expect(q.known).toBe(0);
    expect(q.vowels).toBeLessThan(0.27);
    expect(textLayerVerdict(q)).toBe("garbage");
    // English prose knows no Swedish word, but it is text
    const english = Array.from({ length: 6 }, () => "Trace-based compilation records the path the interpreter takes through a loop and compiles it").join(" ");
    expect(textLayerVerdict(textLayerQuality(english, lexicon))).toBeNull();
  });
});

describe("OCR inside the reader", () => {
  const view = VIEW;
  const pages = [
    { text: "", view, unreadable: false },
    { text: "Tekniska nämnden fick den 29 september 2025 motionen för beredning och besvarande.", view, unreadable: false },
  ];

  it("asks the engine for the pages without text, and reports their confidence", async () => {
    const asked: number[][] = [];
    const outcome = await readByOcr(pages, {
      mode: "auto",
      lang: "swe",
      engine: async (wanted) => {
        asked.push([...wanted]);
        return { ok: true, pages: wanted.map((page) => ({ page, tsv: TSV })) };
      },
    });
    expect(asked).toEqual([[1]]);
    expect(outcome.report).toEqual({ lang: "swe", pages: [{ page: 1, confidence: 94.4 }] });
    expect(outcome.lines.get(1)?.[0]?.text).toBe("Tekniska nämnden");
    expect(outcome.notes).toEqual([]);
  });

  it("warns of a page below the confidence floor, naming it", async () => {
    const outcome = await readByOcr(pages, { mode: "auto", lang: "swe", minConfidence: 95, engine: async (wanted) => ({ ok: true, pages: wanted.map((page) => ({ page, tsv: TSV })) }) });
    expect(outcome.notes).toEqual([{ code: "W_OCR_LOW_CONFIDENCE", message: "page 1 was read by OCR with a mean word confidence of 94.4 (below 95): check its text against the scan" }]);
  });

  it("says why OCR could not run", async () => {
    const outcome = await readByOcr(pages, { mode: "auto", lang: "swe", engine: async () => ({ ok: false, reason: "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-swe)" }) });
    expect(outcome.unavailable).toBe("tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-swe)");
    expect(outcome.lines.size).toBe(0);
  });
});
