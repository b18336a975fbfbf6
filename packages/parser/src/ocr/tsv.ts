/**
 * Tesseract's TSV output (`tesseract page.png stdout -l swe tsv`) as plain data: the page's size
 * in pixels and its words, each with its box, its confidence and the block, paragraph and line
 * Tesseract put it in. Rows of the other levels (page, block, paragraph, line) only give the size.
 */

/** One recognised word, in image pixels (origin top left, y downwards). */
export type OcrWord = {
  text: string;
  /** Tesseract's confidence, 0–100. */
  conf: number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Tesseract's block, paragraph and line numbers: words of one line share all three. */
  block: number;
  par: number;
  line: number;
};

/** A page of Tesseract's TSV: the image size in pixels and the words in Tesseract's order. */
export type OcrPageWords = { width: number; height: number; words: OcrWord[] };

/** The TSV's columns, as Tesseract 4 and 5 name them in the header row. */
const COLUMNS = ["level", "page_num", "block_num", "par_num", "line_num", "word_num", "left", "top", "width", "height", "conf", "text"] as const;
/** Tesseract's level of a word row (1 page, 2 block, 3 paragraph, 4 line, 5 word). */
const WORD_LEVEL = 5;
const PAGE_LEVEL = 1;

/**
 * The words of one page of Tesseract's TSV. Rows that are not words, words of only whitespace and
 * malformed rows are passed over; a TSV without a page row takes its size from the words' extent.
 * @example
 * wordsOfTsv("level\tpage_num\t…\ttext\n1\t1\t0\t0\t0\t0\t0\t0\t2481\t3508\t-1\t\n5\t1\t1\t1\t2\t2\t1618\t158\t211\t37\t96.570694\tTekniska")
 * // { width: 2481, height: 3508, words: [{ text: "Tekniska", conf: 96.57, left: 1618, top: 158, width: 211, height: 37, block: 1, par: 1, line: 2 }] }
 */
export function wordsOfTsv(tsv: string): OcrPageWords {
  const rows = tsv.split(/\r?\n/);
  const header = (rows[0] ?? "").split("\t");
  // Tesseract has always written this header; the columns are looked up by name so that a
  // version adding one does not shift the rest.
  const at = Object.fromEntries(COLUMNS.map((name, k) => [name, header.includes(name) ? header.indexOf(name) : k])) as Record<(typeof COLUMNS)[number], number>;
  const hasHeader = header[0] === "level";
  const words: OcrWord[] = [];
  let width = 0;
  let height = 0;
  for (const row of rows.slice(hasHeader ? 1 : 0)) {
    if (row === "") continue;
    const cells = row.split("\t");
    const number = (name: (typeof COLUMNS)[number]) => Number(cells[at[name]]);
    const level = number("level");
    if (level === PAGE_LEVEL) {
      width = Math.max(width, number("width") || 0);
      height = Math.max(height, number("height") || 0);
      continue;
    }
    if (level !== WORD_LEVEL) continue;
    // The text is the last column and may itself hold no tab; anything after it belongs to it.
    const text = cells.slice(at.text).join(" ").trim();
    const box = [number("left"), number("top"), number("width"), number("height")];
    if (text === "" || box.some((v) => !Number.isFinite(v))) continue;
    const [left = 0, top = 0, w = 0, h = 0] = box;
    const conf = Number.isFinite(number("conf")) ? Math.max(0, Math.min(100, number("conf"))) : 0;
    words.push({ text, conf, left, top, width: w, height: h, block: number("block_num") || 0, par: number("par_num") || 0, line: number("line_num") || 0 });
  }
  if (width === 0 || height === 0) {
    for (const w of words) {
      width = Math.max(width, w.left + w.width);
      height = Math.max(height, w.top + w.height);
    }
  }
  return { width, height, words };
}

/**
 * Words grouped by the Tesseract line they were read in (block, paragraph and line), in order.
 * @example wordsByLine(page.words)[0] // [{ text: "Tekniska", … }, { text: "nämnden", … }]
 */
export function wordsByLine<W extends Pick<OcrWord, "block" | "par" | "line">>(words: readonly W[]): W[][] {
  const lines = new Map<string, W[]>();
  for (const w of words) {
    const key = `${w.block}.${w.par}.${w.line}`;
    const line = lines.get(key);
    if (line) line.push(w);
    else lines.set(key, [w]);
  }
  return [...lines.values()];
}

/**
 * A page's mean word confidence (0–100, one decimal), each word weighted by its characters so that
 * specks read as "." do not count as much as a long word; null for a page without words.
 * @example meanConfidence([{ text: "Tekniska", conf: 96.6, … }, { text: ".", conf: 46.4, … }]) // 91
 */
export function meanConfidence(words: readonly Pick<OcrWord, "text" | "conf">[]): number | null {
  let sum = 0;
  let weight = 0;
  for (const w of words) {
    sum += w.conf * w.text.length;
    weight += w.text.length;
  }
  return weight === 0 ? null : Math.round((sum / weight) * 10) / 10;
}
