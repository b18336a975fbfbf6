import { ADDRESS_LABELS, CONTINUATION_MARKS, FOOTER_LABELS, FOOTER_LINES, PAGE_COUNT_WORDS, PAGE_WORDS } from "../lexicon/furniture.ts";
import { STREET_ENDINGS } from "../lexicon/quantities.ts";
import { alternation, formsOf, formsWhere } from "../lexicon/match.ts";
import type { SourceLine } from "../source.ts";
import { regex } from "../text/regex.ts";
import { isSpace, singleSpaced } from "../text/spaces.ts";
import { THREE_LETTERS } from "../text/letters.ts";

/**
 * Page furniture in text: page numbers and page marks, running headers that repeat beside them, and
 * the address block of a letterhead. Found by shape and repetition, not by the words of one paper.
 */

// A page mark: "Sida 2 (6)", "Sida 1 av 2", "2 (6)", "- 3 -", "Page 4 of 9".
// (case-blind without the u flag, as it was written: "s" does not fold to "ſ")
const PAGE = alternation(formsWhere(PAGE_WORDS, "abbreviation", false));
const PAGE_MARK = regex(
  String.raw`^(?:${alternation(formsOf(PAGE_WORDS))}\s*)?\d{1,4}\s*(?:\(\s*\d{1,4}\s*\)|(?:${alternation(formsOf(PAGE_COUNT_WORDS))}|\/)\s*\d{1,4})$|^-\s*\d{1,4}\s*-$|^${PAGE}\s+\d{1,4}$`,
  "i",
);
// A lone number on its own line: a page number or a footnote mark ("1", "12").
const LONE_NUMBER = /^\d{1,3}$/;
// Lines of a letterhead's address block: "434 81 Kungsbacka", "Telefon 0300-83 40 00", "www.kungsbacka.se".
const ADDRESS_LINE = regex(
  String.raw`^(?:\d{3} ?\d{2}\s+\p{Lu}[\p{L} -]*|${alternation(formsOf(ADDRESS_LABELS))}(?![\p{L}]).*|(?:www\.|https?:\/\/)\S+|[\p{L} ,]*${alternation(formsOf(STREET_ENDINGS))} \d{1,4}[A-Z]?|\S+@\S+\.\w{2,})$`,
  "iu",
);
// The cells of a laid-out line: apart by a tab or a wide run of spaces ("KUNGSBACKA KOMMUN    SAMMANTRÄDESPROTOKOLL    3 (7)").
const CELL_GAP = /\t|\s{2,}/u;
// A footer line, whole: "Justerandes sign\tUtdragsbestyrkande", "Det här dokumentet är digitalt signerat".
const FOOTER_CELL = regex(String.raw`^${alternation(formsOf(FOOTER_LINES))}$`, "iu");
// A footer label and its identifier: "Transaktionsidentitet: E9EA6493FBF6704ABF3DFAB861B724E36F14F1A54F".
const FOOTER_LABEL = regex(String.raw`^${alternation(formsOf(FOOTER_LABELS))}\s*:\s*[\w-]{6,}$`, "iu");
// A paragraph's continuation under a page header: "forts. 60", "forts. § 60".
const CONTINUATION = regex(String.raw`^${alternation(formsOf(CONTINUATION_MARKS))}\s*(?:§\s*)?\d{1,4}$`, "iu");
/** No page header holds more lines than this (name, "SAMMANTRÄDESPROTOKOLL", body, "Datum", date, …). */
const MAX_HEADER_LINES = 6;

/**
 * True for a page header that carries the page mark in its last cell:
 * "KUNGSBACKA KOMMUN    SAMMANTRÄDESPROTOKOLL    3 (7)", "VÄSTÅSA KOMMUN\tPROTOKOLLSUTDRAG\tSida 2 (3)".
 * @example isHeaderMark("VÄSTÅSA KOMMUN\tPROTOKOLLSUTDRAG\tSida 2 (3)") // true
 */
export function isHeaderMark(line: string, gap = CELL_GAP.test(line.trim())): boolean {
  // most lines have no cell gap (`gap`, when the caller has looked already), and one cell is no header: spare them the split
  if (!gap) return false;
  const cells = line.trim().split(CELL_GAP);
  return cells.length >= 2 && PAGE_MARK.test((cells[cells.length - 1] as string).trim()) && THREE_LETTERS.test(cells[0] as string);
}

/**
 * True for a line that is only footer text wherever it stands: signature boxes, an e-signature stamp.
 * @example isFooterLine("Justerandes sign\tUtdragsbestyrkande") // true
 */
export function isFooterLine(line: string, gap = CELL_GAP.test(line.trim())): boolean {
  const t = line.trim();
  if (FOOTER_LABEL.test(t)) return true;
  // most lines have no cell gap (`gap`, when the caller has looked already): one cell, without the split
  const cells = gap ? t.split(CELL_GAP) : [t];
  return cells.every((c) => FOOTER_CELL.test(c.trim()));
}

/** The most lines the paper's own header block at the top may have. */
const TOP_BLOCK = 8;

/** Lines either side of a page mark within which repeated lines count as its header or footer. */
const NEAR = 3;
/** Lines after a page mark within which an address block is looked for. */
const ADDRESS_NEAR = 8;

/** The shape of a line for comparing repeats: case and digits folded ("Sida 2 (6)" ~ "Sida 3 (6)"). */
function shapeOf(text: string): string {
  return singleSpaced(text.trim().toLowerCase().replace(/\d+/g, "#"));
}

/**
 * The first character of a trimmed line's shape (`shapeOf`): lower case, a digit as "#". Two lines
 * with the same text or the same shape open alike.
 */
function keyOpening(t: string): string {
  const c = t.charCodeAt(0);
  return c >= 48 && c <= 57 ? "#" : (t[0] as string).toLowerCase().charAt(0);
}

/**
 * A count two lines with the same shape (`shapeOf`) share, read off the line without building the
 * shape: its characters but white space, a run of digits as one ("Sida 2 (6)" and "Sida 12 (6)" give
 * 8), each as many as its lower case has (only "İ" has two). Equal text gives equal shapes, so
 * equal counts too; a line whose count no line beside a page boundary has can join no group of theirs.
 */
function shapeCount(t: string): number {
  let count = 0;
  let inDigits = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    // a character outside the BMP is one, as toLowerCase maps it: its low surrogate adds nothing
    const second = c >= 0xdc00 && c <= 0xdfff && i > 0 && t.charCodeAt(i - 1) >= 0xd800 && t.charCodeAt(i - 1) <= 0xdbff;
    if (!(digit && inDigits) && !isSpace(c) && !second) count += c === 0x130 ? 2 : 1;
    inDigits = digit;
  }
  return count;
}

/** Files line `i` under `key`. */
function addTo(groups: Map<string, number[]>, key: string, i: number): void {
  const list = groups.get(key);
  if (list) list.push(i);
  else groups.set(key, [i]);
}

/**
 * Which lines are page furniture. `content[i]` is true for a non-blank line.
 * @example furnitureOf(lines)[k] // true for "Sida 2 (12)" and the "KUNGSBACKA  KOMMUN" header beside each "2 (4)"
 */
export function furnitureOf(lines: readonly SourceLine[], format: "pdf" | "text" = "text"): boolean[] {
  const n = lines.length;
  const furniture = lines.map((l) => l.furniture === true);
  const trimmed = lines.map((l) => l.text.trim());
  const marks: number[] = [];
  // The paper's own header: its first paragraph when that opens with a page header (body, date).
  const first = trimmed.findIndex((t) => t !== "");
  let headerEnd = first;
  if (first >= 0 && isHeaderMark(trimmed[first] as string)) {
    for (let seen = 0; headerEnd < n && (trimmed[headerEnd] as string) !== "" && seen < MAX_HEADER_LINES; headerEnd++) seen++;
  }
  const inOwnHeader = (i: number) => first >= 0 && i >= first && i < headerEnd;
  for (let i = 0; i < n; i++) {
    const t = trimmed[i] as string;
    if (t === "") continue;
    const pageMark = PAGE_MARK.test(t);
    if (pageMark || LONE_NUMBER.test(t)) {
      furniture[i] = true;
      if (pageMark) marks.push(i);
      continue;
    }
    // the lines are trimmed: whether one has a cell gap is looked at once, for both tests
    const gap = CELL_GAP.test(t);
    if (isHeaderMark(t, gap)) {
      furniture[i] = !inOwnHeader(i);
      marks.push(i);
    } else if (isFooterLine(t, gap)) furniture[i] = true;
  }
  // A PDF reader finds headers and footers by their place on the page, which is surer than
  // repetition next to a page edge: a body named on two pages' last lines is no header.
  if (format === "pdf") return furniture;
  // Page boundaries: page marks, and for paged input the first and last lines of each page.
  // The document's own start and end count: a running header stands above the first page too.
  const boundaries = [...marks, 0, n - 1];
  for (let i = 1; i < n; i++) if (lines[i]?.page !== lines[i - 1]?.page) boundaries.push(i - 1, i);
  if (marks.length === 0 && !lines.some((l, i) => i > 0 && l.page !== lines[i - 1]?.page)) return furniture;
  const nearBoundary = new Uint8Array(n);
  for (const b of boundaries) {
    // Walk outward over non-blank lines only, so blank spacing does not hide a header.
    for (const dir of [-1, 1]) {
      let seen = 0;
      for (let j = b; j >= 0 && j < n && seen <= NEAR; j += dir) {
        nearBoundary[j] = 1;
        if ((trimmed[j] as string) !== "") seen++;
      }
    }
  }
  // A short line that repeats and stands beside a page boundary each time is a running header/footer:
  // the same words ("2024-10-22" under each header), or the same shape ("Sida 2 (6)" ~ "Sida 3 (6)").
  const byText = new Map<string, number[]>();
  const byShape = new Map<string, number[]>();
  // a table row ("| Ulrika Högstrand (KD) | X |  |  |") is content: the same roll call row on two pages is two votes
  const compared = (t: string, i: number): boolean => t !== "" && !furniture[i] && t.length <= 80 && !(t.startsWith("|") && t.endsWith("|"));
  // Only a line whose key opens as a line's beside a page boundary, and has its shape's count, can be
  // furniture with it: the other lines (most of a paper, nearly all of a long one with many page
  // marks) need no key.
  const nearKinds = new Set<string>();
  const kindOf = (t: string): string => `${keyOpening(t)}${shapeCount(t)}`;
  for (let i = 0; i < n; i++) if (nearBoundary[i] && compared(trimmed[i] as string, i)) nearKinds.add(kindOf(trimmed[i] as string));
  for (let i = 0; i < n; i++) {
    const t = trimmed[i] as string;
    if (!compared(t, i) || !nearKinds.has(kindOf(t))) continue;
    addTo(byText, singleSpaced(t), i);
    addTo(byShape, shapeOf(t), i);
  }
  // The first occurrence at the top of the paper is its own header (issuer, date): it stays.
  let top = 0;
  for (let seen = 0; top < n && seen < NEAR; top++) if ((trimmed[top] as string) !== "" && !furniture[top]) seen++;
  top = Math.max(top, headerEnd);
  // the paper's own header block runs on to its first blank line ("… SAMMANTRÄDESPROTOKOLL / Nämnden för
  // Vård & Omsorg / Datum / 2024-06-12"): the meeting's date under it is the paper's, not furniture
  while (top < Math.min(n, TOP_BLOCK) && (trimmed[top] as string) !== "") top++;
  for (const groups of [byText, byShape]) {
    for (const list of groups.values()) {
      if (list.length >= 2 && list.every((i) => nearBoundary[i])) for (const i of list) furniture[i] = !(i === list[0] && i < top && !PAGE_MARK.test(trimmed[i] as string));
    }
  }
  // "forts. 60" under a page header: the first line after dropped furniture.
  for (let i = 0; i < n; i++) {
    if (inOwnHeader(i) || !CONTINUATION.test(trimmed[i] as string)) continue;
    let j = i - 1;
    while (j >= 0 && (trimmed[j] as string) === "") j--;
    if (j >= 0 && furniture[j]) furniture[i] = true;
  }
  // The address block of a letterhead, next to a page mark.
  for (const m of marks) {
    for (let j = Math.max(0, m - ADDRESS_NEAR); j < Math.min(n, m + ADDRESS_NEAR); j++) {
      if (ADDRESS_LINE.test(trimmed[j] as string)) furniture[j] = true;
    }
  }
  return furniture;
}
