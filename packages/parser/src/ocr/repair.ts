/**
 * The OCR repairs that are safe in Swedish: a word Tesseract read with a/ä/å, o/ö or l/1/I
 * confused is mended only when the word read is unknown and exactly one mended form is a known
 * word; a token that holds a number is never touched. Two marks Tesseract misreads on Swedish
 * papers are mended by their shape alone: "$" for "§" (no council paper writes dollars) and a
 * letter standing in for a list bullet ("e att kommunfullmäktige …").
 */

import { ASCENDER, DESCENDER } from "./layout.ts";
import { median } from "../pdf/lines.ts";
import { regex } from "../text/regex.ts";
import { LETTER } from "../text/letters.ts";

/** Whether a word (lower case) is known: the lexicon, a word list, the paper's own sure words. */
export type KnownWords = (word: string) => boolean;

/** The characters Tesseract confuses in Swedish text, each with what it may stand for. */
const CONFUSIONS: Readonly<Record<string, readonly string[]>> = {
  a: ["ä", "å"],
  ä: ["a", "å"],
  å: ["a", "ä"],
  o: ["ö"],
  ö: ["o"],
  A: ["Ä", "Å"],
  Ä: ["A", "Å"],
  Å: ["A", "Ä"],
  O: ["Ö"],
  Ö: ["O"],
  "1": ["l", "I"],
  "|": ["l", "I"],
  I: ["l"],
  l: ["I"],
};
/** At most this many confusable characters are tried in one word (3^4 forms). */
const MAX_POSITIONS = 4;
/** A word's letters, digits and the marks OCR confuses with letters; punctuation around it is kept. */
const CORE = regex(String.raw`^([^\p{L}\p{N}|]*)([\p{L}\p{N}|](?:[\p{L}\p{N}|'’-]*[\p{L}\p{N}|])?)([^\p{L}\p{N}|]*)$`, "u");
/** Digits that make a number, which no repair may touch: "2025", "8 204", "1,5", "3:e". */
const NUMBER = regex(String.raw`\p{N}\p{N}|^\p{N}|\p{N}$|\p{N}[.,:/]`, "u");
/** Parts of a compound are at least this long: "laddstationer" = "ladd" + "stationer". */
const PART = 3;

/** A sign Tesseract reads for "§" or "§§" on a Swedish paper: "$", "$&", "$$". */
const PARAGRAPH_SIGN = /^\$[$&]?$/;
/** Glyphs Tesseract reads for "§" or "§§" when the box says so: "8 204", "3 65", "$& 182". */
const PARAGRAPH_LOOKALIKE = /^[83$&S§]{1,2}$/;
/** A "§" glued to its number: "365" for "§ 65". */
const GLUED_PARAGRAPH = regex(String.raw`^[83](\p{N}{1,3})$`, "u");
/** A "§" reaches below the baseline: its box is at least this many times as tall as the line's capitals and ascenders (43 px to 34 at 300 dpi). */
const PARAGRAPH_HEIGHT = 1.15;
/** A word that starts with a digit: the number a "§" stands before. */
const DIGIT_LED = regex(String.raw`^\p{N}`, "u");
/** Letters and marks Tesseract reads for a list bullet "•" at the start of a line. */
const BULLET_LOOKALIKE = /^[eoO0«»*·°®©]$/;
/** A bullet stands this many of its line's word heights, at least, before the text it marks. */
const BULLET_GAP = 0.6;
/** A lone bullet lookalike read with less confidence than this is a bullet, not a letter. */
const BULLET_UNSURE = 50;

/**
 * Whether a word is known, or a compound of two known words (with a linking "s" between them):
 * "stöldsäkra" = "stöld" + "säkra", "samhällsbyggnadsförvaltningen" = "samhällsbyggnads" … when
 * the parts are in the list.
 * @example isKnownWord("stöldsäkra", (w) => ["stöld", "säkra"].includes(w)) // true
 */
export function isKnownWord(word: string, known: KnownWords): boolean {
  const lower = word.toLowerCase();
  if (known(lower)) return true;
  for (let i = PART; i <= lower.length - PART; i++) {
    const tail = lower.slice(i);
    const head = lower.slice(0, i);
    if (known(tail) && (known(head) || (head.endsWith("s") && head.length > PART && known(head.slice(0, -1))))) return true;
  }
  return false;
}

/** Every form of the word with its confusable characters swapped (the word itself left out). */
function formsOf(word: string): string[] {
  const positions = [...word].flatMap((ch, k) => (CONFUSIONS[ch] ? [k] : [])).slice(0, MAX_POSITIONS);
  let forms = [[...word]];
  for (const k of positions) {
    const next: string[][] = [];
    for (const form of forms) for (const ch of [form[k] as string, ...(CONFUSIONS[form[k] as string] ?? [])]) next.push(form.map((c, j) => (j === k ? ch : c)));
    forms = next;
  }
  return forms.map((f) => f.join("")).filter((f) => f !== word);
}

/** A form that reads as a word: a digit or a bar left between letters is no word. */
function isWordForm(form: string): boolean {
  return !/[\p{N}|]/u.test(form);
}

/**
 * The token mended, or the token itself. Mended only when the word it holds is unknown, holds no
 * number, and exactly one of its forms with a/ä/å, o/ö, l/1/I swapped is known.
 * @example
 * repairToken("stoldsakra", known) // "stöldsäkra"
 * repairToken("kommunfu1lmäktige.", known) // "kommunfullmäktige."
 * repairToken("for", known) // "for" ("för" and "for" are both words: not a safe change)
 * repairToken("2O25", known) // "2O25" (a number is never touched)
 */
export function repairToken(token: string, known: KnownWords): string {
  if (PARAGRAPH_SIGN.test(token)) return "§".repeat(token.length);
  const m = CORE.exec(token);
  if (!m) return token;
  const [, before = "", core = "", after = ""] = m;
  if (!LETTER.test(core) || NUMBER.test(core)) return token;
  if (isWordForm(core) && isKnownWord(core, known)) return token;
  const mended = new Set(formsOf(core).filter((f) => isWordForm(f) && isKnownWord(f, known)));
  if (mended.size !== 1) return token;
  return `${before}${[...mended][0] as string}${after}`;
}

/** What the mark rules need of a word of a line: its text and box (pixels, y downwards). */
export type LineWord = { text: string; left: number; top: number; width: number; height: number; conf: number };

/**
 * One line's words (left to right) with the marks Tesseract misreads given back by their shape:
 * a first word of one character that looks like a bullet and stands well apart from the text it
 * marks is "•"; a word read as "8", "3" or "$&" before a number whose box reaches below the
 * line's digits, as "§" does and no digit does, is "§" ("§§" for two glyphs). A digit of the
 * height of its line's digits is never touched: "8 december", "8 204 kronor" stay.
 * @example
 * marksMended([{ text: "2025,", … height: 39 }, { text: "8", left: 1876, top: 888, width: 21, height: 43 }, { text: "204", left: 1913, top: 888, width: 73, height: 34 }])[1].text // "§"
 * marksMended([{ text: "e", left: 370, top: 2360, width: 13, height: 14 }, { text: "att", left: 445, top: 2356, width: 55, height: 26 }])[0].text // "•"
 */
export function marksMended<T extends LineWord>(words: readonly T[]): T[] {
  const out = [...words];
  const [first, second] = out;
  if (first && second && BULLET_LOOKALIKE.test(first.text) && second.left - (first.left + first.width) >= BULLET_GAP * second.height) out[0] = { ...first, text: "•" };
  // a bullet Tesseract put on a line of its own: one small, square, unsure glyph
  if (first && !second && BULLET_LOOKALIKE.test(first.text) && first.conf < BULLET_UNSURE && first.width <= 1.5 * first.height && first.height <= 1.5 * first.width) out[0] = { ...first, text: "•" };
  for (let k = 0; k < out.length; k++) {
    const word = out[k] as T;
    const next = out[k + 1];
    const lookalike = PARAGRAPH_LOOKALIKE.test(word.text) && next !== undefined && DIGIT_LED.test(next.text);
    const glued = GLUED_PARAGRAPH.exec(word.text);
    if (!lookalike && !glued) continue;
    // the height of the line's capitals and ascenders, the candidate left out: a digit's height
    const tall = out.filter((w, j) => j !== k && ASCENDER.test(w.text) && !DESCENDER.test(w.text)).map((w) => w.height);
    if (tall.length === 0 || word.height < PARAGRAPH_HEIGHT * median(tall)) continue;
    out[k] = { ...word, text: lookalike ? "§".repeat(word.text.length) : `§ ${glued?.[1] ?? ""}` };
  }
  return out;
}
