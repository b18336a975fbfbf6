/**
 * Blank lines. Text extracted from PDFs often doubles every line end, so one blank line is only a
 * line break there and a paragraph is two or more; a paragraph never starts in mid-sentence, which
 * mends breaks that a page turn left inside a sentence.
 */
import { regex } from "../text/regex.ts";

/** Share of one-blank gaps above which a text is read as double-spaced. */
const DOUBLED_SHARE = 0.6;

/**
 * True when most consecutive lines stand one blank line apart.
 * @example isDoubleSpaced([0, 1, 1, 1, 3, 1]) // true
 */
export function isDoubleSpaced(gaps: readonly number[]): boolean {
  const counted = gaps.slice(1);
  if (counted.length < 4) return false;
  const single = counted.filter((g) => g === 1).length;
  const none = counted.filter((g) => g === 0).length;
  return single / counted.length >= DOUBLED_SHARE && none / counted.length < 0.2;
}

// A line that ends a sentence or introduces what follows: "…i utlåtandet.", "följande:".
const SENTENCE_END = /[.!?:;”"»)]$/u;
// A line that continues a sentence: it starts with a lower-case letter.
const CONTINUATION_START = regex(String.raw`^\p{Ll}`, "u");

/**
 * True when `next` starts a new paragraph after `before`, given the blank lines between them.
 * @example breakBetween("Nu 18 år", "senare har bland annat", 4, true) // false: a page turn in a sentence
 */
export function breakBetween(before: string, next: string, blankLines: number, doubled: boolean): boolean {
  const paragraph = doubled ? blankLines >= 2 : blankLines >= 1;
  if (paragraph && CONTINUATION_START.test(next) && !SENTENCE_END.test(before.trimEnd())) return false;
  return paragraph;
}
