import PorterStemmerSv from "natural/lib/natural/stemmers/porter_stemmer_sv.js";

/** A word: letters and digits ("ombuden", "2013"). */
const WORD = /[\p{L}\p{N}]+/gu;

export type Token = { word: string; stem: string; forms: string[]; start: number; end: number };

/**
 * Words of a text with their Swedish stems, search forms and offsets (for snippets).
 * @example tokens("Personliga ombuden")[1] // { word: "ombuden", stem: "ombud", forms: ["ombud"], start: 11, end: 18 }
 */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const stem = stemWord(word);
    out.push({ word, stem, forms: formsOf(stem), start: m.index, end: m.index + word.length });
  }
  return out;
}

/** The Snowball Swedish stem of one word, lower-cased: "Ombuden" → "ombud". */
export function stemWord(word: string): string {
  return PorterStemmerSv.stem(word.toLowerCase());
}

/**
 * Endings the Snowball Swedish stemmer keeps but that mark a definite or plural form: it takes one
 * suffix per word, so "laddplatser" stems to "laddplats" while "laddplats" stems to "laddplat";
 * "huset" and "förskolan" keep their article. Checked longest first; the rest keeps 3 letters.
 */
export const KEPT_ENDINGS = ["et", "an", "s"] as const;

/**
 * The forms a word is found by: its stem and, when the stem ends in a kept ending, the stem without
 * it. Two words match when their forms meet: "laddplatser" {laddplats, laddplat} and "laddplats"
 * {laddplat}; "huset" {huset, hus} and "hus" {hus}; "paketet" {paketet, paket} and "paket" {paket, pak}.
 * @example formsOf("laddplats") // ["laddplats", "laddplat"]
 */
export function formsOf(stem: string): string[] {
  for (const ending of KEPT_ENDINGS) {
    if (stem.endsWith(ending) && stem.length - ending.length >= 3) return [stem, stem.slice(0, -ending.length)];
  }
  return [stem];
}

/** The shortest form: what a phrase is matched on, word by word. */
function phraseForm(t: Token): string {
  return t.forms[t.forms.length - 1]!;
}

/**
 * The two FTS5 columns of a section text: every form of every word (for word queries) and the
 * shortest form of each word in order (for phrases).
 * @example ftsColumns("laddplatser finns") // { forms: "laddplats laddplat finn", phrase: "laddplat finn" }
 */
export function ftsColumns(text: string): { forms: string; phrase: string } {
  const words = tokens(text);
  return { forms: words.flatMap((t) => t.forms).join(" "), phrase: words.map(phraseForm).join(" ") };
}

/**
 * The shortest forms of a phrase's words, in order: what `"…"` in a search is matched against.
 * @example phraseForms("personliga ombud") // ["person", "ombud"]
 */
export function phraseForms(text: string): string[] {
  return tokens(text).map(phraseForm);
}
