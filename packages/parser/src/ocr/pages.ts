/**
 * OCR inside the PDF reader: which pages need it, asking the engine for them, and each page's
 * Tesseract TSV turned into the reader's lines. The engine is the caller's (the CLI spawns
 * pdftoppm and tesseract): the parser does no I/O, it hands over page numbers and reads text back.
 */
import { lexiconWords } from "../lexicon/words.ts";
import { linesOfPage, type PlacedLine } from "../pdf/lines.ts";
import { ocrItemsOf, type OcrItem, type PageView } from "./layout.ts";
import { pagesToOcr, type OcrMode } from "./quality.ts";
import { marksMended, repairToken, type KnownWords } from "./repair.ts";
import { meanConfidence, wordsByLine, wordsOfTsv, type OcrWord } from "./tsv.ts";
import type { WarningCode } from "@diarium/schema";

/** One page read by the engine: Tesseract's TSV of the page's image (the image covers the page's view). */
export type OcrPageText = { page: number; tsv: string };

/** The engine's answer: the pages' TSV, or why it cannot read ("tesseract is not installed …"). */
export type OcrResult = { ok: true; pages: OcrPageText[] } | { ok: false; reason: string };

/** Reads the given pages (1-based) of the PDF being read. */
export type OcrEngine = (pages: readonly number[]) => Promise<OcrResult>;

export type OcrOptions = {
  mode: OcrMode;
  /** The engine, or null when none can run (the reason is in `unavailable`). */
  engine: OcrEngine | null;
  /** Why no engine can run, for the E_NO_TEXT message and the note. */
  unavailable?: string;
  /** Words known besides the lexicon's, in lower case (a word list such as /usr/share/dict/swedish); asked for once pages were read. */
  words?: () => ReadonlySet<string>;
  /** Tesseract's language, for the report ("swe"). */
  lang: string;
  /** Pages whose mean word confidence is below this get W_OCR_LOW_CONFIDENCE (default 70). */
  minConfidence?: number;
};

/** What OCR read: the language, and each page read with its mean word confidence (0–100). */
export type OcrReport = { lang: string; pages: { page: number; confidence: number | null }[] };

/** A page as the reader has it: its text, its box in PDF points, and whether it paints an image (unknown: undefined). */
export type PageForOcr = { text: string; view: PageView; unreadable: boolean; image?: boolean };

/** What OCR gives the reader: lines for the pages it read, the report, notes, or why it could not run. */
export type OcrOutcome = {
  lines: Map<number, PlacedLine[]>;
  report: OcrReport | null;
  notes: { code: WarningCode; message: string }[];
  /** Set when pages needed OCR and no engine could read them. */
  unavailable: string | null;
};

/** Default confidence floor: below it a page's words are often wrong (a blurred or faint scan). */
const MIN_CONFIDENCE = 70;
/** A word read this surely counts as known to the repairs of the paper's other words ("Alingsås"). */
const SURE_CONFIDENCE = 90;
const SURE_LENGTH = 4;

/**
 * The predicate the repairs and the garbage measure use: lexicon, word list, and the given words.
 * @example knownWordsOf(new Set(["stöld"]))("stöld") // true
 */
export function knownWordsOf(...sets: ReadonlySet<string>[]): KnownWords {
  const lexicon = lexiconWords();
  return (word) => lexicon.has(word) || sets.some((s) => s.has(word));
}

/** The words of a page read this surely, in lower case: known to the repairs of the others. */
function sureWords(words: readonly OcrWord[]): Set<string> {
  const sure = new Set<string>();
  for (const w of words) if (w.conf >= SURE_CONFIDENCE && w.text.length >= SURE_LENGTH && !/\p{N}/u.test(w.text)) sure.add(w.text.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""));
  return sure;
}

/**
 * A page's TSV as the reader's lines: words placed in PDF points, repaired where safe, bullets
 * given back, lines and reading order rebuilt by the same line builder as a text layer's.
 * @example ocrLinesOf(tsv, [0, 0, 595.3, 841.9], known).lines[0].text // "Tekniska nämnden"
 */
export function ocrLinesOf(tsv: string, view: PageView, known: KnownWords): { lines: PlacedLine[]; confidence: number | null; items: OcrItem[] } {
  const page = wordsOfTsv(tsv);
  // marks are mended per Tesseract line, by their boxes, before low-confidence specks are dropped
  const words = wordsByLine(page.words).flatMap((line) => marksMended([...line].sort((a, b) => a.left - b.left)));
  // Tesseract parted the words of a line: a space follows each, however narrow the gap (the line
  // builder adds none after a word that ends in one, and trims the line's last)
  const items = ocrItemsOf({ ...page, words }, view).map((item) => ({ ...item, text: `${repairToken(item.text, known)} ` }));
  const [x0 = 0, , x1 = 595] = view;
  return { lines: linesOfPage(items, x1 - x0), confidence: meanConfidence(page.words), items };
}

/**
 * Runs OCR where the mode asks for it: decides the pages from their text layers, asks the engine,
 * and turns each page's TSV into lines. Pages below the confidence floor get W_OCR_LOW_CONFIDENCE.
 * @example await readByOcr(pages, { mode: "auto", engine, lang: "swe" }) // { lines: Map { 1 => [...] }, report: { lang: "swe", pages: [{ page: 1, confidence: 91.2 }] }, … }
 */
export async function readByOcr(pages: readonly PageForOcr[], options: OcrOptions): Promise<OcrOutcome> {
  const none: OcrOutcome = { lines: new Map(), report: null, notes: [], unavailable: null };
  // the lexicon's words are enough to tell prose from garbage; the word list is for the repairs
  const wanted = pagesToOcr(
    pages.map((p) => p.text),
    options.mode,
    knownWordsOf(),
    pages.map((p) => p.image !== false),
  ).filter((n) => !pages[n - 1]?.unreadable);
  if (wanted.length === 0) return none;
  if (!options.engine) return { ...none, unavailable: options.unavailable ?? "no OCR engine was given" };
  const result = await options.engine(wanted);
  if (!result.ok) return { ...none, unavailable: result.reason };
  // the paper's own sure words help mend its unsure ones: a name the word list lacks ("Alingsås")
  const read = result.pages.filter((p) => wanted.includes(p.page)).sort((a, b) => a.page - b.page);
  const sure = new Set(read.flatMap((p) => [...sureWords(wordsOfTsv(p.tsv).words)]));
  const known = knownWordsOf(options.words?.() ?? new Set<string>());
  const knownHere: KnownWords = (w) => known(w) || sure.has(w);
  const lines = new Map<number, PlacedLine[]>();
  const report: OcrReport = { lang: options.lang, pages: [] };
  const notes: OcrOutcome["notes"] = [];
  const floor = options.minConfidence ?? MIN_CONFIDENCE;
  for (const p of read) {
    const page = pages[p.page - 1];
    if (!page) continue;
    const { lines: pageLines, confidence } = ocrLinesOf(p.tsv, page.view, knownHere);
    lines.set(p.page, pageLines);
    report.pages.push({ page: p.page, confidence });
    if (confidence !== null && confidence < floor) notes.push({ code: "W_OCR_LOW_CONFIDENCE", message: `page ${p.page} was read by OCR with a mean word confidence of ${confidence} (below ${floor}): check its text against the scan` });
  }
  return { lines, report, notes, unavailable: null };
}
