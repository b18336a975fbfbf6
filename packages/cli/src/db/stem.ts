import PorterStemmerSv from "natural/lib/natural/stemmers/porter_stemmer_sv.js";

/** A word: letters and digits ("ombuden", "2013"). */
const WORD = /[\p{L}\p{N}]+/gu;

export type Token = { word: string; stem: string; start: number; end: number };

/**
 * Words of a text with their Swedish stems and offsets (for snippets).
 * @example tokens("Personliga ombuden")[1] // { word: "ombuden", stem: "ombud", start: 11, end: 18 }
 */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    out.push({ word, stem: stemWord(word), start: m.index, end: m.index + word.length });
  }
  return out;
}

/** The Swedish Porter stem of one word, lower-cased: "Ombuden" → "ombud". */
export function stemWord(word: string): string {
  return PorterStemmerSv.stem(word.toLowerCase());
}

/**
 * The stemmed form stored in the FTS5 column: stems separated by spaces.
 * @example stemmedText("personligt ombud") // "person ombud"
 */
export function stemmedText(text: string): string {
  return tokens(text).map((t) => t.stem).join(" ");
}

/**
 * An FTS5 query from user words: each stem quoted (so no FTS5 syntax leaks in), all required.
 * @example ftsQuery("personliga ombuden") // '"person" "ombud"'
 */
export function ftsQuery(query: string): string {
  return tokens(query).map((t) => `"${t.stem}"`).join(" ");
}
