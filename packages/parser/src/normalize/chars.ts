/**
 * Character-level clean-up of one line: soft hyphens dropped, non-breaking and thin spaces made
 * plain, ligatures spelled out, combining accents composed, runs of spaces folded. Returns the clean
 * line and, for each of its characters, the index of the character of the input it came from.
 */
import { regex } from "../text/regex.ts";

const LIGATURES: Record<string, string> = { "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st" };

/** Code points from the first to the last, both included. */
type CodeRange = readonly [first: number, last: number];
// Spaces that papers use as thousands separators or in layout: NBSP, figure space, thin spaces, …
const ODD_SPACES: readonly CodeRange[] = [[0x00a0, 0x00a0], [0x2000, 0x200a], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0x0009, 0x0009]];
// Characters that carry nothing: soft hyphen, zero-width space/joiners, BOM, C0 and C1 controls
// (so no terminal escape sequence from a paper reaches a table or summary).
const INVISIBLES: readonly CodeRange[] = [[0x00ad, 0x00ad], [0x200b, 0x200d], [0x2060, 0x2060], [0xfeff, 0xfeff], [0x0000, 0x0008], [0x000b, 0x001f], [0x007f, 0x009f]];
// A combining accent that follows its letter ("a" + U+030A is "å" in decomposed text).
const COMBININGS: readonly CodeRange[] = [[0x0300, 0x036f]];

/** A character class of the ranges: [[0x2000, 0x200a]] → "[\u2000-\u200a]". */
function classOf(ranges: readonly CodeRange[]): string {
  const unit = (c: number): string => `\\u${c.toString(16).padStart(4, "0")}`;
  return `[${ranges.map(([first, last]) => (first === last ? unit(first) : `${unit(first)}-${unit(last)}`)).join("")}]`;
}

const ODD_SPACE = regex(classOf(ODD_SPACES));
const INVISIBLE = regex(classOf(INVISIBLES));
const COMBINING = regex(classOf(COMBININGS));
// Anything the loop below would change: an odd space, an invisible or combining character, a
// ligature, two spaces in a row ("300\u00a0000", "Malin Aronsson      Lovisa Eld", "ﬁnansiering").
// (the four classes as one: tested at every character of every line, one class is tried faster than four alternatives)
const LIGATURE_CHARS = Object.keys(LIGATURES).map((c): CodeRange => [c.charCodeAt(0), c.charCodeAt(0)]);
const NEEDS_CLEANING = regex(`${classOf([...ODD_SPACES, ...INVISIBLES, ...COMBININGS, ...LIGATURE_CHARS])}| {2}`);

/**
 * A cleaned line. `from` gives, for each character, the index of the input character it came from;
 * for a line taken whole it is one number, the index of its first character (character `i` came from `from + i`).
 */
export type CleanLine = { text: string; from: number[] | number };

/**
 * The input index character `i` of a clean line came from (0 past the end of a list, as before).
 * @example cameFrom(cleanChars("  Beslut", 2, 8), 0) // 2
 */
export function cameFrom(line: CleanLine, i: number): number {
  return typeof line.from === "number" ? line.from + i : (line.from[i] ?? 0);
}

/**
 * Cleans `line[start, end)`. Three or more spaces in a row (a column gap: "Malin Aronsson      Lovisa
 * Eld") become a tab, so columns stay apart; two become one.
 * @example cleanChars("300\u00a0000 kr", 0, 10).text // "300 000 kr"
 */
export function cleanChars(line: string, start: number, end: number): CleanLine {
  // Most lines need nothing: no odd character and no run of spaces. They are taken whole, which
  // saves a string and a regular-expression test per character (a fifth of normalize's time), and
  // their index list is one number (an array per line was most of normalize's garbage on a long paper).
  const span = line.slice(start, end);
  // (a space at the end is dropped below, so such a line takes the long way)
  if (span.length > 0 && end <= line.length && !span.endsWith(" ") && !NEEDS_CLEANING.test(span)) return { text: span, from: start };
  const out: string[] = [];
  const from: number[] = [];
  let spaces = 0;
  let spaceAt = -1;
  const flushSpaces = () => {
    if (spaces > 0) {
      out.push(spaces >= 3 ? "\t" : " ");
      from.push(spaceAt);
    }
    spaces = 0;
  };
  for (let i = start; i < end; i++) {
    const c = line[i] as string;
    if (c === " " || ODD_SPACE.test(c)) {
      if (spaces === 0) spaceAt = i;
      spaces += c === "\t" ? 3 : 1;
      continue;
    }
    if (INVISIBLE.test(c)) continue;
    flushSpaces();
    if (COMBINING.test(c) && out.length > 0) {
      const composed = ((out[out.length - 1] as string) + c).normalize("NFC");
      if (composed.length === 1) {
        out[out.length - 1] = composed;
        continue;
      }
    }
    const lig = LIGATURES[c];
    if (lig) {
      for (const l of lig) {
        out.push(l);
        from.push(i);
      }
      continue;
    }
    out.push(c);
    from.push(i);
  }
  return { text: out.join(""), from };
}

// A letter-spaced line: single letters with single spaces, words apart by two or more ("S T E N  N O R D I N").
const LETTER_SPACED = regex(String.raw`^\p{L}(?: \p{L}){2,}(?: {2,}\p{L}(?: \p{L})+)*$`, "u");

/**
 * Collapses a letter-spaced line into words in title case, keeping the index map.
 * @example unspaceLetters(cleanChars("S T E N  N O R D I N", 0, 20)) // { text: "Sten Nordin", … }
 */
export function unspaceLetters(line: CleanLine, original: string): CleanLine {
  // Work on the original spacing: cleanChars folds two spaces to one, which hides the word gap.
  const first = cameFrom(line, 0);
  const last = cameFrom(line, line.text.length - 1);
  const span = original.slice(first, last + 1);
  if (!LETTER_SPACED.test(span)) return line;
  const out: string[] = [];
  const from: number[] = [];
  let wordStart = true;
  for (let i = 0; i < span.length; i++) {
    const c = span[i] as string;
    if (c === " ") {
      if (span[i + 1] === " " && out[out.length - 1] !== " ") {
        out.push(" ");
        from.push(first + i);
        wordStart = true;
      }
      continue;
    }
    out.push(wordStart ? c.toUpperCase() : c.toLowerCase());
    from.push(first + i);
    wordStart = false;
  }
  return { text: out.join(""), from };
}
