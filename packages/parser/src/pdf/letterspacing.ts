/**
 * Word gaps in letter-spaced text. A signature printed "S T E N  N O R D I N" (letters one space
 * apart, words two) reaches pdf.js's text content as "S T E N N O R D I N": it folds runs of spaces,
 * so the word gap is gone. The page's operator list still holds the string as drawn; an item
 * whose letters match a drawn string that differs only in runs of spaces takes that string's
 * spacing back, and the normaliser can then tell the words apart.
 */
import type { PlacedItem } from "./lines.ts";
import { regex } from "../text/regex.ts";

// Single letters one space apart, four or more: "S T E N N O R D I N".
const LETTER_RUN = regex(String.raw`^\p{L}(?: \p{L}){3,}$`, "u");
// The same with at least one wider gap: "S T E N  N O R D I N".
const SPACED_WORDS = regex(String.raw`^\p{L}(?: +\p{L}){3,}$`, "u");
const SPACE_RUN = / {2,}/g;

/** True when a page has an item whose word gaps pdf.js may have folded (only then is the operator list read). */
export function hasLetterRuns(items: readonly PlacedItem[]): boolean {
  return items.some((i) => LETTER_RUN.test(i.text.trim()));
}

/**
 * Items whose letter-spaced text matches one of the drawn strings of the page, given back its
 * word gaps. Other items are returned as they are.
 * @example respaceLetters([{ text: "S T E N N O R D I N", … }], ["S T E N  N O R D I N"])[0].text // "S T E N  N O R D I N"
 */
export function respaceLetters(items: readonly PlacedItem[], drawn: readonly string[]): PlacedItem[] {
  const byFolded = new Map<string, string>();
  for (const s of drawn) {
    const t = s.trim();
    if (t.includes("  ") && SPACED_WORDS.test(t)) byFolded.set(t.replace(SPACE_RUN, " "), t);
  }
  if (byFolded.size === 0) return items.slice();
  return items.map((item) => {
    const text = item.text.trim();
    const spaced = LETTER_RUN.test(text) ? byFolded.get(text) : undefined;
    return spaced === undefined ? item : { ...item, text: item.text.replace(text, spaced) };
  });
}
